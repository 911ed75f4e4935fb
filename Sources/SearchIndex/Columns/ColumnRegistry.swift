/// The columns an index has: numeric columns (one `Double` per document) and facet columns
/// (a set of value ordinals per document). Stored as JSON in `meta`; columns are only ever added.
public struct ColumnRegistry: Codable, Sendable, Equatable {
    /// What a column holds.
    public enum Kind: String, Codable, Sendable {
        /// One number per document (NaN when missing).
        case numeric
        /// A set of string values per document, as ordinals.
        case facet
        /// A facet whose values are paths "A > B > C"; a document carries every prefix of its path.
        case hierarchy
    }

    /// One column.
    public struct Column: Codable, Sendable, Equatable {
        /// The name used in filters, facets and sorting (`price`, `brand`, `attributes.color`).
        public var name: String
        /// The column's id in keys.
        public var id: UInt16
        /// Numeric or facet.
        public var kind: Kind
    }

    /// Columns in registration order.
    public private(set) var columns: [Column] = []
    /// Each column's position in `columns`, by name: a bulk build looks up every numeric and facet
    /// field of every product, and a catalogue has a hundred attribute columns or more (a scan of
    /// `columns` was 2% of a build's CPU).
    private var positions: [String: Int] = [:]

    private enum CodingKeys: String, CodingKey {
        case columns
    }

    /// An empty registry.
    public init() {}

    public init(from decoder: any Decoder) throws {
        columns = try decoder.container(keyedBy: CodingKeys.self).decode([Column].self, forKey: .columns)
        positions = Dictionary(columns.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
    }

    /// The column called `name`.
    public func column(named name: String) -> Column? {
        positions[name].map { columns[$0] }
    }

    /// The column called `name`, registered with `kind` if new. Throws when it exists with another
    /// kind (numeric vs facet) or the registry is full.
    mutating func register(_ name: String, kind: Kind) throws -> Column {
        if let existing = column(named: name) {
            guard (existing.kind == .numeric) == (kind == .numeric) else {
                throw IndexError.invalidDocument(line: nil, "field '\(name)' is \(existing.kind.rawValue) in this index, not \(kind.rawValue)")
            }
            return existing
        }
        guard columns.count < Int(UInt16.max) else { throw IndexError.invalidSchema("too many columns") }
        let column = Column(name: name, id: UInt16(columns.count), kind: kind)
        positions[name] = columns.count
        columns.append(column)
        return column
    }
}
