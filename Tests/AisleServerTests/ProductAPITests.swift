import AisleServer
import Hummingbird
import HummingbirdTesting
import SearchIndex
import Testing

@Suite struct ProductAPITests {
    @Test func aProductGoesThroughItsWholeLifecycle() async throws {
        try await ServerHarness.withServer { client, _ in
            let created = try await client.send(.post, "/v1/products", json: ServerHarness.product("S1", #""stock": 4"#))
            #expect(created.status == .created)
            #expect(created.headers[.location] == "/v1/products/S1")
            #expect(try created.jsonBody().number("stock") == 4)

            let duplicate = try await client.send(.post, "/v1/products", json: ServerHarness.product("S1"))
            #expect(duplicate.status == .conflict)
            #expect(duplicate.error.code == "conflict" && duplicate.error.field == "id")

            let patched = try await client.send(.patch, "/v1/products/S1", json: #"{"price": 42.5, "brand": null}"#, contentType: "application/merge-patch+json")
            #expect(patched.status == .ok)
            #expect(try patched.jsonBody().number("price") == 42.5)
            #expect(try patched.jsonBody()["brand"] == .null)

            let read = try await client.json("/v1/products/S1")
            #expect(read.string("title") == "Cordless Drill S1")

            #expect(try await client.send(.delete, "/v1/products/S1").status == .noContent)
            let gone = try await client.send(.get, "/v1/products/S1")
            #expect(gone.status == .notFound && gone.error.code == "not_found")
        }
    }

    @Test func badInputGetsA4xxNamingTheProblem() async throws {
        try await ServerHarness.withServer { client, _ in
            struct Case {
                var method: HTTPRequest.Method
                var uri: String
                var body: String?
                var type = "application/json"
                var status: HTTPResponse.Status
                var code: String
                var field: String?
            }
            let huge = "{\"id\": \"1\", \"title\": \"" + String(repeating: "x", count: 2 << 20) + "\"}"
            let cases: [Case] = [
                Case(method: .post, uri: "/v1/products", body: #"{"id": "1"}"#, status: .badRequest, code: "invalid_request", field: "title"),
                Case(method: .post, uri: "/v1/products", body: #"{"id": "1", "title": "x", "price": -2}"#, status: .badRequest, code: "invalid_request", field: "price"),
                Case(method: .post, uri: "/v1/products", body: #"{"id": "1", "title": "x", "colour": "red"}"#, status: .badRequest, code: "invalid_request", field: "colour"),
                Case(method: .post, uri: "/v1/products", body: #"{"id": "1", "#, status: .badRequest, code: "invalid_json"),
                Case(method: .post, uri: "/v1/products", body: "[1, 2]", status: .badRequest, code: "invalid_request"),
                Case(method: .post, uri: "/v1/products", body: #"{"id": "1", "title": "x"}"#, type: "text/plain", status: .unsupportedMediaType, code: "unsupported_media_type"),
                Case(method: .post, uri: "/v1/products", body: huge, status: .contentTooLarge, code: "payload_too_large"),
                Case(method: .get, uri: "/v1/products?limit=0", status: .badRequest, code: "invalid_request", field: "limit"),
                Case(method: .get, uri: "/v1/products?colour=red", status: .badRequest, code: "invalid_request", field: "colour"),
                Case(method: .get, uri: "/v1/search?filter=price%3A%5B1%20TO", status: .badRequest, code: "invalid_request", field: "filter"),
                Case(method: .get, uri: "/v1/search?filter=colour%3Ared", status: .badRequest, code: "invalid_request", field: "colour"),
                Case(method: .get, uri: "/v1/search?page=1&cursor=x", status: .badRequest, code: "invalid_request", field: "cursor"),
                Case(method: .get, uri: "/v1/search?cursor=nonsense", status: .badRequest, code: "invalid_request", field: "cursor"),
                Case(method: .get, uri: "/v1/search?sort=price", status: .badRequest, code: "invalid_request", field: "sort"),
                Case(method: .get, uri: "/v1/search?limit=101", status: .badRequest, code: "invalid_request", field: "limit"),
                Case(method: .get, uri: "/v1/categories/abc", status: .badRequest, code: "invalid_request", field: "id"),
                Case(method: .put, uri: "/v1/products/S1/inventory/main", body: #"{"quantity": -1}"#, status: .badRequest, code: "invalid_request", field: "quantity"),
                Case(method: .get, uri: "/v1/nothing", status: .notFound, code: "not_found"),
            ]
            for test in cases {
                let response = try await client.send(test.method, test.uri, json: test.body, contentType: test.type)
                let label = "\(test.method) \(test.uri.prefix(80))"
                #expect(response.status == test.status, "\(label)")
                #expect(response.error.code == test.code, "\(label)")
                #expect(response.error.field == test.field, "\(label)")
            }
            let wrongMethod = try await client.send(.put, "/v1/products")
            #expect(wrongMethod.status == .methodNotAllowed)
            #expect(wrongMethod.headers[.allow] == "GET, POST")
            // None of it reached the database.
            #expect(try await client.json("/v1/products").array("items").isEmpty)
        }
    }

    @Test func listingPagesThroughEveryProductOnce() async throws {
        try await ServerHarness.withServer(products: (1...12).map { ServerHarness.product(String(format: "P%02d", $0)) }) { client, _ in
            var ids: [String] = []
            var uri = "/v1/products?limit=5"
            while true {
                let page = try await client.json(uri)
                ids += page.array("items").compactMap { $0.string("id") }
                guard let next = page.string("next_after") else { break }
                uri = "/v1/products?limit=5&after=\(next)"
            }
            #expect(ids == (1...12).map { String(format: "P%02d", $0) })
            let drills = try await client.json("/v1/products?category=Tools%20%3E%20Drills&limit=100")
            #expect(drills.array("items").count == 12)
        }
    }

    @Test func bulkUpsertReportsRefusedItemsAndWritesTheRest() async throws {
        try await ServerHarness.withServer { client, _ in
            let body = #"{"products": [\#(ServerHarness.product("a", #""sku": "1""#)), {"id": "b"}, \#(ServerHarness.product("c", #""sku": "1""#)), \#(ServerHarness.product("d"))]}"#
            let response = try await client.send(.post, "/v1/products:bulk", json: body)
            #expect(response.status == .ok)
            let result = try response.jsonBody()
            #expect(result.number("accepted") == 2)
            #expect(result.array("rejected").map { $0.number("index") } == [1, 2])
            #expect(result.array("rejected").map { $0["error"]?["field"] } == [.string("title"), .string("sku")])
            #expect(try await client.send(.get, "/v1/products/d").status == .ok)
        }
    }

    @Test func categoriesAndInventoryRoundTrip() async throws {
        try await ServerHarness.withServer(products: [ServerHarness.product("a")]) { client, _ in
            let created = try await client.send(.post, "/v1/categories", json: #"{"path": "Garden > Hoses"}"#)
            #expect(created.status == .created)
            let again = try await client.send(.post, "/v1/categories", json: #"{"path": ["Garden", "Hoses"]}"#)
            #expect(again.status == .ok)
            let all = try await client.json("/v1/categories").array("items").compactMap { $0.string("path") }
            #expect(all == ["Garden", "Garden > Hoses", "Tools", "Tools > Drills"])
            let hoses = try #require(try created.jsonBody().number("id"))
            #expect(try await client.send(.delete, "/v1/categories/\(Int(hoses))").status == .noContent)
            let drills = try #require(try await client.json("/v1/categories").array("items").first { $0.string("path") == "Tools > Drills" }?.number("id"))
            let inUse = try await client.send(.delete, "/v1/categories/\(Int(drills))")
            #expect(inUse.status == .conflict)

            let level = try await client.send(.put, "/v1/products/a/inventory/north", json: #"{"quantity": 5}"#)
            #expect(level.status == .ok)
            _ = try await client.send(.put, "/v1/products/a/inventory/south", json: #"{"quantity": 2}"#)
            let inventory = try await client.json("/v1/products/a/inventory")
            #expect(inventory.number("total") == 7)
            #expect(inventory.array("locations").compactMap { $0.string("location") } == ["north", "south"])
            #expect(try await client.json("/v1/products/a").number("stock") == 7)
            #expect(try await client.send(.get, "/v1/products/zz/inventory").status == .notFound)
        }
    }
}
