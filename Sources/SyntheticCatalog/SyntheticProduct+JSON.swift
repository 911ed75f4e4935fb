extension SyntheticProduct {
    /// The product as one line of the corpora `products.jsonl` format, without the newline.
    ///
    /// Keys, in this order: `id`, `sku`, `model`, `title`, `description`, `brand`, `category`
    /// ("A > B > C"), `price` (two decimals), `currency`, `rating` (one decimal; omitted when
    /// `review_count` is 0), `review_count`, `stock`, `popularity` (four decimals), `attributes`
    /// (object of strings). The text is valid JSON and identical on every platform.
    public func jsonLine() -> String {
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1024)
        appendJSONLine(to: &buffer)
        buffer.removeLast()
        return String(decoding: buffer, as: UTF8.self)
    }

    /// Appends `jsonLine()` followed by a newline to `buffer`.
    func appendJSONLine(to buffer: inout [UInt8]) {
        buffer.append(contentsOf: JSONKeys.idKey)
        JSONText.appendString(id, to: &buffer)
        buffer.append(contentsOf: JSONKeys.skuKey)
        JSONText.appendString(sku, to: &buffer)
        buffer.append(contentsOf: JSONKeys.modelKey)
        JSONText.appendString(modelNumber, to: &buffer)
        buffer.append(contentsOf: JSONKeys.titleKey)
        JSONText.appendString(title, to: &buffer)
        buffer.append(contentsOf: JSONKeys.descriptionKey)
        JSONText.appendString(description, to: &buffer)
        buffer.append(contentsOf: JSONKeys.brandKey)
        JSONText.appendString(brand, to: &buffer)
        buffer.append(contentsOf: JSONKeys.categoryKey)
        JSONText.appendString(category, to: &buffer)
        buffer.append(contentsOf: JSONKeys.priceKey)
        JSONText.appendFixed(priceCents, decimals: 2, to: &buffer)
        buffer.append(contentsOf: JSONKeys.currencyKey)
        JSONText.appendString(currency, to: &buffer)
        if let ratingTenths {
            buffer.append(contentsOf: JSONKeys.ratingKey)
            JSONText.appendFixed(ratingTenths, decimals: 1, to: &buffer)
        }
        buffer.append(contentsOf: JSONKeys.reviewCountKey)
        JSONText.appendInteger(reviewCount, to: &buffer)
        buffer.append(contentsOf: JSONKeys.stockKey)
        JSONText.appendInteger(stock, to: &buffer)
        buffer.append(contentsOf: JSONKeys.popularityKey)
        JSONText.appendFixed(popularityBasisPoints, decimals: 4, to: &buffer)
        buffer.append(contentsOf: JSONKeys.attributesKey)
        for (position, attribute) in attributes.enumerated() {
            if position > 0 {
                buffer.append(UInt8(ascii: ","))
            }
            JSONText.appendString(attribute.name, to: &buffer)
            buffer.append(UInt8(ascii: ":"))
            JSONText.appendString(attribute.value, to: &buffer)
        }
        buffer.append(contentsOf: "}}\n".utf8)
    }
}

/// JSON key prefixes as UTF-8, built once.
private enum JSONKeys {
    static let idKey = Array(#"{"id":"#.utf8)
    static let skuKey = Array(#","sku":"#.utf8)
    static let modelKey = Array(#","model":"#.utf8)
    static let titleKey = Array(#","title":"#.utf8)
    static let descriptionKey = Array(#","description":"#.utf8)
    static let brandKey = Array(#","brand":"#.utf8)
    static let categoryKey = Array(#","category":"#.utf8)
    static let priceKey = Array(#","price":"#.utf8)
    static let currencyKey = Array(#","currency":"#.utf8)
    static let ratingKey = Array(#","rating":"#.utf8)
    static let reviewCountKey = Array(#","review_count":"#.utf8)
    static let stockKey = Array(#","stock":"#.utf8)
    static let popularityKey = Array(#","popularity":"#.utf8)
    static let attributesKey = Array(#","attributes":{"#.utf8)
}
