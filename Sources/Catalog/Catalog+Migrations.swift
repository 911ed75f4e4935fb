import PostgresNIO

extension Catalog {
    /// Brings the database schema up to date: applies the migrations of `Migration.all` it lacks, in
    /// order, in one transaction under an advisory lock (so servers and CLIs starting together do
    /// not race), and records each in `schema_migrations`. Returns the versions applied (empty when
    /// the schema was current). Throws when the database has a version this build does not know
    /// (it was migrated by a newer Aisle).
    @discardableResult
    public func migrate() async throws(CatalogError) -> [Int] {
        let logger = logger
        return try await transaction { connection in
            try await connection.query("SELECT pg_advisory_xact_lock(7419817241)", logger: logger)
            try await connection.query("""
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version     integer PRIMARY KEY,
                    name        text NOT NULL,
                    applied_at  timestamptz NOT NULL DEFAULT now()
                )
                """, logger: logger)
            let present = Set(try await connection.values("SELECT version FROM schema_migrations", as: Int.self, logger: logger))
            let known = Set(Migration.all.map(\.version))
            if let unknown = present.subtracting(known).max() {
                throw CatalogError.unavailable("the database schema has version \(unknown), newer than this build of Aisle knows (\(known.max() ?? 0)); upgrade Aisle")
            }
            var applied: [Int] = []
            for migration in Migration.all where !present.contains(migration.version) {
                for statement in migration.statements {
                    try await connection.query(PostgresQuery(unsafeSQL: statement), logger: logger)
                }
                try await connection.query("INSERT INTO schema_migrations (version, name) VALUES (\(migration.version), \(migration.name))", logger: logger)
                logger.info("applied migration", metadata: ["version": "\(migration.version)", "name": "\(migration.name)"])
                applied.append(migration.version)
            }
            return applied
        }
    }
}
