/// One generated product. Every field is a pure function of the generator's seed and the
/// product's index (see `CatalogGenerator.product(at:)`).
///
/// Money, rating and popularity are kept as integers (cents, tenths, basis points) so that their
/// JSON text never depends on floating-point formatting.
public struct SyntheticProduct: Sendable, Hashable {
    /// Position in the catalog, `0..<1_000_000_000`.
    public let index: Int
    /// The product id: the decimal index ("0", "1", …).
    public let id: String
    /// Nine-digit store SKU, unique within a catalog.
    public let sku: String
    /// Manufacturer model number ("TRV48210-3772"), unique within a catalog.
    public let modelNumber: String
    /// Retail-style title: brand, line, key specs, product noun, kit contents, finish.
    public let title: String
    /// Two to five sentences built from the category's and department's vocabulary.
    public let description: String
    /// Brand name.
    public let brand: String
    /// Department, then two or three levels of categories (3–4 levels in total).
    public let categoryPath: [String]
    /// The category path joined as "A > B > C".
    public let category: String
    /// Price in cents (> 0).
    public let priceCents: Int
    /// ISO 4217 currency code of the price: always "USD".
    public let currency: String
    /// Average rating in tenths (10...50), or `nil` when the product has no reviews.
    public let ratingTenths: Int?
    /// Number of reviews (heavy-tailed; 0 for a minority of products).
    public let reviewCount: Int
    /// Units in stock (0 for some products).
    public let stock: Int
    /// Popularity score in basis points, 0...10_000 (that is 0.0000...1.0000).
    public let popularityBasisPoints: Int
    /// Category-specific attributes in a fixed order.
    public let attributes: [ProductAttribute]
    /// Index of the leaf category in the generator's taxonomy.
    let leafID: Int


    /// The price in dollars.
    public var price: Double {
        Double(priceCents) / 100
    }

    /// The average rating, 1.0...5.0, or `nil` without reviews.
    public var rating: Double? {
        ratingTenths.map { Double($0) / 10 }
    }

    /// The popularity score, 0...1.
    public var popularity: Double {
        Double(popularityBasisPoints) / 10_000
    }

    /// The value of the attribute named `name`, if the product has it.
    public func attribute(_ name: String) -> String? {
        attributes.first { $0.name == name }?.value
    }
}
