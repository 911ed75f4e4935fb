import Hummingbird
import AisleServer
import Catalog
import CatalogTesting
import Foundation
import SearchIndex
import Testing

@Suite struct CrashRecoveryTests {
    static let products = 200
    static let updates = 10_000
    static let updatesPerTransaction = 20

    /// Update `k` sets the price of product `k % products` to `k`: the final price of product `p` is
    /// the last `k` with that remainder.
    static func update(_ k: Int) throws -> ProductInput {
        let id = String(format: "P%04d", k % products)
        return try ProductInput(json: try JSONValue.parse(Array(#"{"id": "\#(id)", "title": "Crash Test Product \#(id)", "price": \#(k)}"#.utf8)), mode: .api)
    }

    @Test func aServerKilledWhileUpdatesStreamInAppliesEachOfThemAfterItRestarts() async throws {
        try await TestDatabase.withCatalog { url, catalog in
            _ = try await catalog.upsertProducts(try (0..<Self.products).map(Self.update))
            let folder = TemporaryFolder()
            let index = folder.path + "/index"
            var server = try await ServerProcess(database: url, index: index, logPath: folder.path + "/first.log")

            let streamed = try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    for start in stride(from: Self.products, to: Self.products + Self.updates, by: Self.updatesPerTransaction) {
                        _ = try await catalog.upsertProducts(try (start..<start + Self.updatesPerTransaction).map(Self.update))
                    }
                    return Self.updates
                }
                // Kill the server once about a third of the stream is in, and restart it while the rest streams.
                while try await catalog.lastSequence() < UInt64(Self.products + Self.updates / 3) {
                    try await Task.sleep(for: .milliseconds(5))
                }
                server.kill()
                let killedAt = try await catalog.lastSequence()
                #expect(killedAt < UInt64(Self.products + Self.updates), "the stream ended before the kill")
                server = try await ServerProcess(database: url, index: index, logPath: folder.path + "/second.log")
                return try await group.next() ?? 0
            }
            #expect(streamed == Self.updates)

            let last = try await catalog.lastSequence()
            #expect(last == UInt64(Self.products + Self.updates))
            let deadline = ContinuousClock.now + .seconds(60)
            while await server.json("/readyz")?["checks"]?["sync"]?.number("applied_sequence") != Double(last) {
                #expect(ContinuousClock.now < deadline, "the restarted server did not catch up")
                if ContinuousClock.now >= deadline { return }
                try await Task.sleep(for: .milliseconds(50))
            }

            // Every product once, each with the price of its last update.
            var prices: [String: Double] = [:]
            var cursor: String?
            repeat {
                let page = try #require(await server.json("/v1/search?sort=price:asc&limit=100" + (cursor.map { "&cursor=\($0)" } ?? "")))
                #expect(page.number("total") == Double(Self.products))
                for hit in page.array("hits") {
                    let id = try #require(hit.string("id"))
                    #expect(prices[id] == nil, "\(id) appears twice")
                    prices[id] = hit["document"]?.number("price")
                }
                cursor = page.string("next_cursor")
            } while cursor != nil
            let expected = Dictionary(uniqueKeysWithValues: (0..<Self.products).map { p in
                (String(format: "P%04d", p), Double(Self.products + Self.updates - Self.products + p))
            })
            #expect(prices == expected)
            #expect(server.terminate() == 0)
        }
    }
}
