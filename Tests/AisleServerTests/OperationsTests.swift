import AisleServer
import Hummingbird
import HummingbirdTesting
import SearchIndex
import Testing

@Suite struct OperationsTests {
    @Test func healthReadinessAndMetricsAnswer() async throws {
        try await ServerHarness.withServer(products: [ServerHarness.product("a")]) { client, _ in
            #expect(try await client.json("/healthz").string("status") == "ok")
            // Ready once the follower has had its first look at the outbox.
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            let ready = try await client.json("/readyz")
            #expect(ready["checks"]?["sync"]?.number("applied_sequence") == 1)
            #expect(ready["checks"]?["database"] == .string("ok"))
            _ = try await client.json("/v1/search?q=drill")
            let metrics = String(buffer: try await client.send(.get, "/metrics").body)
            #expect(metrics.contains(#"aisle_http_requests_total{method="GET",route="/v1/search",status="200"} 1"#))
            #expect(metrics.contains("aisle_http_request_duration_seconds_bucket"))
            #expect(metrics.contains("aisle_search_duration_seconds_count{endpoint=\"search\"} 1"))
            #expect(metrics.contains("aisle_index_documents 1.0"))
            #expect(metrics.contains("aisle_sync_pending_changes 0.0"))
        }
    }

    @Test func theOpenAPIDocumentDescribesEveryRouteAndNothingElse() async throws {
        try await ServerHarness.withServer { client, state in
            let document = try await client.json("/openapi.json")
            #expect(document.string("openapi") == "3.1.0")
            var documented: Set<String> = []
            if case .object(let paths)? = document["paths"] {
                for path in paths {
                    guard case .object(let operations) = path.value else { continue }
                    for operation in operations where operation.key != "parameters" {
                        documented.insert("\(operation.key.uppercased()) \(path.key)")
                    }
                }
            }
            let routed = Set(AisleApplication.router(state: state).routes.map { "\($0.method.rawValue) \($0.path)" })
            #expect(documented == routed)
        }
    }
}
