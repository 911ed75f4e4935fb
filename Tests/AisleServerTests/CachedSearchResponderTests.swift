@testable import AisleServer
import Hummingbird
import HummingbirdTesting
import SearchIndex
import Testing

/// Cached searches answered in the channel pipeline, before the router: only a live server has one.
@Suite struct CachedSearchResponderTests {
    @Test func aCachedSearchIsAnsweredLikeTheRouteAndTheNextSearchAfterAChangeSeesIt() async throws {
        try await ServerHarness.withServer(products: SearchAPITests.catalog, live: true) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            let first = try await client.send(.get, "/v1/search?q=cordless+drill&facet=brand")
            let second = try await client.send(.get, "/v1/search?facet=brand&q=cordless%20drill")
            #expect(state.searchCache.statistics.hits == 1)
            #expect(second.status == .ok)
            #expect(second.headers[.contentType] == first.headers[.contentType] && second.headers[.server] == first.headers[.server])
            #expect(second.headers[.date] != nil)
            var answered = try second.jsonBody()
            var computed = try first.jsonBody()
            #expect(answered.number("took_us").map { $0 < computed.number("took_us") ?? 0 } == true)
            if case .object(let members) = answered { answered = .object(members.filter { $0.key != "took_us" }) }
            if case .object(let members) = computed { computed = .object(members.filter { $0.key != "took_us" }) }
            #expect(answered == computed)

            let follower = try state.current().follower
            let before = try #require(follower.status.appliedSequence)
            #expect(try await client.send(.post, "/v1/products", json: ServerHarness.product("d3", title: "Cordless Drill Driver")).status == .created)
            let deadline = ContinuousClock.now + .seconds(10)
            while (follower.status.appliedSequence ?? 0) <= before, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            #expect(try await client.json("/v1/search?q=cordless+drill&facet=brand").number("total") == 3)

            let metrics = String(buffer: try await client.send(.get, "/metrics").body)
            #expect(metrics.contains(#"aisle_http_requests_total{method="GET",route="/v1/search",status="200"} 3"#))
        }
    }

    @Test func pipelinedRequestsAreAnsweredInOrderWhenOnlyALaterOneIsCached() async throws {
        try await ServerHarness.withServer(products: SearchAPITests.catalog, live: true) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            _ = try await client.json("/v1/search?q=drill")
            let connection = try RawHTTPConnection(host: "localhost", port: try #require(client.port))
            try connection.send("GET /v1/search?q=saw HTTP/1.1\r\nHost: localhost\r\n\r\nGET /v1/search?q=drill HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /v1/search?q=saw HTTP/1.1\r\nHost: localhost\r\n\r\n")
            let responses = try (0..<3).map { _ in try connection.response() }
            #expect(responses.allSatisfy { $0.head.hasPrefix("HTTP/1.1 200") })
            #expect(responses[0].body.contains("Circular Saw") && !responses[0].body.contains("Cordless"))
            #expect(responses[1].body.contains("Cordless Drill"))
            #expect(responses[2].body.contains("Circular Saw") && !responses[2].body.contains("Cordless"))
            #expect(state.searchCache.statistics.hits >= 1)
        }
    }
}
