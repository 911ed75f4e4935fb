import Catalog
import CatalogTesting
import Testing

@Suite struct BulkUpsertTests {
    @Test func refusedInputsAreReportedAndTheRestIsWritten() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("taken", #""sku": "111""#))
            let summary = try await catalog.upsertProducts([
                try Products.drill("a"),
                try Products.drill("b", #""sku": "111""#),
                try Products.drill("c"),
            ])
            #expect(summary.accepted == 2)
            #expect(summary.changed == 2)
            #expect(summary.rejections.map(\.index) == [1])
            #expect(summary.rejections.map(\.error) == [.conflict(field: "sku", "another product has this SKU")])
            _ = try await catalog.product(id: "a")
            _ = try await catalog.product(id: "c")
            await #expect(throws: CatalogError.notFound("product 'b'")) { _ = try await catalog.product(id: "b") }
            #expect(try await catalog.changes(after: 0, limit: 100).map(\.productID) == ["taken", "a", "c"])
        }
    }

    @Test func theLastOfRepeatedIdsWins() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let summary = try await catalog.upsertProducts([try Products.drill("a", #""price": 1"#), try Products.drill("a", #""price": 2"#)])
            #expect(summary.accepted == 2)
            #expect(try Products.field(try await catalog.product(id: "a"), "price") == .number(2))
        }
    }

    @Test func upsertingUnchangedProductsWritesNoOutboxRows() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let products = try (1...5).map { try Products.drill("p\($0)", #""stock": 3"#) }
            #expect(try await catalog.upsertProducts(products).changed == 5)
            let before = try await catalog.lastSequence()
            let again = try await catalog.upsertProducts(products)
            #expect(again.accepted == 5)
            #expect(again.changed == 0)
            #expect(try await catalog.lastSequence() == before)
            let updated = try await catalog.upsertProducts([try Products.drill("p1", #""stock": 4"#)])
            #expect(updated.changed == 1)
            #expect(try await catalog.lastSequence() == before + 1)
        }
    }
}
