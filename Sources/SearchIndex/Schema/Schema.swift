/// What an index holds and how it scores: the weighted text fields of BM25F, the numeric columns,
/// the analyzer language and the BM25 parameters. Stored in the index (so a reader scores exactly as
/// the writer intended) and fixed for an index's lifetime; changing it means a reindex.
///
/// Facet columns (keyword values such as brand, category, `attributes.color`) are not declared
/// here: the writer registers one the first time a document carries it, so attributes unknown in
/// advance become filterable and facetable without a schema change.
public struct Schema: Codable, Sendable, Equatable {
    /// A text field scored by BM25F.
    public struct TextField: Codable, Sendable, Equatable {
        /// Field name, as used in `field:value` queries.
        public var name: String
        /// BM25F weight: how much one occurrence here counts relative to other fields.
        public var weight: Double
        /// BM25 length normalisation `b` (0 = length ignored, 1 = fully normalised).
        public var lengthNormalization: Double
        /// Whether the field names the product (title, brand, model number): the share of the
        /// query's words found in such fields scales the score (`SearchRequest.coverageWeight`).
        /// Absent in indexes written before it existed, and then false.
        public var namesProduct: Bool

        /// A text field.
        public init(name: String, weight: Double, lengthNormalization: Double, namesProduct: Bool = false) {
            self.name = name
            self.weight = weight
            self.lengthNormalization = lengthNormalization
            self.namesProduct = namesProduct
        }

        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            weight = try container.decode(Double.self, forKey: .weight)
            lengthNormalization = try container.decode(Double.self, forKey: .lengthNormalization)
            namesProduct = try container.decodeIfPresent(Bool.self, forKey: .namesProduct) ?? false
        }
    }

    /// Text fields; a field's index in this array is its number in postings. At most 8.
    public var textFields: [TextField]
    /// Analyzer language code (`TextAnalysis.Language` raw value).
    public var language: String
    /// BM25 term-frequency saturation `k1`.
    public var k1: Double

    /// Creates a schema. Throws when there are no text fields, more than 8, or duplicate names.
    public init(textFields: [TextField], language: String = "en", k1: Double = 1.2) throws {
        guard !textFields.isEmpty, textFields.count <= 8 else {
            throw IndexError.invalidSchema("a schema needs between 1 and 8 text fields, got \(textFields.count)")
        }
        guard Set(textFields.map(\.name)).count == textFields.count else {
            throw IndexError.invalidSchema("text field names must be unique")
        }
        self.textFields = textFields
        self.language = language
        self.k1 = k1
    }

    /// Bit f set when text field f names the product (`TextField.namesProduct`).
    public var productNameFields: UInt8 {
        textFields.enumerated().reduce(0) { $0 | ($1.element.namesProduct ? 1 << UInt8($1.offset) : 0) }
    }

    /// The number of the text field called `name`, if any.
    public func textFieldNumber(_ name: String) -> Int? {
        textFields.firstIndex { $0.name == name }
    }
}
