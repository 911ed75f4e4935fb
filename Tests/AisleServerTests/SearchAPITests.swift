@testable import AisleServer
import Hummingbird
import HummingbirdTesting
import SearchIndex
import Testing

@Suite struct SearchAPITests {
    static let catalog = [
        ServerHarness.product("d1", title: "Cordless Drill", #""brand": "Torvane", "price": 79, "stock": 3"#),
        ServerHarness.product("d2", title: "Cordless Hammer Drill", #""brand": "Ironvale", "price": 129, "stock": 0"#),
        ServerHarness.product("s1", title: "Circular Saw", #""brand": "Torvane", "price": 99, "category": "Tools > Saws""#),
    ]

    @Test func facetLimitCapsTheValuesButKeepsTheSelectedOnes() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            let top = try await client.json("/v1/search?facet=brand&facet_limit=1")
            #expect(top.array("facets").first?.array("values").compactMap { $0.string("value") } == ["Torvane"])
            let selected = try await client.json("/v1/search?facet=brand&facet_limit=1&filter=brand%3AIronvale")
            #expect(Set(selected.array("facets").first?.array("values").compactMap { $0.string("value") } ?? []) == ["Torvane", "Ironvale"])
            #expect(try await client.json("/v1/search?facet=brand&facet_limit=0", status: .badRequest)["error"]?.string("field") == "facet_limit")
        }
    }

    @Test func searchAnswersLikeTheCommandLine() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            let result = try await client.json("/v1/search?q=cordless+drill&facet=brand&facet=price:100&highlight=true")
            #expect(result.number("total") == 2)
            #expect(result["total_exact"] == .bool(true))
            let hits = result.array("hits")
            #expect(hits.compactMap { $0.string("id") } == ["d1", "d2"])
            #expect(hits.first?["document"]?.string("title") == "Cordless Drill d1")
            #expect(hits.first?["highlights"]?.string("title") == "<em>Cordless</em> <em>Drill</em> d1")
            #expect(result["did_you_mean"] == .null)
            let typo = try await client.json("/v1/search?q=cordles")
            #expect(typo.string("did_you_mean") == "cordless")
            #expect(try await client.json("/v1/search?q=cordles&typos=false").number("total") == 0)
            #expect(try await client.json("/v1/search?q=cordles&typos=9").number("total") == 0)
            #expect(try await client.json("/v1/search?q=cordles&typos=7,9").number("total") == 2)
            #expect(try await client.json("/v1/search?q=cordles&typos=2,8", status: .badRequest)["error"]?.string("field") == "typos")
            let facets = result.array("facets")
            #expect(facets.compactMap { $0.string("field") } == ["brand", "price"])
            #expect(facets[0].array("values").compactMap { $0.string("value") }.sorted() == ["Ironvale", "Torvane"])
            #expect(facets[1].array("ranges").compactMap { $0.number("count") } == [1, 1])

            let filtered = try await client.json("/v1/search?filter=brand%3ATorvane%20AND%20in_stock%3Atrue")
            #expect(filtered.array("hits").compactMap { $0.string("id") } == ["d1"])
            let sorted = try await client.json("/v1/search?sort=price:desc")
            #expect(sorted.array("hits").compactMap { $0.string("id") } == ["d2", "s1", "d1"])
            let page2 = try await client.json("/v1/search?sort=price:desc&limit=1&page=2")
            #expect(page2.array("hits").compactMap { $0.string("id") } == ["s1"])
            let first = try await client.json("/v1/search?sort=price:desc&limit=2")
            let cursor = try #require(first.string("next_cursor"))
            let rest = try await client.json("/v1/search?sort=price:desc&limit=2&cursor=\(cursor)")
            #expect(rest.array("hits").compactMap { $0.string("id") } == ["d1"])
        }
    }

    @Test func suggestionsCompleteTheLastWord() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            let suggestions = try await client.json("/v1/suggest?q=cordless+ham").array("suggestions")
            #expect(suggestions.compactMap { $0.string("id") } == ["d2"])
            #expect(suggestions.first?.string("highlight") == "<em>Cordless</em> <em>Hammer</em> Drill d2")
            #expect(try await client.json("/v1/suggest?q=").array("suggestions").isEmpty)
        }
    }

    @Test func aWriteIsSearchableShortlyAfterTheAnswer() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, _ in
            #expect(try await client.send(.post, "/v1/products", json: ServerHarness.product("w1", title: "Wet Vacuum")).status == .created)
            try await client.eventually("/v1/search?q=vacuum") { $0.number("total") == 1 }
            #expect(try await client.send(.patch, "/v1/products/w1", json: #"{"title": "Shop Vacuum"}"#).status == .ok)
            try await client.eventually("/v1/search?q=shop") { $0.number("total") == 1 }
            #expect(try await client.send(.delete, "/v1/products/w1").status == .noContent)
            try await client.eventually("/v1/search?q=vacuum") { $0.number("total") == 0 }
            _ = try await client.send(.put, "/v1/products/d2/inventory/main", json: #"{"quantity": 9}"#)
            try await client.eventually("/v1/search?filter=in_stock%3Atrue") { $0.number("total") == 2 }
        }
    }

    @Test func signalsBlendRatingsIntoTheOrderAndBadOnesAreRefused() async throws {
        let catalog = [
            ServerHarness.product("r1", title: "Orbital Sander", #""rating": 1.5"#),
            ServerHarness.product("r2", title: "Orbital Sander", #""rating": 5"#),
        ]
        try await ServerHarness.withServer(products: catalog) { client, _ in
            let plain = try await client.json("/v1/search?q=orbital+sander").array("hits")
            #expect(plain.count == 2 && plain[0].number("score") == plain[1].number("score"))
            let rated = try await client.json("/v1/search?q=orbital+sander&signals=rating:0.5,review_count:0.1").array("hits")
            #expect(rated.compactMap { $0.string("id") } == ["r2", "r1"])
            #expect((rated[0].number("score") ?? 0) > (rated[1].number("score") ?? 0))
            for bad in ["rating", "speed:1", "rating:11", "rating:10.5", "rating:09", "rating:-1", "rating:1e0", "rating:0.5,", "", "rating:.5"] {
                let response = try await client.send(.get, "/v1/search?q=sander&signals=\(bad)")
                #expect(response.status == .badRequest, "signals=\(bad)")
                #expect(response.error.field == "signals", "signals=\(bad)")
            }
        }
    }

    @Test func theSearchCacheAnswersRepeatsAndTheNextSearchAfterAnIndexChangeSeesIt() async throws {
        try await ServerHarness.withServer(products: Self.catalog) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            #expect(try await client.json("/v1/search?q=vacuum&limit=5").number("total") == 0)
            #expect(try await client.json("/v1/search?limit=5&q=vacuum").number("total") == 0)
            #expect(state.searchCache.statistics.hits == 1)

            let follower = try state.current().follower
            let before = try #require(follower.status.appliedSequence)
            #expect(try await client.send(.post, "/v1/products", json: ServerHarness.product("w1", title: "Wet Vacuum")).status == .created)
            let deadline = ContinuousClock.now + .seconds(10)
            while (follower.status.appliedSequence ?? 0) <= before, ContinuousClock.now < deadline { try await Task.sleep(for: .milliseconds(5)) }
            #expect((follower.status.appliedSequence ?? 0) > before)
            let after = try await client.json("/v1/search?q=vacuum&limit=5")
            #expect(after.number("total") == 1)
            #expect(after.array("hits").first?.string("id") == "w1")

            let metrics = String(buffer: try await client.send(.get, "/metrics").body)
            #expect(metrics.contains(#"aisle_search_cache_requests_total{result="hit"} 1"#))
            #expect(metrics.contains(#"aisle_search_cache_requests_total{result="miss"} 2"#))
            #expect(metrics.contains("aisle_search_cache_invalidations_total 1"))
            #expect(metrics.contains("aisle_search_cache_entries 1.0"))
        }
    }
}
