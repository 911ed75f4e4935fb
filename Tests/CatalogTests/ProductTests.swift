import Catalog
import CatalogTesting
import SearchIndex
import Testing

@Suite struct ProductTests {
    @Test func createdProductReadsBackAsItsDocument() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let created = try await catalog.createProduct(try Products.drill("S1", #""stock": 5, "attributes": {"voltage": "20 V"}"#))
            let document = try await catalog.product(id: "S1")
            #expect(created == document)
            #expect(try Products.field(document, "title") == .string("Cordless Drill S1"))
            #expect(try Products.field(document, "category") == .string("Tools > Power Tools > Drills"))
            #expect(try Products.field(document, "price") == .number(79.97))
            #expect(try Products.field(document, "stock") == .number(5))
            #expect(try Products.members(document, "attributes") == ["voltage": .string("20 V")])
            if case .string(let stamp)? = try Products.field(document, "created_at") {
                #expect(stamp.hasSuffix("Z") && stamp.count == 27)
            } else {
                Issue.record("created_at missing")
            }
            // The document is what the index maps.
            let mapped = try ProductDocumentMapper().document(fromJSONLine: Array(document.utf8))
            #expect(mapped.facets["brand"] == ["Torvane"])
            #expect(mapped.numbers["stock"] == 5)
        }
    }

    @Test func duplicateIdsAndSkusAreConflictsNamingTheField() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("S1", #""sku": "111""#))
            await #expect(throws: CatalogError.conflict(field: "id", "a product with this id already exists")) {
                _ = try await catalog.createProduct(try Products.drill("S1"))
            }
            await #expect(throws: CatalogError.conflict(field: "sku", "another product has this SKU")) {
                _ = try await catalog.createProduct(try Products.drill("S2", #""sku": "111""#))
            }
            await #expect(throws: CatalogError.notFound("product 'S2'")) { _ = try await catalog.product(id: "S2") }
        }
    }

    @Test func patchMergesValidatesAndKeepsTheRest() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("S1", #""stock": 5, "attributes": {"voltage": "20 V", "kit": "Tool Only"}"#))
            let patched = try await catalog.patchProduct(id: "S1", patch: try Products.json(#"{"price": 59.5, "brand": null, "attributes": {"kit": null, "color": "Red"}}"#))
            #expect(try Products.field(patched, "price") == .number(59.5))
            #expect(try Products.field(patched, "brand") == .null)
            #expect(try Products.members(patched, "attributes") == ["color": .string("Red"), "voltage": .string("20 V")])
            #expect(try Products.field(patched, "stock") == .number(5))
            #expect(try Products.field(patched, "title") == .string("Cordless Drill S1"))

            await #expect(throws: CatalogError.invalid(field: "price", "must be at least 0 and at most 9999999999.99")) {
                _ = try await catalog.patchProduct(id: "S1", patch: try Products.json(#"{"price": -3}"#))
            }
            await #expect(throws: CatalogError.invalid(field: "id", "cannot be patched: a product's id is fixed (create a new product instead)")) {
                _ = try await catalog.patchProduct(id: "S1", patch: try Products.json(#"{"id": "S9"}"#))
            }
            await #expect(throws: CatalogError.notFound("product 'nope'")) {
                _ = try await catalog.patchProduct(id: "nope", patch: try Products.json(#"{"price": 1}"#))
            }
            let unchanged = try await catalog.product(id: "S1")
            #expect(try Products.field(unchanged, "price") == .number(59.5))
        }
    }

    @Test func deleteRemovesTheProductAndItsInventory() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("S1", #""stock": 5"#))
            try await catalog.deleteProduct(id: "S1")
            await #expect(throws: CatalogError.notFound("product 'S1'")) { _ = try await catalog.product(id: "S1") }
            await #expect(throws: CatalogError.notFound("product 'S1'")) { try await catalog.deleteProduct(id: "S1") }
            let rows = try await catalog.client.query("SELECT count(*) FROM inventory")
            for try await count in rows.decode(Int.self) { #expect(count == 0) }
        }
    }

    @Test func keysetPagesVisitEveryProductOnceInIdOrder() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let ids = (1...25).map { String(format: "P%03d", $0) }
            _ = try await catalog.upsertProducts(try ids.shuffled().map { try Products.drill($0) })
            var seen: [String] = []
            var after: String?
            repeat {
                let page = try await catalog.products(after: after, limit: 7)
                seen += try page.items.map { document -> String in
                    guard case .string(let id)? = try Products.field(document, "id") else { return "" }
                    return id
                }
                after = page.nextAfter
            } while after != nil
            #expect(seen == ids)
        }
    }

    @Test func listingByCategoryIncludesSubcategoriesOnly() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.upsertProducts([
                try Products.input(#"{"id": "a", "title": "A", "category": "Tools > Drills"}"#),
                try Products.input(#"{"id": "b", "title": "B", "category": "Tools > Drills > Hammer Drills"}"#),
                try Products.input(#"{"id": "c", "title": "C", "category": "Tools > Drill Bits"}"#),
                try Products.input(#"{"id": "d", "title": "D", "sku": "777"}"#),
            ])
            let drills = try await catalog.products(after: nil, limit: 10, category: "Tools > Drills")
            #expect(drills.items.count == 2)
            let tools = try await catalog.products(after: nil, limit: 10, category: "Tools")
            #expect(tools.items.count == 3)
            let bySku = try await catalog.products(after: nil, limit: 10, sku: "777")
            #expect(try bySku.items.map { try Products.field($0, "id") } == [.string("d")])
            await #expect(throws: CatalogError.self) { _ = try await catalog.products(after: nil, limit: 0) }
        }
    }
}
