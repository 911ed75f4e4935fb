import Logging
import PostgresNIO

extension Catalog {
    /// Appends one outbox row per id, with the next sequences, and notifies `notificationChannel`
    /// (delivered when the transaction commits). Call it last in a write transaction: from here to
    /// the commit, other writers wait on the `outbox_state` row, which is what makes sequences
    /// commit in order.
    static func appendOutbox(_ ids: [String], on connection: PostgresConnection, logger: Logger) async throws {
        guard !ids.isEmpty else { return }
        try await connection.query("""
            WITH next AS (
                UPDATE outbox_state SET last_sequence = last_sequence + cardinality(\(ids)::text[])
                RETURNING last_sequence - cardinality(\(ids)::text[]) AS base
            )
            INSERT INTO outbox (sequence, product_id)
            SELECT next.base + u.ordinality, u.id FROM next, unnest(\(ids)::text[]) WITH ORDINALITY AS u(id, ordinality)
            """, logger: logger)
        try await connection.query(PostgresQuery(unsafeSQL: "NOTIFY \(notificationChannel)"), logger: logger)
    }

    /// Outbox rows after `sequence`, in order, at most `limit`, each with its product's current
    /// document. Every row up to the last one returned is committed, so reading from the last
    /// sequence returned never skips a change.
    public func changes(after sequence: UInt64, limit: Int) async throws(CatalogError) -> [OutboxChange] {
        let logger = logger
        let after = Int64(clamping: sequence)
        return try await withConnection { connection in
            try await connection.rows("""
                SELECT o.sequence, o.product_id, extract(epoch FROM o.created_at)::float8, d.document::text
                FROM outbox o LEFT JOIN product_documents d ON d.id = o.product_id
                WHERE o.sequence > \(after)
                ORDER BY o.sequence
                LIMIT \(limit)
                """, as: (Int64, String, Double, String?).self, logger: logger).map { sequence, id, writtenAt, document in
                OutboxChange(sequence: UInt64(sequence), productID: id, writtenAt: writtenAt, document: document.map(Catalog.compact))
            }
        }
    }

    /// The last sequence handed out and committed (0 before the first change).
    public func lastSequence() async throws(CatalogError) -> UInt64 {
        let logger = logger
        return try await withConnection { connection in
            let last = try await connection.values("SELECT last_sequence FROM outbox_state", as: Int64.self, logger: logger).first
            return UInt64(last ?? 0)
        }
    }

    /// Deletes outbox rows up to `sequence` that are older than `age`; returns how many. The age
    /// keeps the rows a reindex that started a while ago will replay after its swap.
    @discardableResult
    public func pruneOutbox(through sequence: UInt64, olderThan age: Duration) async throws(CatalogError) -> Int {
        let logger = logger
        let through = Int64(clamping: sequence)
        let seconds = age.seconds
        return try await withConnection { connection in
            try await connection.values("""
                WITH gone AS (
                    DELETE FROM outbox WHERE sequence <= \(through) AND created_at < clock_timestamp() - make_interval(secs => \(seconds))
                    RETURNING 1
                )
                SELECT count(*) FROM gone
                """, as: Int64.self, logger: logger).first.map(Int.init) ?? 0
        }
    }
}
