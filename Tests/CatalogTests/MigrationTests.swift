import Catalog
import CatalogTesting
import Testing

@Suite struct MigrationTests {
    @Test func migratingTwiceAppliesEachMigrationOnce() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            #expect(try await catalog.migrate() == [])
            let rows = try await catalog.client.query("SELECT version FROM schema_migrations ORDER BY version")
            var versions: [Int] = []
            for try await version in rows.decode(Int.self) { versions.append(version) }
            #expect(versions == Migration.all.map(\.version))
        }
    }

    @Test func concurrentMigrationsDoNotRace() async throws {
        try await TestDatabase.withCatalog { _, catalog in
            try await catalog.client.query("DROP TABLE schema_migrations, outbox, outbox_state, inventory CASCADE")
            try await catalog.client.query("DROP TABLE products, categories CASCADE")
            async let first = catalog.migrate()
            async let second = catalog.migrate()
            let applied = try await [first, second]
            #expect(applied.filter { !$0.isEmpty } == [Migration.all.map(\.version)])
        }
    }
}
