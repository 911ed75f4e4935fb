import Catalog
import CatalogTesting
import Foundation
import Logging
import SearchIndex
import Testing

@Suite struct IndexFollowerTests {
    /// An empty index in a fresh folder (the folder lives as long as the returned value).
    static func emptyIndex() throws -> (folder: TemporaryFolder, path: String) {
        let folder = TemporaryFolder()
        let path = folder.path + "/index"
        _ = try Index.create(at: path)
        return (folder, path)
    }

    static func ids(_ index: Index, _ query: String = "") throws -> [String] {
        try index.search(SearchRequest(query: query, limit: 100)).hits.map(\.id).sorted()
    }

    @Test func appliesWritesInOrderAndRecordsTheSequence() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let (folder, path) = try Self.emptyIndex()
            let live = try LiveIndex(path: path)
            let follower = IndexFollower(catalog: catalog, live: live, logger: TestDatabase.logger)
            _ = try await catalog.upsertProducts(try ["a", "b", "c"].map { try Products.drill($0) })
            try await catalog.deleteProduct(id: "b")
            _ = try await catalog.patchProduct(id: "c", patch: try Products.json(#"{"title": "Claw Hammer"}"#))
            #expect(try await follower.catchUp() == 5)
            #expect(try Self.ids(live.index) == ["a", "c"])
            #expect(try Self.ids(live.index, "hammer") == ["c"])
            #expect(try live.index.appliedSequence() == 5)
            #expect(follower.status.appliedSequence == 5 && follower.status.caughtUp)
            #expect(try await follower.catchUp() == 0)
            _ = folder
        }
    }

    @Test func aRestartedFollowerResumesWhereTheIndexStands() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let (folder, path) = try Self.emptyIndex()
            do {
                let follower = IndexFollower(catalog: catalog, live: try LiveIndex(path: path), logger: TestDatabase.logger)
                _ = try await catalog.upsertProducts(try ["a", "b"].map { try Products.drill($0) })
                #expect(try await follower.catchUp() == 2)
            }
            _ = try await catalog.upsertProducts([try Products.drill("c")])
            let live = try LiveIndex(path: path)
            let restarted = IndexFollower(catalog: catalog, live: live, logger: TestDatabase.logger)
            #expect(try await restarted.catchUp() == 1)
            #expect(try Self.ids(live.index) == ["a", "b", "c"])
            #expect(try live.index.statistics().liveDocuments == 3)
            _ = folder
        }
    }

    @Test func aNotificationWakesTheRunningFollower() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let (folder, path) = try Self.emptyIndex()
            let live = try LiveIndex(path: path)
            var configuration = IndexFollower.Configuration()
            configuration.pollInterval = .seconds(120)
            let follower = IndexFollower(catalog: catalog, live: live, configuration: configuration, logger: TestDatabase.logger)
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { try await follower.run() }
                defer { group.cancelAll() }
                // Wait until the first look at the (empty) outbox is done and LISTEN is active.
                while !follower.status.caughtUp { try await Task.sleep(for: .milliseconds(5)) }
                try await Task.sleep(for: .milliseconds(100))
                _ = try await catalog.createProduct(try Products.drill("a"))
                let written = ContinuousClock.now
                while try Self.ids(live.index) != ["a"] {
                    #expect(ContinuousClock.now - written < .seconds(5), "the follower did not wake up")
                    if ContinuousClock.now - written >= .seconds(5) { return }
                    try await Task.sleep(for: .milliseconds(2))
                }
            }
            _ = folder
        }
    }

    @Test func aReindexIsAdoptedAfterCatchingUp() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let (folder, path) = try Self.emptyIndex()
            let live = try LiveIndex(path: path)
            let follower = IndexFollower(catalog: catalog, live: live, logger: TestDatabase.logger)
            _ = try await catalog.upsertProducts(try ["a", "b"].map { try Products.drill($0) })
            try await follower.catchUp()
            _ = try live.index.search(SearchRequest(query: "drill", facets: [FacetRequest(field: "brand")]))
            let oldGeneration = live.generation
            let summary = try await CatalogIndexer(catalog: catalog, path: path).rebuild()
            #expect(summary.sequence == 2)
            #expect(summary.build.documents == 2)
            _ = try await catalog.upsertProducts([try Products.drill("c")])
            try await catalog.deleteProduct(id: "a")
            #expect(try await follower.catchUp() == 2)
            #expect(live.generation != oldGeneration)
            #expect(live.index.facetColumnsInUse == ["brand"], "the new generation decodes the facet columns searches used before it is searched")
            #expect(try Self.ids(live.index) == ["b", "c"])
            #expect(try live.index.appliedSequence() == 4)
            _ = folder
        }
    }

    @Test func anOutboxPrunedPastTheIndexTriggersARebuild() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.upsertProducts(try ["a", "b", "c"].map { try Products.drill($0) })
            try await catalog.pruneOutbox(through: 2, olderThan: .zero)
            let (folder, path) = try Self.emptyIndex()
            let live = try LiveIndex(path: path)
            let follower = IndexFollower(catalog: catalog, live: live, logger: TestDatabase.logger)
            try await follower.catchUp()
            #expect(try Self.ids(live.index) == ["a", "b", "c"])
            #expect(try live.index.appliedSequence() == 3)
            _ = folder
        }
    }
}
