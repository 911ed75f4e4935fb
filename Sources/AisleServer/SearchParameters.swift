import SearchIndex

/// The parameters of `GET /v1/search`, checked and turned into a `SearchRequest`.
///
/// `q` (query language), `mode` (`any`|`all`), `filter` (filter expression), `facet` (repeatable:
/// `FIELD` or `FIELD:B1,B2,…` for numeric buckets), `sort` (`relevance`, `FIELD:asc`,
/// `FIELD:desc`), `limit` (0–100, default 10), then one of `page` (1-based), `offset` or `cursor`
/// (a hit's or the result's `next_cursor`), `highlight` (`true` fills each hit's `highlights`) and
/// `typos` (`false` turns typo tolerance off).
struct SearchParameters: Sendable {
    static let names: Set<String> = ["q", "mode", "filter", "facet", "sort", "limit", "offset", "page", "cursor", "highlight", "typos"]

    /// The engine request.
    var request: SearchRequest

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
        request = SearchRequest(query: query, mode: mode, limit: limit)
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
        request.facets = try facets.map { spec throws(APIError) in try Self.facet(spec) }
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
        request.typoTolerance = try parameters.boolean("typos", default: true)
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
