/// What to search for and how much of the result to return.
public struct SearchRequest: Sendable, Equatable {
    /// How query words combine.
    public enum MatchMode: String, Sendable, Equatable, CaseIterable {
        /// A document matches when it contains at least `minimumShouldMatch` of the query words
        /// (stop words excepted); more matched words score higher.
        case any
        /// A document matches only when it contains every query word (stop words excepted).
        case all
    }

    /// The shopper's query text.
    public var query: String
    /// OR (default) or AND.
    public var mode: MatchMode
    /// In `.any` mode, how many query words a document must contain (at least 1).
    public var minimumShouldMatch: Int
    /// Hits to return.
    public var limit: Int
    /// Hits to skip (page offset).
    public var offset: Int
    /// Whether `SearchResult.total` must count every match. When false, an OR query may skip
    /// documents that cannot reach the requested page (block-max WAND) and the total is then a
    /// lower bound.
    public var exactTotal: Bool

    /// A request; the defaults are a shop's first results page.
    public init(query: String, mode: MatchMode = .any, minimumShouldMatch: Int = 1, limit: Int = 10, offset: Int = 0, exactTotal: Bool = true) {
        self.query = query
        self.mode = mode
        self.minimumShouldMatch = minimumShouldMatch
        self.limit = limit
        self.offset = offset
        self.exactTotal = exactTotal
    }
}

/// One result.
public struct SearchHit: Sendable, Equatable {
    /// The document's external id.
    public var id: String
    /// Its relevance score (higher is better); comparable within one result only.
    public var score: Float
    /// The stored document (JSON as given at indexing).
    public var document: [UInt8]
}

/// The answer to a `SearchRequest`.
public struct SearchResult: Sendable, Equatable {
    /// The requested page of hits, best first; ties broken by older document first.
    public var hits: [SearchHit]
    /// The number of matching live documents: exact when `totalIsExact`, else a lower bound.
    public var total: Int
    /// Whether `total` counts every match.
    public var totalIsExact: Bool
}
