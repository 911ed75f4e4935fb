import Logging
import PostgresNIO
import SearchIndex

extension Catalog {
    /// Every category, by path (so parents come before their children); with `parent`, only the
    /// children of that node.
    public func categories(parent: Int64? = nil) async throws(CatalogError) -> [Category] {
        let logger = logger
        return try await withConnection { connection in
            try await connection.rows("""
                SELECT id, parent_id, name, path FROM categories
                WHERE \(parent)::bigint IS NULL OR parent_id = \(parent)
                ORDER BY path
                """, as: (Int64, Int64?, String, String).self, logger: logger).map(Category.init)
        }
    }

    /// The category with `id`; throws `.notFound` when there is none.
    public func category(id: Int64) async throws(CatalogError) -> Category {
        let logger = logger
        let found = try await withConnection { connection in
            try await connection.rows("SELECT id, parent_id, name, path FROM categories WHERE id = \(id)",
                                      as: (Int64, Int64?, String, String).self, logger: logger).first.map(Category.init)
        }
        guard let found else { throw .notFound("category \(id)") }
        return found
    }

    /// Creates the category at `path` ("A > B > C" or an array of levels) and any missing ancestor.
    /// Returns it and whether it was new (an existing path is not an error: creating is idempotent).
    public func createCategory(path: JSONValue) async throws(CatalogError) -> (category: Category, created: Bool) {
        let levels = try ProductFields(members: [("path", path)]).categoryLevels(key: "path")
        guard !levels.isEmpty else { throw .invalid(field: "path", "is required") }
        let logger = logger
        let fullPath = levels.joined(separator: " > ")
        return try await transaction { connection in
            let created = try await Catalog.ensureCategories([levels], on: connection, logger: logger)
            guard let row = try await connection.rows("SELECT id, parent_id, name, path FROM categories WHERE path = \(fullPath)",
                                                      as: (Int64, Int64?, String, String).self, logger: logger).first else {
                throw CatalogError.internal("category '\(fullPath)' vanished after it was created")
            }
            return (Category(row), created.contains(fullPath))
        }
    }

    /// Deletes the category `id`. Throws `.notFound` when there is none and `.conflict` while
    /// products or subcategories still belong to it.
    public func deleteCategory(id: Int64) async throws(CatalogError) {
        let logger = logger
        do {
            try await transaction { connection in
                let deleted = try await connection.values("DELETE FROM categories WHERE id = \(id) RETURNING id", as: Int64.self, logger: logger)
                guard !deleted.isEmpty else { throw CatalogError.notFound("category \(id)") }
            }
        } catch .conflict {
            throw .conflict(field: nil, "category \(id) still has products or subcategories")
        }
    }

    /// Creates every category on the given paths (and their ancestors) that does not exist yet;
    /// returns the paths it created. Safe under concurrency: a path created meanwhile by another
    /// transaction is left alone.
    @discardableResult
    static func ensureCategories(_ paths: [[String]], on connection: PostgresConnection, logger: Logger) async throws -> Set<String> {
        var byDepth: [[(path: String, name: String, parent: String)]] = []
        var seen: Set<String> = []
        for levels in paths {
            for depth in levels.indices {
                let path = levels[...depth].joined(separator: " > ")
                guard seen.insert(path).inserted else { continue }
                while byDepth.count <= depth { byDepth.append([]) }
                byDepth[depth].append((path, levels[depth], depth == 0 ? "" : levels[..<depth].joined(separator: " > ")))
            }
        }
        var created: Set<String> = []
        for nodes in byDepth {
            created.formUnion(try await connection.values("""
                INSERT INTO categories (path, name, parent_id)
                SELECT u.path, u.name, parent.id
                FROM unnest(\(nodes.map(\.path))::text[], \(nodes.map(\.name))::text[], \(nodes.map(\.parent))::text[]) AS u(path, name, parent_path)
                LEFT JOIN categories parent ON parent.path = u.parent_path
                WHERE NOT EXISTS (SELECT 1 FROM categories existing WHERE existing.path = u.path)
                ON CONFLICT (path) DO NOTHING
                RETURNING path
                """, as: String.self, logger: logger))
        }
        return created
    }
}
