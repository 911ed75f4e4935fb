import Logging
import NIOPosix
import PostgresNIO
import SearchIndex

/// Builds a new index generation from the catalog and publishes it atomically (`aisle reindex`, and
/// a server that starts without an index or finds its outbox pruned past its position).
///
/// The products are read in one REPEATABLE READ transaction, together with the outbox's last
/// sequence, and the new generation records that sequence: a follower that adopts it replays
/// exactly the changes committed after the snapshot. Searches on the old generation go on during
/// the build; a failed or killed build leaves it untouched.
public struct CatalogIndexer: Sendable {
    /// What a rebuild did.
    public struct Summary: Sendable {
        /// The builder's summary (documents, rejections, seconds, bytes).
        public var build: IndexBuilder.Summary
        /// The outbox sequence the new generation is current with.
        public var sequence: UInt64
        /// Products the index could not take ("id: reason"); the catalog's own checks make this
        /// empty unless rows were written around them.
        public var skipped: [String]
    }

    /// The catalog to read.
    public let catalog: Catalog
    /// The index folder to publish into.
    public let path: String
    /// Products per batch (one fetch from PostgreSQL and one index transaction each).
    public var batchSize = 5000

    /// An indexer of `catalog` into the index at `path`.
    public init(catalog: Catalog, path: String) {
        self.catalog = catalog
        self.path = path
    }

    /// Builds and publishes the new generation, then notifies followers so that a running server
    /// adopts it at once. `progress` is called after every batch (on a thread-pool thread).
    /// Throws `CatalogError` for database failures and `IndexError` for index failures (another build
    /// of the same folder running, disk full).
    @discardableResult
    public func rebuild(progress: @escaping @Sendable (IndexBuilder.Progress) -> Void = { _ in }) async throws -> Summary {
        let logger = catalog.logger
        let builder = IndexBuilder(path: path)
        let batchSize = batchSize
        try await catalog.withConnection { connection in
            _ = try await connection.values("SELECT 1", as: Int.self, logger: logger)
        }
        let summary: Summary
        do {
            summary = try await catalog.client.withConnection { connection in
                try await connection.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY", logger: logger)
                do {
                    let sequence = UInt64(try await connection.values("SELECT last_sequence FROM outbox_state", as: Int64.self, logger: logger).first ?? 0)
                    try await connection.query("DECLARE aisle_reindex NO SCROLL CURSOR FOR SELECT id, document::text FROM product_documents", logger: logger)
                    let (build, skipped) = try await NIOThreadPool.singleton.runIfActive { () throws -> (IndexBuilder.Summary, [String]) in
                        let mapper = ProductDocumentMapper(schema: builder.schema)
                        var skipped: [String] = []
                        let build = try builder.build(progress: progress, appliedSequence: sequence) {
                            let fetched = try connection.query(PostgresQuery(unsafeSQL: "FETCH FORWARD \(batchSize) FROM aisle_reindex"), logger: logger).wait()
                            guard !fetched.rows.isEmpty else { return nil }
                            return try fetched.rows.compactMap { cells -> Result<IndexDocument, IndexBuilder.Rejection>? in
                                let (id, document) = try cells.decode((String, String).self)
                                do {
                                    return .success(try mapper.document(fromJSONLine: Array(Catalog.compact(document).utf8)))
                                } catch {
                                    skipped.append("\(id): \(error)")
                                    return nil
                                }
                            }
                        }
                        return (build, skipped)
                    }
                    try await connection.query("COMMIT", logger: logger)
                    return Summary(build: build, sequence: sequence, skipped: skipped)
                } catch {
                    _ = try? await connection.query("ROLLBACK", logger: logger)
                    throw error
                }
            }
        } catch let error as IndexError {
            throw error
        } catch {
            throw CatalogError(translating: error, logger: logger)
        }
        try await catalog.withConnection { connection in
            _ = try await connection.query(PostgresQuery(unsafeSQL: "NOTIFY \(Catalog.notificationChannel)"), logger: logger)
        }
        for product in summary.skipped { logger.error("reindex: product cannot be indexed", metadata: ["product": "\(product)"]) }
        logger.info("index rebuilt", metadata: [
            "documents": "\(summary.build.documents)", "skipped": "\(summary.skipped.count)",
            "seconds": "\(summary.build.seconds)", "sequence": "\(summary.sequence)",
        ])
        return summary
    }
}
