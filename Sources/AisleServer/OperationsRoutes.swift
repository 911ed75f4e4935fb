import Catalog
import Hummingbird
import NIOPosix
import SearchIndex

/// `/healthz`, `/readyz`, `/metrics` and `/openapi.json`.
struct OperationsRoutes {
    let state: ServerState

    func register(on router: Router<BasicRequestContext>) {
        router.get("/healthz") { _, _ in JSONResponse.make(#"{"status":"ok"}"#) }
        router.get("/readyz") { _, _ in try await readiness() }
        router.get("/metrics") { _, _ in
            await refreshGauges()
            return Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                            body: ResponseBody(byteBuffer: ByteBuffer(bytes: state.metrics.render())))
        }
        router.get("/openapi.json") { _, _ in JSONResponse.make(OpenAPIDocument.json) }
    }

    /// 200 when the server is prepared, PostgreSQL answers and the follower has caught up without
    /// error since its last failure; 503 otherwise. The body says which check failed.
    private func readiness() async throws -> Response {
        var ready = true
        var checks: [(key: String, value: JSONValue)] = []
        do {
            try await state.catalog.ping()
            checks.append(("database", .string("ok")))
        } catch {
            ready = false
            checks.append(("database", .string(error.description)))
        }
        do {
            let prepared = try state.current()
            let status = prepared.follower.status
            checks.append(("index", .object([
                ("status", .string("ok")),
                ("generation", .string(String(prepared.live.generation.split(separator: "/").last ?? ""))),
            ])))
            checks.append(("sync", .object([
                ("applied_sequence", status.appliedSequence.map { .number(Double($0)) } ?? .null),
                ("caught_up", .bool(status.caughtUp)),
                ("error", status.lastError.map(JSONValue.string) ?? .null),
            ])))
            if !status.caughtUp || status.lastError != nil { ready = false }
        } catch {
            ready = false
            checks.append(("index", .string(error.message)))
        }
        let body = JSONValue.object([("status", .string(ready ? "ready" : "not_ready")), ("checks", .object(checks))])
        return JSONResponse.make(body, status: ready ? .ok : .serviceUnavailable)
    }

    /// Updates the series read at scrape time: the search cache's, index size, and how far the
    /// index is behind.
    private func refreshGauges() async {
        state.metrics.recordCache(state.searchCache.statistics)
        guard let prepared = try? state.current() else { return }
        let index = prepared.live.index
        if let (documents, bytes) = try? await NIOThreadPool.singleton.runIfActive({
            (try index.statistics().liveDocuments, try index.storageReport().fileBytes)
        }) {
            state.metrics.indexDocuments.set(Double(documents))
            state.metrics.indexBytes.set(Double(bytes))
        }
        if let applied = prepared.follower.status.appliedSequence, let last = try? await state.catalog.lastSequence() {
            state.metrics.pendingChanges.set(Double(last > applied ? last - applied : 0))
        }
    }
}
