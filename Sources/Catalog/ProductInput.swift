import SearchIndex

/// A product as a client or an import file gives it, validated: every field has the type and range
/// the catalog stores, strings are trimmed, and blank optional strings count as absent.
///
/// | key | rule |
/// | --- | --- |
/// | `id` (required) | string of 1–128 characters without `/` or surrounding whitespace, or an integer 0–999999999999999 |
/// | `title` (required) | non-blank string, at most 1,000 characters |
/// | `description` | string, at most 50,000 characters |
/// | `brand` | string, at most 200 characters |
/// | `model` | string of at most 200 characters or an integer as for ids |
/// | `sku` | string of at most 64 characters or an integer as for ids; unique across products |
/// | `category` | "A > B > C" (at most 2,000 characters) or an array of levels; 1–10 levels, none blank |
/// | `price` | number from 0 to 9,999,999,999.99 (stored rounded to cents) |
/// | `currency` | exactly three capital letters (ISO 4217), e.g. "USD" |
/// | `rating` | number from 0 to 5 |
/// | `review_count` | integer 0–2147483647 |
/// | `popularity` | number ≥ 0 |
/// | `stock` | integer 0–2147483647: the quantity at inventory location `default` |
/// | `attributes` | object (at most 200 names of 1–100 characters) of strings (≤ 1,000 characters), numbers, booleans or arrays of at most 100 of them |
/// | `image_urls` | array of at most 50 `http(s)://` URLs of at most 2,048 characters without spaces |
///
/// Strings must not contain control characters other than tab and line breaks; lengths count
/// Unicode scalars as sent. `null` means absent. In `.api` mode any other key is an error (a
/// misspelt field is never ignored) and the server-maintained `created_at` and `updated_at` are
/// read-only; in `.corpus` mode (the JSONL import format) other keys become attributes and the
/// timestamps are ignored.
public struct ProductInput: Sendable, Equatable {
    /// How strictly unknown keys are treated.
    public enum Mode: Sendable {
        /// HTTP API: unknown keys and read-only keys are errors.
        case api
        /// Import files in the corpus format: unknown keys are attributes.
        case corpus
    }

    /// The product's id (the shop's own, unique).
    public var id: String
    /// The title shoppers see.
    public var title: String
    /// Long description.
    public var description: String?
    /// Brand name.
    public var brand: String?
    /// Stock-keeping unit (unique when present).
    public var sku: String?
    /// Manufacturer model number.
    public var model: String?
    /// Category levels, root first (empty: no category).
    public var category: [String]
    /// Price in `currency`.
    public var price: Double?
    /// ISO 4217 currency code.
    public var currency: String?
    /// Average rating, 0–5.
    public var rating: Double?
    /// Number of reviews.
    public var reviewCount: Int?
    /// Popularity signal for ranking (≥ 0, usually 0–1).
    public var popularity: Double?
    /// Quantity at inventory location `default`; nil leaves inventory as it is.
    public var stock: Int?
    /// Attribute members in input order (values are scalars or arrays of scalars); the catalog stores
    /// them as jsonb, which keeps its own key order.
    public var attributes: [(key: String, value: JSONValue)]
    /// Image URLs, in display order.
    public var imageURLs: [String]

    static let knownKeys: Set<String> = ["id", "title", "description", "brand", "sku", "model", "category", "price", "currency",
                                         "rating", "review_count", "popularity", "stock", "attributes", "image_urls"]
    static let readOnlyKeys: Set<String> = ["created_at", "updated_at"]

    /// Validates `json` (a product object). Throws `CatalogError.invalid` naming the first offending
    /// field and what is wrong with it.
    public init(json: JSONValue, mode: Mode) throws(CatalogError) {
        guard case .object(let members) = json else { throw .invalid(field: nil, "a product must be a JSON object") }
        let fields = ProductFields(members: members)
        id = try fields.id()
        title = try fields.text("title", limit: 1000, required: true)!
        description = try fields.text("description", limit: 50_000)
        brand = try fields.text("brand", limit: 200)
        sku = try fields.code("sku", limit: 64)
        model = try fields.code("model", limit: 200)
        category = try fields.categoryLevels()
        price = try fields.number("price", in: 0...9_999_999_999.99)
        currency = try fields.currency()
        rating = try fields.number("rating", in: 0...5)
        reviewCount = try fields.integer("review_count")
        popularity = try fields.number("popularity", in: 0...Double.greatestFiniteMagnitude)
        stock = try fields.integer("stock")
        attributes = try fields.attributes()
        imageURLs = try fields.imageURLs()
        for member in members where !Self.knownKeys.contains(member.key) {
            switch mode {
            case .api:
                if Self.readOnlyKeys.contains(member.key) { throw .invalid(field: member.key, "is set by the server and cannot be written") }
                throw .invalid(field: member.key, "unknown field (known: \(Self.knownKeys.sorted().joined(separator: ", ")))")
            case .corpus:
                if Self.readOnlyKeys.contains(member.key) { continue }
                if case .null = member.value { continue }
                try ProductFields.attributeName(member.key)
                attributes.append((member.key.trimmedWhitespace, try ProductFields.attributeValue(member.value, field: member.key)))
            }
        }
        guard attributes.count <= 200 else { throw .invalid(field: "attributes", "at most 200 attributes") }
    }

    /// The category as stored and shown: levels joined by " > ", nil when there is none.
    public var categoryPath: String? { category.isEmpty ? nil : category.joined(separator: " > ") }

    /// The record `jsonb_to_recordset` reads when the catalog writes this product.
    var record: JSONValue {
        func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }
        func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        return .object([
            ("id", .string(id)), ("title", .string(title)), ("description", optional(description)), ("brand", optional(brand)),
            ("sku", optional(sku)), ("model", optional(model)), ("category", optional(categoryPath)),
            ("price", optional(price)), ("currency", optional(currency)), ("rating", optional(rating)),
            ("review_count", optional(reviewCount.map(Double.init))), ("popularity", optional(popularity)),
            ("stock", optional(stock.map(Double.init))), ("attributes", .object(attributes)),
            ("image_urls", .array(imageURLs.map(JSONValue.string))),
        ])
    }

    /// Equal when every field is (attributes in the same order).
    public static func == (lhs: ProductInput, rhs: ProductInput) -> Bool {
        lhs.record == rhs.record
    }
}
