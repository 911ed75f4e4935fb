/// One document as the writer indexes it: an external id, text per field, facet values per column,
/// numbers per column, and the stored bytes returned in result pages.
public struct IndexDocument: Sendable, Equatable {
    /// The caller's id (unique within an index). Adding a document with an existing id replaces it.
    public var id: String
    /// Text values per schema text field (index = field number); several values of one field are
    /// kept apart (phrases never match across them).
    public var text: [[String]]
    /// Facet values per column name. A hierarchical column (named in `hierarchicalFacets`) lists
    /// every prefix of the path ("Tools", "Tools > Drills").
    public var facets: [String: [String]]
    /// Facet columns of this document whose values are paths.
    public var hierarchicalFacets: Set<String>
    /// Numeric values per column name (filters, sorting, range facets, ranking signals).
    public var numbers: [String: Double]
    /// The document as the caller gave it (JSON), returned verbatim in results.
    public var stored: [UInt8]

    /// Creates a document.
    public init(id: String, text: [[String]], facets: [String: [String]] = [:], hierarchicalFacets: Set<String> = [], numbers: [String: Double] = [:], stored: [UInt8] = []) {
        self.id = id
        self.text = text
        self.facets = facets
        self.hierarchicalFacets = hierarchicalFacets
        self.numbers = numbers
        self.stored = stored
    }
}
