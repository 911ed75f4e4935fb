import PostgresNIO

extension Catalog {
    /// The stock of product `productID` per location, by location name. Throws `.notFound` when the
    /// product does not exist.
    public func inventory(productID: String) async throws(CatalogError) -> [InventoryLevel] {
        let logger = logger
        let levels = try await withConnection { connection -> [InventoryLevel]? in
            let rows = try await connection.rows("""
                SELECT i.location, i.quantity,
                       to_char(i.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                FROM products p LEFT JOIN inventory i ON i.product_id = p.id
                WHERE p.id = \(productID)
                ORDER BY i.location
                """, as: (String?, Int?, String?).self, logger: logger)
            guard !rows.isEmpty else { return nil }
            return rows.compactMap { location, quantity, updatedAt in
                guard let location, let quantity, let updatedAt else { return nil }
                return InventoryLevel(location: location, quantity: quantity, updatedAt: updatedAt)
            }
        }
        guard let levels else { throw .notFound("product '\(productID)'") }
        return levels
    }

    /// Sets the stock of product `productID` at `location` (1–64 characters, trimmed) to `quantity`
    /// (0–2147483647).
    /// A change reaches the index (the product's `stock` is the sum over locations). Throws
    /// `.notFound` when the product does not exist.
    public func setInventory(productID: String, location: String, quantity: Int) async throws(CatalogError) -> InventoryLevel {
        guard location.unicodeScalars.count <= 64, !location.trimmedWhitespace.isEmpty,
              !location.unicodeScalars.contains(where: { $0 == "/" || $0.properties.generalCategory == .control }) else {
            throw .invalid(field: "location", "must have 1 to 64 characters, not blank, without '/' or control characters")
        }
        let location = location.trimmedWhitespace
        guard (0...Int(Int32.max)).contains(quantity) else { throw .invalid(field: "quantity", "must be an integer from 0 to \(Int32.max)") }
        let logger = logger
        return try await transaction { connection in
            let exists = try await connection.values("SELECT id FROM products WHERE id = \(productID) FOR SHARE", as: String.self, logger: logger)
            guard !exists.isEmpty else { throw CatalogError.notFound("product '\(productID)'") }
            let previous = try await connection.values("""
                SELECT quantity FROM inventory WHERE product_id = \(productID) AND location = \(location) FOR UPDATE
                """, as: Int.self, logger: logger).first
            let updated: [String]
            if previous == quantity {
                updated = try await connection.values("""
                    SELECT to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                    FROM inventory WHERE product_id = \(productID) AND location = \(location)
                    """, as: String.self, logger: logger)
            } else {
                updated = try await connection.values("""
                    INSERT INTO inventory (product_id, location, quantity) VALUES (\(productID), \(location), \(quantity))
                    ON CONFLICT (product_id, location) DO UPDATE SET quantity = EXCLUDED.quantity, updated_at = now()
                    RETURNING to_char(updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')
                    """, as: String.self, logger: logger)
            }
            guard let updatedAt = updated.first else { throw CatalogError.internal("inventory upsert returned no row") }
            if previous != quantity { try await Catalog.appendOutbox([productID], on: connection, logger: logger) }
            return InventoryLevel(location: location, quantity: quantity, updatedAt: updatedAt)
        }
    }
}
