/// What to search for, how to filter, facet and sort it, and which page to return.
public struct SearchRequest: Sendable, Equatable {
    /// How query words combine.
    public enum MatchMode: String, Sendable, Equatable, CaseIterable {
        /// A document matches when it contains at least `minimumShouldMatch` of the query words
        /// (stop words excepted); more matched words score higher.
        case any
        /// A document matches only when it contains every query word (stop words excepted).
        case all
    }

    /// The order of results.
    public enum SortOrder: Sendable, Equatable {
        /// Best score first (the default).
        case relevance
        /// By a numeric column; documents without a value come last. Ties: relevance order is not
        /// used, older document first, so pages are stable.
        case field(String, descending: Bool)
    }

    /// The shopper's query text; empty matches every document (browsing by filter and facet).
    public var query: String
    /// OR (default) or AND.
    public var mode: MatchMode
    /// In `.any` mode, how many query words a document must contain (at least 1).
    public var minimumShouldMatch: Int
    /// Only documents passing this filter count (results, totals and facets).
    public var filter: FilterExpression?
    /// Facets to count over the whole match set.
    public var facets: [FacetRequest]
    /// Result order.
    public var sort: SortOrder
    /// Hits to return.
    public var limit: Int
    /// Hits to skip (page offset). Use `after` for deep pages.
    public var offset: Int
    /// Keyset pagination: return the hits after this one (the previous page's `nextCursor`).
    public var after: SearchCursor?
    /// Whether `SearchResult.total` must count every match. When false, an OR query without
    /// facets may skip documents that cannot reach the requested page (block-max WAND) and the
    /// total is then a lower bound.
    public var exactTotal: Bool
    /// Whether misspelled words (absent from the index) also match indexed terms a typo or two
    /// away. Words that exist are never corrected.
    public var typoTolerance: Bool
    /// How many typos a misspelled word may have, by its length (used when `typoTolerance` is on;
    /// default: 1 from 5 letters, 2 from 8, none in words with digits).
    public var typoPolicy: TypoPolicy
    /// Whether `query` is plain words: operators (`-`, `+`, quotes, `field:`, `*`) are then
    /// ordinary characters. For callers that pass text through unchanged (benchmarks, imports).
    public var plainText: Bool
    /// As-you-type: the last word, when the query does not end in a space, also matches the
    /// indexed words it begins ("cordl" → "cordless").
    public var prefixLastWord: Bool
    /// Whether hits carry highlighted text fields (`SearchHit.highlights`).
    public var highlight: Bool
    /// Business signals blended into relevance (none by default). Signals on a column the index
    /// does not have are ignored, so one request works across catalogs.
    public var signals: [RankingSignal]
    /// How much the share of query words in the product's name fields scales relevance
    /// (`1 + coverageWeight × covered / words`; 0 turns it off). See `WordCoverage`.
    public var coverageWeight: Double
    /// How much query words written side by side, in order, in the product's name fields scale
    /// relevance (`1 + proximityWeight × adjacent pairs / pairs`; 0 turns it off). See
    /// `ProximityBoost`.
    public var proximityWeight: Double
    /// How much the share of query words found in the product's name as typed, not only as the
    /// same stem, scales relevance (`1 + writtenFormWeight × typed / words`; 0 turns it off). See
    /// `WordCoverage` and `WrittenForm`.
    public var writtenFormWeight: Double
    /// How many threads (at most one per core) may collect this search's matches: a search with
    /// many postings to read (from about 32,768 per thread, `TermAtATimeCollection.postingsPerPart`)
    /// is split into ranges of doc ids collected at once, when nothing it does reads the index
    /// while collecting (no quoted or excluded phrase, field sort, signal or cursor; a filter's
    /// column chunks are looked up first). Results are identical whatever the
    /// number. 1 (the default) keeps every search on the calling thread: a server busy with many
    /// searches gains nothing from splitting one.
    public var threads: Int
    /// Whether hits carry their stored documents (`SearchHit.document`). False gives ids and
    /// scores only (`document` empty), read without decompressing any stored document, as a
    /// caller that shows its own copy of the products needs (Elasticsearch's `_source: false`);
    /// `highlight` reads the documents whatever this says. True by default.
    public var storedDocuments: Bool
    /// The cores this process may use: `threads` for a search that may use them all.
    public static var cores: Int { ProcessInfoCores.count }
    /// Scores every match term-at-a-time even where block-max WAND would prune: the reference
    /// collector that the top-k oracle tests compare the pruning collectors with. Not public:
    /// results are the same either way, only slower.
    var scoreEveryMatch = false
    /// Offers every match of a term-at-a-time search one by one (`TermAtATimeCollection.offersEveryMatch`):
    /// the reference the union path's tests compare with. Not public: results are the same either way.
    var offerEveryMatch = false
    /// Overrides the work a thread must have before a search is split for it (postings to read,
    /// `TermAtATimeCollection.postingsPerPart`; documents to count into facets,
    /// `MatchSink.facetDocumentsPerThread`; proximity candidates to settle,
    /// `MatchSink.proximityCandidatesPerThread`), so that tests split small indexes. Not public.
    var minimumWorkPerThread: Int?
    /// A request; the defaults are a shop's first results page.
    public init(query: String, mode: MatchMode = .any, minimumShouldMatch: Int = 1, filter: FilterExpression? = nil,
                facets: [FacetRequest] = [], sort: SortOrder = .relevance, limit: Int = 10, offset: Int = 0,
                after: SearchCursor? = nil, exactTotal: Bool = true, typoTolerance: Bool = true, plainText: Bool = false,
                prefixLastWord: Bool = false, highlight: Bool = false, signals: [RankingSignal] = [], coverageWeight: Double = 0.5,
                proximityWeight: Double = 0.3, writtenFormWeight: Double = 0.3, typoPolicy: TypoPolicy = .standard, threads: Int = 1,
                storedDocuments: Bool = true) {
        self.storedDocuments = storedDocuments
        self.typoPolicy = typoPolicy
        self.threads = threads
        self.query = query
        self.mode = mode
        self.minimumShouldMatch = minimumShouldMatch
        self.filter = filter
        self.facets = facets
        self.sort = sort
        self.limit = limit
        self.offset = offset
        self.after = after
        self.exactTotal = exactTotal
        self.typoTolerance = typoTolerance
        self.plainText = plainText
        self.prefixLastWord = prefixLastWord
        self.highlight = highlight
        self.signals = signals
        self.coverageWeight = coverageWeight
        self.proximityWeight = proximityWeight
        self.writtenFormWeight = writtenFormWeight
    }
}

/// A position in a result order, for keyset pagination: opaque to clients (`encoded`), stable as
/// long as the documents involved do not change.
public struct SearchCursor: Sendable, Equatable, Hashable {
    let key: Double
    let doc: UInt32

    init(key: Double, doc: UInt32) {
        self.key = key
        self.doc = doc
    }

    /// The cursor as an opaque token.
    public var encoded: String { "c1." + String(key.bitPattern, radix: 16) + "." + String(doc, radix: 16) }

    /// Reads a token made by `encoded`; nil when it is not one.
    public init?(encoded: String) {
        let parts = encoded.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0] == "c1", let bits = UInt64(parts[1], radix: 16), let doc = UInt32(parts[2], radix: 16) else { return nil }
        key = Double(bitPattern: bits)
        self.doc = doc
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
    /// Where this hit sits in the result order (for `SearchRequest.after`).
    public var cursor: SearchCursor
    /// With `SearchRequest.highlight`: per text field whose text matched, that text (or a
    /// snippet of it) HTML-escaped with the matched words in `<em>`…`</em>`.
    public var highlights: [String: String] = [:]
}

/// The answer to a `SearchRequest`.
public struct SearchResult: Sendable, Equatable {
    /// The requested page of hits, best first.
    public var hits: [SearchHit]
    /// The number of matching live documents: exact when `totalIsExact`, else a lower bound.
    public var total: Int
    /// Whether `total` counts every match.
    public var totalIsExact: Bool
    /// The requested facets, in request order.
    public var facets: [FacetResult] = []
    /// The cursor of the page's last hit when the page is full (there may be more).
    public var nextCursor: SearchCursor?
    /// The query with its misspelled words replaced by their best corrections, when some word
    /// matched only through typo tolerance.
    public var didYouMean: String?
    /// How many ranges of doc ids collected the matches at once (`SearchRequest.threads`), how
    /// many parts of them were counted into facets at once, and how many parts of the proximity
    /// candidates were settled at once: 1 each when one thread did. Not public: tests check that
    /// a search they mean to split was split.
    var collectedParts = 1
    var facetParts = 1
    var proximityParts = 1
}
