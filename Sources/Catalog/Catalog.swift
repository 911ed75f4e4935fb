import Logging
import PostgresNIO

/// The product catalog in PostgreSQL: products, categories, inventory, and the outbox that feeds
/// the search index.
///
/// Every write that changes what a product looks like (its row, its category, its inventory)
/// appends one outbox row per product in the same transaction and notifies `notificationChannel`
/// on commit; `IndexFollower` applies those rows to the index in order. Each operation runs within
/// `timeout` (connection included) and fails with `CatalogError.unavailable` when PostgreSQL does not
/// answer in time; database errors become `CatalogError`s (a duplicate id is `.conflict`, never a
/// crash). The client must be running (`PostgresClient.run()`, e.g. as a service) for operations to
/// proceed.
public struct Catalog: Sendable {
    /// The pooled client.
    public let client: PostgresClient
    /// Where database errors are logged.
    public let logger: Logger
    /// Longest time one operation may take, waiting for a connection included.
    public var timeout: Duration

    /// The LISTEN/NOTIFY channel notified when outbox rows commit.
    public static let notificationChannel = "aisle_outbox"

    /// A catalog over `client`.
    public init(client: PostgresClient, logger: Logger, timeout: Duration = .seconds(10)) {
        self.client = client
        self.logger = logger
        self.timeout = timeout
    }

    /// Runs `body` in one transaction on a pooled connection: committed when it returns, rolled back
    /// when it throws. Errors come out as `CatalogError`.
    func transaction<R: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> R) async throws(CatalogError) -> R {
        try await withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let result = try await body(connection)
                try await connection.query("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    /// Runs `body` on a pooled connection (each statement its own transaction), within `timeout`.
    func withConnection<R: Sendable>(_ body: @escaping @Sendable (PostgresConnection) async throws -> R) async throws(CatalogError) -> R {
        let client = client
        do {
            return try await Deadline.run(within: timeout, "PostgreSQL") {
                try await client.withConnection { connection in try await body(connection) }
            }
        } catch {
            throw CatalogError(translating: error, logger: logger)
        }
    }
}

extension Catalog {
    /// Checks that PostgreSQL answers within `limit`; throws `.unavailable` otherwise.
    public func ping(within limit: Duration = .seconds(2)) async throws(CatalogError) {
        var quick = self
        quick.timeout = limit
        let logger = logger
        try await quick.withConnection { connection in
            _ = try await connection.values("SELECT 1", as: Int.self, logger: logger)
        }
    }
}

extension Catalog {
    /// Runs `body` with a catalog on `url` whose pooled client runs exactly as long as `body` (in a
    /// child task, stopped when `body` returns or throws): for command-line tools and tests, which
    /// have no service group. The client's own background log keeps errors only (it warns when the
    /// first lease races the child task's start, which is harmless: the lease waits).
    public static func withRunningClient<R: Sendable>(url: DatabaseURL, logger: Logger, maximumConnections: Int = 4,
                                                      _ body: @Sendable (Catalog) async throws -> R) async throws -> R {
        var background = logger
        background.logLevel = max(logger.logLevel, .error)
        let client = PostgresClient(configuration: url.clientConfiguration(maximumConnections: maximumConnections), backgroundLogger: background)
        return try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await client.run() }
            defer { group.cancelAll() }
            return try await body(Catalog(client: client, logger: logger))
        }
    }
}
