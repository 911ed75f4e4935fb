extension Schema {
    /// The default schema for product catalogs in the corpus JSONL format (see
    /// `ProductDocumentMapper`).
    ///
    /// Weights follow what a shopper's words usually mean: a title names the product (highest), a
    /// brand or model number is an exact intent, category words say what kind of thing it is,
    /// attribute values refine it, and descriptions mention many things a product is *not* (a
    /// drill's description talks about "bits" and "batteries"), so they count least and are
    /// length-normalised most. Short fields (brand, sku) get little length normalisation: a
    /// two-word brand is not "less about" its words than a one-word one. Title, brand and sku name
    /// the product: a product whose name holds more of the shopper's words ranks higher
    /// (`WordCoverage`), whatever else its description says.
    public static let products: Schema = try! Schema(textFields: [
        TextField(name: "title", weight: 4.0, lengthNormalization: 0.6, namesProduct: true),
        TextField(name: "brand", weight: 2.5, lengthNormalization: 0.2, namesProduct: true),
        TextField(name: "category", weight: 1.5, lengthNormalization: 0.4),
        TextField(name: "attributes", weight: 1.0, lengthNormalization: 0.5),
        TextField(name: "description", weight: 0.5, lengthNormalization: 0.75),
        TextField(name: "sku", weight: 3.0, lengthNormalization: 0.0, namesProduct: true),
    ])
}
