import Catalog
import Foundation
import Logging
import PostgresNIO

/// A fresh PostgreSQL database for one test, created on the server `DATABASE_URL` names (the test
/// instance `scripts/test.sh` starts) and dropped afterwards, so tests never see each other's rows,
/// notifications or locks.
public enum TestDatabase {
    /// Why a test cannot run.
    public struct Unavailable: Error, CustomStringConvertible {
        /// What is missing.
        public var description: String
    }

    /// A logger for tests: warnings and errors only.
    public static var logger: Logger {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        return logger
    }

    /// The URL of the server to create test databases on. Throws when `DATABASE_URL` is not set.
    public static func serverURL() throws -> DatabaseURL {
        guard let text = ProcessInfo.processInfo.environment["DATABASE_URL"], !text.isEmpty else {
            throw Unavailable(description: "DATABASE_URL is not set: run the tests through scripts/test.sh, which starts PostgreSQL and exports it")
        }
        return try DatabaseURL(text)
    }

    /// Creates a database, runs `body` with its URL and a migrated catalog whose client is running,
    /// then stops the client and drops the database (also when `body` throws).
    public static func withCatalog<R: Sendable>(_ body: @Sendable (DatabaseURL, Catalog) async throws -> R) async throws -> R {
        try await withDatabase { url in
            try await Catalog.withRunningClient(url: url, logger: logger) { catalog in
                try await catalog.migrate()
                return try await body(url, catalog)
            }
        }
    }

    /// Creates an empty database, runs `body` with its URL, and drops the database afterwards.
    public static func withDatabase<R: Sendable>(_ body: @Sendable (DatabaseURL) async throws -> R) async throws -> R {
        var url = try serverURL()
        let name = "aisle_test_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        try await administer("CREATE DATABASE \(name)", on: url)
        url.database = name
        do {
            let result = try await body(url)
            try await administer("DROP DATABASE \(name) WITH (FORCE)", on: try serverURL())
            return result
        } catch {
            try? await administer("DROP DATABASE \(name) WITH (FORCE)", on: try serverURL())
            throw error
        }
    }

    /// Runs one statement on a short-lived connection to `url`.
    private static func administer(_ sql: String, on url: DatabaseURL) async throws {
        try await Catalog.withRunningClient(url: url, logger: logger, maximumConnections: 1) { catalog in
            _ = try await catalog.client.query(PostgresQuery(unsafeSQL: sql))
        }
    }
}
