@testable import AisleServer
import Hummingbird
import HummingbirdTesting
import SearchIndex
import Testing

/// `/v1/synonyms`: reading and replacing the index's synonym rules over HTTP.
@Suite struct SynonymAPITests {
    static let catalog = [
        ServerHarness.product("tv1", title: "Samsung TV"),
        ServerHarness.product("tv2", title: "LG Television"),
    ]

    @Test func replacedRulesApplyToTheNextSearchEvenWhenItWasCached() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            let empty = try await client.json("/v1/synonyms")
            #expect(empty.string("rules") == "")
            #expect(empty.number("phrases") == 0)
            // Cached before the rules exist.
            #expect(try await client.json("/v1/search?q=television").array("hits").compactMap { $0.string("id") } == ["tv2"])
            let put = try await client.send(.put, "/v1/synonyms", json: #"{"rules": "tv, television\n"}"#)
            #expect(put.status == .ok)
            #expect(try put.jsonBody().number("phrases") == 2)
            let hits = try await client.json("/v1/search?q=television").array("hits").compactMap { $0.string("id") }
            #expect(hits == ["tv2", "tv1"])
            #expect(try await client.json("/v1/synonyms").string("rules") == "tv, television\n")
        }
    }

    @Test func badRulesAreA400NamingTheLineAndChangeNothing() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            #expect(try await client.send(.put, "/v1/synonyms", json: #"{"rules": "tv, television"}"#).status == .ok)
            let wrong = try await client.send(.put, "/v1/synonyms", json: #"{"rules": "sofa, couch\ntv => "}"#)
            #expect(wrong.status == .badRequest)
            let error = try wrong.jsonBody()["error"]
            #expect(error?.string("code") == "invalid_request")
            #expect(error?.string("field") == "rules")
            #expect(error?.string("message")?.contains("line 2") == true)
            #expect(try await client.send(.put, "/v1/synonyms", json: #"{"rules": 3}"#).status == .badRequest)
            #expect(try await client.send(.put, "/v1/synonyms", json: #"{"rules": "a, b", "extra": 1}"#).status == .badRequest)
            #expect(try await client.send(.put, "/v1/synonyms", json: "tv, television", contentType: "text/plain").status == .unsupportedMediaType)
            #expect(try await client.json("/v1/synonyms").string("rules") == "tv, television")
        }
    }
}
