import Catalog
import Hummingbird
import NIOPosix
import SearchIndex

/// `/v1/search` and `/v1/suggest`. The engine runs on the blocking thread pool, never on the
/// event loop or the concurrency pool (measured: searching on the concurrency pool instead gave
/// 12-20 % fewer uncached searches per second at 1,000 connections, and a worse tail).
struct SearchRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/v1/search") { request, _ in try await search(request) }
        router.get("/v1/suggest") { request, _ in try await suggest(request) }
    }

    /// A search, answered from the search cache when an identical request was answered on the
    /// same index state (`CachedSearchResponder` answers most of those before they get here). The
    /// index version is read before searching (see `SearchCache`).
    private func search(_ request: Request) async throws -> Response {
        let parameters = try SearchParameters(try QueryParameters(request.uri.query, allowed: SearchParameters.names))
        let started = ContinuousClock.now
        let (index, version) = try state.searchTarget()
        let query = request.uri.query ?? ""
        if let answer = state.searchCache.answer(for: parameters.cacheKey, version: version, query: query) {
            return JSONResponse.make(answer.body(micros: Int((ContinuousClock.now - started).nanoseconds / 1000)))
        }
        let (answer, duration) = try await NIOThreadPool.singleton.runIfActive { () throws -> (SearchCache.Answer, Duration) in
            let started = ContinuousClock.now
            let result = try index.search(parameters.request)
            let duration = ContinuousClock.now - started
            let (head, tail) = SearchResponse.parts(result)
            return (SearchCache.Answer(head: ByteBuffer(string: head), tail: ByteBuffer(string: tail)), duration)
        }
        state.metrics.recordSearch(endpoint: "search", duration: duration)
        state.searchCache.store(answer, for: parameters.cacheKey, version: version, query: query)
        return JSONResponse.make(answer.body(micros: Int(duration.nanoseconds / 1000)))
    }

    /// As-you-type: the products matching every word typed so far, the last one also as the start
    /// of a word, with the matched parts of their titles marked (`highlight` is null when only
    /// another field matched). Nothing typed yet: no suggestions.
    private func suggest(_ request: Request) async throws -> Response {
        let parameters = try QueryParameters(request.uri.query, allowed: ["q", "limit"])
        let text = try parameters.string("q") ?? ""
        guard text.count <= 200 else { throw APIError(.invalidRequest, "must have at most 200 characters", field: "q") }
        let limit = try parameters.integer("limit", in: 1...20, default: 8)
        let index = try state.current().live.index
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else { return JSONResponse.make(#"{"suggestions":[]}"#) }
        let search = SearchRequest(query: text, mode: .all, limit: limit, exactTotal: false, prefixLastWord: true, highlight: true)
        let (body, duration) = try await NIOThreadPool.singleton.runIfActive { () throws -> (JSONValue, Duration) in
            let started = ContinuousClock.now
            let result = try index.search(search)
            let duration = ContinuousClock.now - started
            let suggestions = result.hits.compactMap { hit -> JSONValue? in
                guard case .string(let title)? = try? JSONValue.parse(hit.document)["title"] else { return nil }
                return .object([("id", .string(hit.id)), ("title", .string(title)), ("highlight", hit.highlights["title"].map(JSONValue.string) ?? .null)])
            }
            return (JSONValue.object([("suggestions", .array(suggestions))]), duration)
        }
        state.metrics.recordSearch(endpoint: "suggest", duration: duration)
        return JSONResponse.make(body)
    }
}
