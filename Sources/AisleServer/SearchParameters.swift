import SearchIndex

/// The parameters of `GET /v1/search`, checked and turned into a `SearchRequest`.
///
/// `q` (query language), `mode` (`any`|`all`), `filter` (filter expression), `facet` (repeatable:
/// `FIELD` or `FIELD:B1,B2,…` for numeric buckets; `facet_limit`, 1–1,000, default 10: values per
/// value facet, selected ones returned besides), `sort` (`relevance`, `FIELD:asc`,
/// `FIELD:desc`), `limit` (0–100, default 10), then one of `page` (1-based), `offset` or `cursor`
/// (a hit's or the result's `next_cursor`), `highlight` (`true` fills each hit's `highlights`),
/// `typos` (`false` turns typo tolerance off, `A,B` sets the word lengths for one and two typos) and `signals` (business signals blended into
/// relevance: `NAME:WEIGHT` pairs separated by commas, names from `signalNames`, weights from 0 to
/// 10 written as digits with an optional fraction; a name given twice counts twice).
struct SearchParameters: Sendable {
    static let names: Set<String> = ["q", "mode", "filter", "facet", "sort", "limit", "offset", "page", "cursor", "highlight", "typos", "signals", "facet_limit"]

    /// The signals `signals` may name, as the CLI's `--signals` names them.
    static let signalNames = ["in_stock", "popularity", "rating", "review_count"]

    /// The engine request.
    var request: SearchRequest
    /// The request in a canonical form: requests with the same key get the same answer from the
    /// same index state (the search cache's key). Parameters that parse alike (a filter written
    /// another way, `page` or the equivalent `offset`, a default given explicitly) give the same key.
    let cacheKey: String

    init(_ parameters: QueryParameters) throws(APIError) {
        let query = try parameters.string("q") ?? ""
        guard query.count <= 1000 else { throw APIError(.invalidRequest, "must have at most 1000 characters", field: "q") }
        let mode: SearchRequest.MatchMode
        switch try parameters.string("mode") ?? "any" {
        case "any": mode = .any
        case "all": mode = .all
        default: throw APIError(.invalidRequest, "must be any or all", field: "mode")
        }
        let limit = try parameters.integer("limit", in: 0...100, default: 10)
        // A search with many postings is collected on every core: an idle server answers it
        // sooner, and a busy one loses little (the calling thread takes every part no idle
        // thread picks up).
        request = SearchRequest(query: query, mode: mode, limit: limit, threads: SearchRequest.cores)
        if let filter = try parameters.string("filter"), !filter.isEmpty {
            guard filter.count <= 4000 else { throw APIError(.invalidRequest, "must have at most 4000 characters", field: "filter") }
            do {
                request.filter = try FilterParser().parse(filter)
            } catch {
                throw APIError(.invalidRequest, "\(error)", field: "filter")
            }
        }
        let facets = parameters.all("facet")
        guard facets.count <= 20 else { throw APIError(.invalidRequest, "at most 20 facets", field: "facet") }
        let facetLimit = try parameters.integer("facet_limit", in: 1...1000, default: 10)
        request.facets = try facets.map { spec throws(APIError) in
            var facet = try Self.facet(spec)
            facet.limit = facetLimit
            return facet
        }
        request.sort = try Self.sort(try parameters.string("sort") ?? "relevance")
        let offset = try parameters.integer("offset", in: 0...10_000)
        let page = try parameters.integer("page", in: 1...1000)
        let cursor = try parameters.string("cursor")
        guard [offset != nil, page != nil, cursor != nil].filter({ $0 }).count <= 1 else {
            throw APIError(.invalidRequest, "give at most one of page, offset and cursor", field: cursor != nil ? "cursor" : "page")
        }
        if let offset { request.offset = offset }
        if let page { request.offset = (page - 1) * limit }
        if let cursor {
            guard let after = SearchCursor(encoded: cursor) else {
                throw APIError(.invalidRequest, "not a cursor returned by this API", field: "cursor")
            }
            request.after = after
        }
        request.highlight = try parameters.boolean("highlight", default: false)
        switch try parameters.string("typos") {
        case nil, "true": request.typoTolerance = true
        case "false": request.typoTolerance = false
        case let lengths?:
            guard let policy = TypoPolicy(lengths: lengths) else {
                throw APIError(.invalidRequest, "must be true, false, or the word lengths for one and two typos (\"5,8\"; "
                               + "each 3-255, one <= two; a single number: never two)", field: "typos")
            }
            request.typoPolicy = policy
        }
        if let signals = try parameters.string("signals") { request.signals = try Self.signals(signals) }
        cacheKey = Self.key(request)
    }

    static func signals(_ text: String) throws(APIError) -> [RankingSignal] {
        let pairs = text.split(separator: ",", omittingEmptySubsequences: false)
        guard pairs.count <= 8, text.utf8.count <= 200 else { throw APIError(.invalidRequest, "at most 8 signals in 200 characters", field: "signals") }
        return try pairs.map { pair throws(APIError) -> RankingSignal in
            let parts = pair.split(separator: ":", omittingEmptySubsequences: false)
            guard parts.count == 2, signalNames.contains(String(parts[0])) else {
                throw APIError(.invalidRequest, "'\(pair)': expected NAME:WEIGHT with NAME one of \(signalNames.joined(separator: ", "))",
                               field: "signals")
            }
            guard let weight = weight(parts[1]) else {
                throw APIError(.invalidRequest, "'\(pair)': the weight must be a number from 0 to 10 written as digits, such as 0.2", field: "signals")
            }
            switch parts[0] {
            case "rating": return .rating(weight: weight)
            case "review_count": return .reviewCount(weight: weight)
            case "popularity": return .popularity(weight: weight)
            default: return .inStock(weight: weight)
            }
        }
    }

    /// `text` as a weight when it is one digit or `10`, then optionally `.` and more digits (only
    /// zeros after `10`): 0 to 10, no sign, no exponent.
    private static func weight(_ text: Substring) -> Double? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), parts.allSatisfy({ !$0.isEmpty && $0.utf8.allSatisfy { (0x30...0x39).contains($0) } }) else { return nil }
        guard parts[0].count == 1 || (parts[0] == "10" && parts.dropFirst().allSatisfy { $0.allSatisfy { $0 == "0" } }) else { return nil }
        return Double(text)
    }

    /// The canonical text of `request`: every part that user text can fill is length-prefixed, and
    /// the query comes last, so two different requests cannot share a key.
    static func key(_ request: SearchRequest) -> String {
        func counted(_ text: String) -> String { "\(text.utf8.count):\(text)" }
        var key = "\(request.mode.rawValue)|\(request.limit)|\(request.offset)|\(request.after?.encoded ?? "-")|"
        key += "\(request.highlight ? "h" : "-")\(request.typoTolerance ? "t" + request.typoPolicy.lengths : "-")|"
        switch request.sort {
        case .relevance: key += "relevance|"
        case .field(let field, let descending): key += "\(descending ? "desc" : "asc") \(counted(field))|"
        }
        for facet in request.facets {
            key += "facet \(counted(facet.field)) \(facet.limit) \(facet.ranges.map { String($0) }.joined(separator: ","))|"
        }
        for signal in request.signals { key += "signal \(signal.field) \(signal.weight)|" }
        key += counted(request.filter?.description ?? "") + "|" + request.query
        return key
    }

    static func facet(_ spec: String) throws(APIError) -> FacetRequest {
        let parts = spec.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
        guard let field = parts.first, !field.isEmpty, field.count <= 200 else {
            throw APIError(.invalidRequest, "needs a field name: FIELD or FIELD:B1,B2,...", field: "facet")
        }
        guard parts.count == 2 else { return FacetRequest(field: field) }
        var bounds: [Double] = []
        for text in parts[1].split(separator: ",", omittingEmptySubsequences: false) {
            guard let value = Double(text), value.isFinite else {
                throw APIError(.invalidRequest, "\(spec): '\(text)' is not a number", field: "facet")
            }
            bounds.append(value)
        }
        guard bounds.count <= 50, zip(bounds, bounds.dropFirst()).allSatisfy({ $0 < $1 }) else {
            throw APIError(.invalidRequest, "\(spec): at most 50 bucket bounds, strictly ascending", field: "facet")
        }
        return FacetRequest(field: field, ranges: bounds)
    }

    static func sort(_ text: String) throws(APIError) -> SearchRequest.SortOrder {
        if text == "relevance" { return .relevance }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 2, !parts[0].isEmpty, parts[1] == "asc" || parts[1] == "desc" else {
            throw APIError(.invalidRequest, "must be relevance, FIELD:asc or FIELD:desc", field: "sort")
        }
        return .field(parts[0], descending: parts[1] == "desc")
    }
}
