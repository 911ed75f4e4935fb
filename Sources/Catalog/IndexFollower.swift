import Foundation
import Logging
import NIOPosix
import PostgresNIO
import SearchIndex
import ServiceLifecycle
import Synchronization

/// Keeps the index in step with the catalog: applies outbox rows in sequence order, each batch in
/// one index transaction that also records the batch's last sequence (`Index.write(_:appliedSequence:)`).
///
/// It wakes on LISTEN/NOTIFY (and every `pollInterval`, in case a notification is lost while the
/// listening connection reconnects), so a change is searchable a few milliseconds after its
/// transaction commits. After a crash it resumes from the sequence the index recorded: a change is
/// applied once, never skipped. It also adopts generations that `aisle reindex` publishes (after
/// bringing them up to date), rebuilds the index from the catalog when the outbox no longer holds
/// the changes it needs, and prunes applied outbox rows older than `outboxRetention`.
///
/// Run it as a `Service`; it stops after the batch in progress on graceful shutdown.
public final class IndexFollower: Service, Sendable {
    /// Tuning.
    public struct Configuration: Sendable {
        /// Outbox rows read and applied per index transaction.
        public var batchSize = 1000
        /// Longest wait between two looks at the outbox when no notification arrives.
        public var pollInterval: Duration = .seconds(1)
        /// Applied outbox rows younger than this are kept (a reindex replays the rows after its
        /// snapshot, which may be this old when it publishes).
        public var outboxRetention: Duration = .seconds(24 * 3600)
        /// How often applied rows are pruned.
        public var pruneInterval: Duration = .seconds(300)

        /// The defaults.
        public init() {}
    }

    /// One applied batch, for metrics.
    public struct Batch: Sendable {
        /// Outbox rows applied.
        public var changes: Int
        /// The last sequence applied.
        public var sequence: UInt64
        /// For each row, seconds from its write in PostgreSQL to the commit of the index transaction.
        public var lags: [Double]
    }

    /// Where the follower stands.
    public struct Status: Sendable, Equatable {
        /// The last sequence applied to the live index (nil before the first look).
        public var appliedSequence: UInt64?
        /// Whether the last look at the outbox found nothing left to apply.
        public var caughtUp = false
        /// The last failure, cleared by the next successful catch-up.
        public var lastError: String?
    }

    let catalog: Catalog
    let live: LiveIndex
    let configuration: Configuration
    let logger: Logger
    let onBatch: @Sendable (Batch) -> Void
    private let state = Mutex(Status())
    private let lastPrune = Mutex(ContinuousClock.now)

    /// A follower applying `catalog`'s outbox to `live`; `onBatch` is told about every applied batch.
    public init(catalog: Catalog, live: LiveIndex, configuration: Configuration = Configuration(), logger: Logger,
                onBatch: @escaping @Sendable (Batch) -> Void = { _ in }) {
        self.catalog = catalog
        self.live = live
        self.configuration = configuration
        self.logger = logger
        self.onBatch = onBatch
    }

    /// Where the follower stands now.
    public var status: Status { state.withLock { $0 } }

    /// Follows the outbox until graceful shutdown (or cancellation).
    public func run() async throws {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await self.listen(wake) }
            group.addTask {
                while !Task.isCancelled {
                    try await Task.sleep(for: self.configuration.pollInterval)
                    wake.yield()
                }
            }
            wake.yield()
            for await _ in wakes.cancelOnGracefulShutdown() {
                do {
                    try await catchUp()
                } catch {
                    logger.warning("index follower: catching up failed; will retry", metadata: ["error": "\(error)"])
                    state.withLock { $0.lastError = "\(error)"; $0.caughtUp = false }
                }
            }
            group.cancelAll()
        }
    }

    /// Applies every change committed so far (adopting a newly published generation first), and
    /// prunes the outbox when it is time. Returns the number of outbox rows applied. `run()` calls
    /// it on every wake-up; tests and tools may call it directly (but not while `run()` runs).
    @discardableResult
    public func catchUp() async throws -> Int {
        var applied = 0
        if let newer = try live.openNewerGeneration() {
            applied = try await apply(to: newer.index)
            try live.replace(with: newer.index, generation: newer.generation)
            logger.info("index follower: adopted a new generation", metadata: ["generation": "\(newer.generation)", "replayed": "\(applied)"])
        }
        applied += try await apply(to: live.index)
        state.withLock { $0.caughtUp = true; $0.lastError = nil }
        try await pruneIfDue()
        return applied
    }

    /// Applies the pending changes to `index`, batch by batch; rebuilds from the catalog when the
    /// outbox no longer starts right after the index's sequence.
    private func apply(to index: Index) async throws -> Int {
        var applied = 0
        while true {
            let from = try index.appliedSequence() ?? 0
            state.withLock { $0.appliedSequence = from }
            let changes = try await catalog.changes(after: from, limit: configuration.batchSize)
            guard let first = changes.first else { return applied }
            guard first.sequence == from + 1 else {
                logger.warning("index follower: the outbox was pruned past the index; rebuilding from the catalog",
                               metadata: ["index_sequence": "\(from)", "oldest_available": "\(first.sequence)"])
                _ = try await CatalogIndexer(catalog: catalog, path: live.path).rebuild()
                return applied + (try await catchUpAfterRebuild())
            }
            try await write(changes, to: index)
            applied += changes.count
            if changes.count < configuration.batchSize { return applied }
        }
    }

    /// Adopts the generation a rebuild just published.
    private func catchUpAfterRebuild() async throws -> Int {
        guard let newer = try live.openNewerGeneration() else { return 0 }
        let applied = try await apply(to: newer.index)
        try live.replace(with: newer.index, generation: newer.generation)
        return applied
    }

    /// One index transaction for `changes` (each product once, as it is now), recording the last
    /// sequence.
    private func write(_ changes: [OutboxChange], to index: Index) async throws {
        let sequence = changes[changes.count - 1].sequence
        var latest: [String: Int] = [:]
        for (position, change) in changes.enumerated() { latest[change.productID] = position }
        let current = changes.indices.filter { latest[changes[$0].productID] == $0 }.map { changes[$0] }
        let logger = logger
        try await NIOThreadPool.singleton.runIfActive {
            let mapper = ProductDocumentMapper(schema: index.schema)
            let operations = current.map { change -> IndexOperation in
                guard let document = change.document else { return .delete(id: change.productID) }
                do {
                    return .upsert(try mapper.document(fromJSONLine: Array(document.utf8)))
                } catch {
                    logger.error("index follower: product cannot be indexed; removing it from the index",
                                 metadata: ["product": "\(change.productID)", "error": "\(error)"])
                    return .delete(id: change.productID)
                }
            }
            try index.write(operations, appliedSequence: sequence)
        }
        let now = Date().timeIntervalSince1970
        state.withLock { $0.appliedSequence = sequence }
        onBatch(Batch(changes: changes.count, sequence: sequence, lags: changes.map { max(0, now - $0.writtenAt) }))
    }

    private func pruneIfDue() async throws {
        let due = lastPrune.withLock { last in
            guard ContinuousClock.now - last >= configuration.pruneInterval else { return false }
            last = .now
            return true
        }
        guard due, let sequence = try live.index.appliedSequence() else { return }
        let pruned = try await catalog.pruneOutbox(through: sequence, olderThan: configuration.outboxRetention)
        if pruned > 0 { logger.info("index follower: pruned the outbox", metadata: ["rows": "\(pruned)", "through": "\(sequence)"]) }
    }

    /// Turns notifications on the outbox channel into wake-ups, reconnecting after failures, until
    /// cancelled.
    private func listen(_ wake: AsyncStream<Void>.Continuation) async {
        while !Task.isCancelled {
            do {
                try await catalog.client.withConnection { connection in
                    try await connection.listen(on: Catalog.notificationChannel) { notifications in
                        wake.yield()
                        for try await _ in notifications { wake.yield() }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                logger.warning("index follower: listening for changes failed; polling until it reconnects", metadata: ["error": "\(error)"])
            }
            try? await Task.sleep(for: .seconds(1))
        }
    }
}
