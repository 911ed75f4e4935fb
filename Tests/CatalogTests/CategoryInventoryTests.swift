import Catalog
import CatalogTesting
import SearchIndex
import Testing

@Suite struct CategoryInventoryTests {
    @Test func creatingACategoryCreatesItsAncestorsOnce() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            let (drills, created) = try await catalog.createCategory(path: .string("Tools > Power Tools > Drills"))
            #expect(created)
            #expect(drills.name == "Drills")
            let again = try await catalog.createCategory(path: .array([.string("Tools"), .string("Power Tools"), .string("Drills")]))
            #expect(again.category == drills && !again.created)
            let all = try await catalog.categories()
            #expect(all.map(\.path) == ["Tools", "Tools > Power Tools", "Tools > Power Tools > Drills"])
            #expect(all[1].parentID == all[0].id && all[2].parentID == all[1].id)
            #expect(try await catalog.categories(parent: all[0].id).map(\.name) == ["Power Tools"])
            #expect(try await catalog.category(id: drills.id) == drills)
            await #expect(throws: CatalogError.invalid(field: "path", "has an empty level")) {
                _ = try await catalog.createCategory(path: .string("Tools >  > x"))
            }
        }
    }

    @Test func aCategoryInUseCannotBeDeleted() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("a"))
            let leaf = try #require(try await catalog.categories().last)
            await #expect(throws: CatalogError.conflict(field: nil, "category \(leaf.id) still has products or subcategories")) {
                try await catalog.deleteCategory(id: leaf.id)
            }
            try await catalog.deleteProduct(id: "a")
            try await catalog.deleteCategory(id: leaf.id)
            await #expect(throws: CatalogError.notFound("category \(leaf.id)")) { try await catalog.deleteCategory(id: leaf.id) }
        }
    }

    @Test func stockIsTheSumOverLocationsAndOnlyChangesGoToTheOutbox() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            _ = try await catalog.createProduct(try Products.drill("a"))
            #expect(try await catalog.inventory(productID: "a") == [])
            #expect(try Products.field(try await catalog.product(id: "a"), "stock") == .null)
            _ = try await catalog.setInventory(productID: "a", location: "north", quantity: 3)
            let level = try await catalog.setInventory(productID: "a", location: "south", quantity: 4)
            #expect(level.quantity == 4 && level.location == "south")
            #expect(try Products.field(try await catalog.product(id: "a"), "stock") == .number(7))
            let sequence = try await catalog.lastSequence()
            _ = try await catalog.setInventory(productID: "a", location: "south", quantity: 4)
            #expect(try await catalog.lastSequence() == sequence)
            #expect(try await catalog.inventory(productID: "a").map(\.location) == ["north", "south"])
            await #expect(throws: CatalogError.notFound("product 'zz'")) { _ = try await catalog.setInventory(productID: "zz", location: "x", quantity: 1) }
            await #expect(throws: CatalogError.self) { _ = try await catalog.setInventory(productID: "a", location: "x", quantity: -1) }
        }
    }
}
