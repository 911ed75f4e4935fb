import AisleServer
import Foundation
import Catalog
import CatalogTesting
import Hummingbird
import HummingbirdTesting
import LMDB
@testable import SearchIndex
import Synchronization
import Testing

@Suite struct ReindexTests {
    @Test func aReindexIsSwappedInWhileSearchesKeepAnswering() async throws {
        try await ServerHarness.withServer(products: (1...40).map { ServerHarness.product("r\($0)") }) { client, state in
            try await client.eventually("/readyz") { $0.string("status") == "ready" }
            let before = try await client.json("/readyz")["checks"]?["index"]?.string("generation")
            let finished = Flag()
            let searches = try await withThrowingTaskGroup(of: Int.self) { group in
                group.addTask {
                    defer { finished.set() }
                    try await CatalogIndexer(catalog: state.catalog, path: state.configuration.indexPath).rebuild()
                    return 0
                }
                group.addTask {
                    var count = 0
                    while !finished.isSet {
                        let response = try await client.send(.get, "/v1/search?q=drill&limit=1")
                        #expect(response.status == .ok)
                        #expect(try response.jsonBody().number("total") == 40)
                        count += 1
                    }
                    return count
                }
                return try await group.reduce(0, +)
            }
            #expect(searches > 0)
            try await client.eventually("/readyz") { $0["checks"]?["index"]?.string("generation") != before }
            // The follower writes to the new generation.
            #expect(try await client.send(.patch, "/v1/products/r1", json: #"{"title": "Orbital Sander"}"#).status == .ok)
            try await client.eventually("/v1/search?q=sander") { $0.number("total") == 1 }
        }
    }

    @Test func anIndexOfAnotherFormatIsRebuiltFromTheCatalog() async throws {
        let fixture = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("SearchIndexTests/Fixtures/format-1").path
        let folder = TemporaryFolder()
        let copy = folder.path + "/other-format"
        try FileManager.default.copyItem(atPath: fixture, toPath: copy)
        do {
            let environment = try Environment(path: try IndexDirectory(path: copy).currentGeneration(), maxDatabases: IndexLayout.databaseCount)
            let layout = try IndexLayout(environment: environment, create: false)
            try environment.write { txn in try txn.store(layout.meta, key: Array(MetaKey.format.utf8), value: [99, 0, 0, 0]) }
        }
        try await ServerHarness.withServer(products: [ServerHarness.product("f1")], indexFixture: copy) { client, _ in
            let result = try await client.json("/v1/search?q=drill")
            #expect(result.array("hits").compactMap { $0.string("id") } == ["f1"])
        }
    }
}
