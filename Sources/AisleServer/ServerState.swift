import Catalog
import Logging
import SearchIndex
import Synchronization

/// What the request handlers and services share: the catalog, the metrics, and, once `prepare()`
/// has run, the live index and its follower.
///
/// `prepare()` runs before the server accepts connections: it migrates the database, builds the
/// index from the catalog when the folder has none (or one of another format), and opens it. Until it is done (or if it
/// failed) handlers that need the index answer 503.
public final class ServerState: Sendable {
    /// The index and the follower that keeps it current.
    public struct Prepared: Sendable {
        /// The index searches read.
        public var live: LiveIndex
        /// Its follower (run by `FollowerService`).
        public var follower: IndexFollower
    }

    private enum Phase {
        case starting([CheckedContinuation<Prepared, any Error>])
        case ready(Prepared)
        case failed(String)
    }

    /// The catalog in PostgreSQL.
    public let catalog: Catalog
    /// The server's metrics.
    public let metrics: ServerMetrics
    /// The configuration the server was started with.
    public let configuration: ServerConfiguration
    /// Answers of `/v1/search` for identical requests on an unchanged index.
    let searchCache: SearchCache
    let logger: Logger
    private let phase = Mutex(Phase.starting([]))

    /// State for a server over `catalog` with `configuration`.
    public init(catalog: Catalog, configuration: ServerConfiguration, logger: Logger) {
        self.catalog = catalog
        self.configuration = configuration
        self.logger = logger
        metrics = ServerMetrics()
        searchCache = SearchCache(capacity: configuration.searchCacheBytes)
    }

    /// Migrates the database, builds the index from the catalog if there is none (or if it has
    /// another format version: the catalog is the source of truth), and opens it. Called once,
    /// before the server listens.
    func prepare() async throws {
        do {
            let applied = try await catalog.migrate()
            if !applied.isEmpty { logger.info("database migrated", metadata: ["versions": "\(applied)"]) }
            let path = configuration.indexPath
            if !IndexDirectory(path: path).exists {
                logger.info("no index yet: building it from the catalog", metadata: ["index": "\(path)"])
                try await CatalogIndexer(catalog: catalog, path: path).rebuild()
            }
            let live: LiveIndex
            do {
                live = try LiveIndex(path: path)
            } catch let error as IndexError {
                guard case .formatMismatch = error else { throw error }
                logger.warning("the index was written by another format version: rebuilding it from the catalog", metadata: ["error": "\(error)"])
                try await CatalogIndexer(catalog: catalog, path: path).rebuild()
                live = try LiveIndex(path: path)
            }
            let metrics = metrics
            let follower = IndexFollower(catalog: catalog, live: live, configuration: configuration.follower, logger: logger,
                                         onBatch: { metrics.recordBatch($0) })
            let prepared = Prepared(live: live, follower: follower)
            let waiters = phase.withLock { phase -> [CheckedContinuation<Prepared, any Error>] in
                guard case .starting(let waiters) = phase else { return [] }
                phase = .ready(prepared)
                return waiters
            }
            for waiter in waiters { waiter.resume(returning: prepared) }
        } catch {
            let waiters = phase.withLock { phase -> [CheckedContinuation<Prepared, any Error>] in
                guard case .starting(let waiters) = phase else { return [] }
                phase = .failed("\(error)")
                return waiters
            }
            for waiter in waiters { waiter.resume(throwing: error) }
            logger.critical("the server could not start", metadata: ["error": "\(error)"])
            throw error
        }
    }

    /// Waits until `prepare()` has finished; throws its error if it failed. Cancelling the waiting
    /// task ends the wait with `CancellationError` (for every waiter: there is one, the follower).
    func prepared() async throws -> Prepared {
        try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                let outcome = phase.withLock { phase -> Result<Prepared, any Error>? in
                    switch phase {
                    case .starting(let waiters):
                        phase = .starting(waiters + [continuation])
                        return nil
                    case .ready(let prepared): return .success(prepared)
                    case .failed(let message): return .failure(APIError(.unavailable, "the server failed to start: \(message)"))
                    }
                }
                if let outcome { continuation.resume(with: outcome) }
            }
        } onCancel: {
            let waiters = phase.withLock { phase -> [CheckedContinuation<Prepared, any Error>] in
                guard case .starting(let waiters) = phase else { return [] }
                phase = .starting([])
                return waiters
            }
            for waiter in waiters { waiter.resume(throwing: CancellationError()) }
        }
    }

    /// The index and follower; throws `unavailable` while the server is starting or if it failed.
    func current() throws(APIError) -> Prepared {
        try phase.withLock { phase throws(APIError) -> Prepared in
            switch phase {
            case .ready(let prepared): return prepared
            case .starting: throw APIError(.unavailable, "the server is starting")
            case .failed(let message): throw APIError(.unavailable, "the server failed to start: \(message)")
            }
        }
    }
}
