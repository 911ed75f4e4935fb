import Catalog
import Hummingbird
import NIOPosix
import SearchIndex

/// `/v1/search` and `/v1/suggest`. The engine runs on the blocking thread pool, never on the
/// event loop or the concurrency pool.
struct SearchRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/search") { request, _ in try await search(request) }
        router.get("/v1/suggest") { request, _ in try await suggest(request) }
    }

    private func search(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(try QueryParameters(request.uri.query, allowed: SearchParameters.names))
        let index = try state.current().live.index
        let (body, duration) = try await NIOThreadPool.singleton.runIfActive { () throws -> (String, Duration) in
            let started = ContinuousClock.now
            let result = try index.search(parameters.request)
            let duration = ContinuousClock.now - started
            var highlights: [String: String] = [:]
            if parameters.highlight {
                let highlighter = Highlighter(query: parameters.request.query, index: index, fields: try Self.queryFields(index))
                for hit in result.hits {
                    if case .string(let title)? = try? JSONValue.parse(hit.document)["title"] { highlights[hit.id] = highlighter.highlight(title) }
                }
            }
            return (SearchResponse.json(result, micros: Int(duration.nanoseconds / 1000), highlights: highlights), duration)
        }
        state.metrics.recordSearch(endpoint: "search", duration: duration)
        return JSONResponse.make(body)
    }

    /// As-you-type: the products whose words match every word typed so far, the last one as a prefix
    /// (the query language's `word*`), with the matched parts of their titles marked.
    private func suggest(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["q", "limit"])
        let text = try parameters.string("q") ?? ""
        guard text.count <= 200 else { throw APIError(.invalidRequest, "must have at most 200 characters", field: "q") }
        let limit = try parameters.integer("limit", in: 1...20, default: 8)
        let index = try state.current().live.index
        let (body, duration) = try await NIOThreadPool.singleton.runIfActive { () throws -> (JSONValue, Duration) in
            let fields = try Self.queryFields(index)
            let clauses = QueryParser(fields: fields).parse(text).clauses
            guard !clauses.isEmpty else { return (JSONValue.object([("suggestions", .array([]))]), .zero) }
            let typing = clauses.last.map { $0.isLastWord && $0.field == nil } ?? false
            let started = ContinuousClock.now
            let result = try index.search(SearchRequest(query: typing ? text + "*" : text, mode: .all, limit: limit, exactTotal: false))
            let duration = ContinuousClock.now - started
            let highlighter = Highlighter(query: text, index: index, fields: fields, prefixLastWord: typing)
            let suggestions = result.hits.compactMap { hit -> JSONValue? in
                guard case .string(let title)? = try? JSONValue.parse(hit.document)["title"] else { return nil }
                return .object([("id", .string(hit.id)), ("title", .string(title)), ("highlight", .string(highlighter.highlight(title)))])
            }
            return (JSONValue.object([("suggestions", .array(suggestions))]), duration)
        }
        state.metrics.recordSearch(endpoint: "suggest", duration: duration)
        return JSONResponse.make(body)
    }

    /// The names `field:value` may use in a query on `index` (as the engine's planner knows them).
    static func queryFields(_ index: Index) throws -> Set<String> {
        var fields = Set(index.schema.textFields.map(\.name))
        for column in try index.columns().columns {
            fields.insert(column.name)
            if column.name.hasPrefix("attributes.") { fields.insert(String(column.name.dropFirst("attributes.".count))) }
        }
        return fields
    }
}
