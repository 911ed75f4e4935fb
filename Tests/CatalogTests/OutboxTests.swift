import Catalog
import CatalogTesting
import PostgresNIO
import Testing

@Suite struct OutboxTests {
    @Test func concurrentWritersGetGaplessSequencesInCommitOrder() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for writer in 0..<8 {
                    group.addTask {
                        for step in 0..<15 {
                            _ = try await catalog.upsertProducts([try Products.drill("w\(writer)-\(step)"), try Products.drill("w\(writer)-x", #""price": \#(step)"#)])
                        }
                    }
                }
                try await group.waitForAll()
            }
            let changes = try await catalog.changes(after: 0, limit: 10_000)
            #expect(changes.map(\.sequence) == Array(1...UInt64(changes.count)))
            #expect(changes.count == 8 * 15 * 2)
            #expect(try await catalog.lastSequence() == UInt64(changes.count))
            // A reader that starts anywhere gets the rest, in order.
            #expect(try await catalog.changes(after: 100, limit: 5).map(\.sequence) == [101, 102, 103, 104, 105])
        }
    }

    @Test func changesCarryTheCurrentDocumentOrNothingAfterADelete() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("a"))
            _ = try await catalog.createProduct(try Products.drill("b"))
            try await catalog.deleteProduct(id: "b")
            let changes = try await catalog.changes(after: 0, limit: 10)
            #expect(changes.map(\.productID) == ["a", "b", "b"])
            #expect(changes[0].document != nil)
            #expect(changes[1].document == nil && changes[2].document == nil)
        }
    }

    @Test func aCommittedWriteNotifiesListeners() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            try await catalog.client.withConnection { connection in
                try await connection.listen(on: Catalog.notificationChannel) { notifications in
                    _ = try await catalog.createProduct(try Products.drill("a"))
                    var iterator = notifications.makeAsyncIterator()
                    #expect(try await iterator.next() != nil)
                }
            }
        }
    }

    @Test func pruningKeepsRecentRows() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.upsertProducts(try (1...4).map { try Products.drill("p\($0)") })
            #expect(try await catalog.pruneOutbox(through: 4, olderThan: .seconds(3600)) == 0)
            #expect(try await catalog.pruneOutbox(through: 3, olderThan: .zero) == 3)
            #expect(try await catalog.changes(after: 0, limit: 10).map(\.sequence) == [4])
        }
    }
}
