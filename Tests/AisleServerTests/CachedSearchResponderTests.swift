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
            #expect(Self.fieldsButDateAndLength(second.headers) == Self.fieldsButDateAndLength(first.headers))
            #expect(second.headers[.date] != nil)
            #expect(second.headers[.contentLength] == String(second.body.readableBytes))
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
            let requests = "GET /v1/search?q=saw HTTP/1.1\r\nHost: localhost\r\n\r\nGET /v1/search?q=drill HTTP/1.1\r\nHost: localhost\r\n\r\n"
                + "GET /v1/search?q=saw HTTP/1.1\r\nHost: localhost\r\n\r\n"
            let responses = try await RawHTTPConnection.exchange(host: "localhost", port: try #require(client.port), sending: Array(requests.utf8),
                                                                 bodies: [true, true, true])
            #expect(responses.allSatisfy { $0.head.hasPrefix("HTTP/1.1 200") })
            #expect(responses[0].body.contains("Circular Saw") && !responses[0].body.contains("Cordless"))
            #expect(responses[1].body.contains("Cordless Drill"))
            #expect(responses[2].body.contains("Circular Saw") && !responses[2].body.contains("Cordless"))
            #expect(state.searchCache.statistics.hits >= 1)
        }
    }

    @Test func aCachedSearchIsLoggedLikeARoutedOne() async throws {
        let entries = RecordingLogHandler.Entries()
        try await ServerHarness.withServer(products: SearchAPITests.catalog, live: true, logger: RecordingLogHandler.logger(keepingIn: entries)) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            _ = try await client.json("/v1/search?q=drill")
            _ = try await client.json("/v1/search?q=drill")
            #expect(state.searchCache.statistics.hits == 1)
        }
        let searches = entries.all.filter { $0.message == "request" && $0.metadata["route"] == "/v1/search" }
        #expect(searches.map { $0.metadata["cache"] } == [nil, "hit"])
        for entry in searches {
            #expect(entry.metadata["method"] == "GET" && entry.metadata["status"] == "200")
            #expect(entry.metadata["micros"].flatMap { Int($0) } != nil && entry.metadata["hb.request.id"] != nil)
        }
    }

    /// Requests that are not plain cached searches, each with whether its answers carry a body
    /// (not for HEAD). Both servers first answer `q=drill` and `q=drill%23x`, so the cache holds those.
    static let oddRequests: [(bytes: [UInt8], bodies: [Bool])] = [
        (Array("GET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("HEAD /v1/search?q=drill HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [false]),
        (Array("GET /v1/search?q=drill#x HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=%zz HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=drill&q=saw HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=drill&colour=red HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=\(String(repeating: "d", count: 20_000)) HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=dr".utf8) + [0xFF, 0xC3] + Array("ill HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search/?q=drill HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("GET /v1/searches?q=drill HTTP/1.1\r\nHost: a\r\n\r\n".utf8), [true]),
        (Array("POST /v1/search?q=drill HTTP/1.1\r\nHost: a\r\nContent-Length: 2\r\n\r\n{}".utf8), [true]),
        (Array("GET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\nContent-Length: 5\r\n\r\nhello".utf8), [true]),
        (Array("GET /v1/search?q=drill HTTP/1.0\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=drill HTTP/1.0\r\nConnection: keep-alive\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\nConnection: keep-alive\r\n\r\n".utf8), [true]),
        (Array("GET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n".utf8), [true]),
        (Array(("GET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\n\r\nHEAD /v1/search?q=drill HTTP/1.1\r\nHost: a\r\n\r\n"
            + "GET /v1/search?q=%zz HTTP/1.1\r\nHost: a\r\n\r\nGET /v1/search?q=drill HTTP/1.1\r\nHost: a\r\n\r\n").utf8), [true, false, true, true]),
    ]

    @Test func oddRequestsGetTheAnswersAndMetricsOfAServerWithoutTheCache() async throws {
        let uncached = try await Self.exchange(Self.oddRequests, searchCacheBytes: 0)
        let cached = try await Self.exchange(Self.oddRequests, searchCacheBytes: ServerConfiguration.defaultSearchCacheBytes)
        #expect(cached.hits >= 8)
        #expect(cached.responses.count == uncached.responses.count)
        for (number, (withCache, without)) in zip(cached.responses, uncached.responses).enumerated() {
            #expect(withCache == without, "answer \(number)")
        }
        #expect(!cached.searchMetrics.isEmpty)
        #expect(cached.searchMetrics == uncached.searchMetrics)
    }

    /// Sends each of `requests` on a connection of its own to a live server whose search cache
    /// holds `searchCacheBytes`; returns the answers (`normalised`), the request counts of
    /// `/v1/search` in `/metrics`, and the server's search cache hits.
    private static func exchange(_ requests: [(bytes: [UInt8], bodies: [Bool])],
                                 searchCacheBytes: Int) async throws -> (responses: [[String]], searchMetrics: [String], hits: Int) {
        try await ServerHarness.withServer(products: SearchAPITests.catalog, live: true, searchCacheBytes: searchCacheBytes) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            _ = try await client.json("/v1/search?q=drill")
            _ = try await client.json("/v1/search?q=drill%23x")
            var responses: [[String]] = []
            for request in requests {
                let answers = try await RawHTTPConnection.exchange(host: "localhost", port: try #require(client.port), sending: request.bytes,
                                                                   bodies: request.bodies)
                responses += answers.map(normalised)
            }
            let metrics = String(buffer: try await client.send(.get, "/metrics").body).split(separator: "\n").map(String.init).filter {
                $0.contains(#"route="/v1/search""#) && ($0.hasPrefix("aisle_http_requests_total") || $0.contains("_count{"))
            }.sorted()
            return (responses, metrics, state.searchCache.statistics.hits)
        }
    }

    /// A raw response without what differs between two answers to the same request on two
    /// servers: its status line, its other header lines sorted, and its body with `took_us` set to
    /// 0 and the products' timestamps emptied.
    private static func normalised(_ response: (head: String, body: String)) -> [String] {
        let lines = response.head.split(separator: "\r\n").map(String.init)
        let fields = lines.dropFirst().filter {
            let name = $0.lowercased()
            return !name.hasPrefix("date:") && !name.hasPrefix("content-length:")
        }
        let body = response.body.replacing(#/"took_us":[0-9]+/#, with: #""took_us":0"#)
            .replacing(#/"(?<name>created_at|updated_at)":"[^"]*"/#) { #""\#($0.name)":"""# }
        return Array(lines.prefix(1)) + fields.sorted() + [body]
    }

    /// The header fields of a response as `name: value` lines, sorted, without `Date` and
    /// `Content-Length` (which differ between two answers to the same request).
    private static func fieldsButDateAndLength(_ fields: HTTPFields) -> [String] {
        fields.filter { $0.name != .date && $0.name != .contentLength }.map { "\($0.name.canonicalName): \($0.value)" }.sorted()
    }
}
