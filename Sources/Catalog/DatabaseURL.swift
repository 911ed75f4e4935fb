import Foundation
import PostgresNIO

/// A PostgreSQL connection URL (`DATABASE_URL`), as libpq writes them:
/// `postgres://user:password@host:port/database?sslmode=disable&connect_timeout=5`.
///
/// Understood: the `postgres` and `postgresql` schemes, percent-encoded user, password and database,
/// `sslmode` (`disable`, `prefer` (default), `require`) and `connect_timeout` (seconds, default 5).
/// The password never appears in `description`.
public struct DatabaseURL: Sendable, Equatable, CustomStringConvertible {
    /// Host name or address.
    public var host: String
    /// TCP port (5432 when the URL has none).
    public var port: Int
    /// Role to log in as.
    public var user: String
    /// Password, if the URL has one.
    public var password: String?
    /// Database name.
    public var database: String
    /// TLS policy from `sslmode`.
    public var sslMode: String
    /// How long to wait for a connection before giving up.
    public var connectTimeout: Duration

    /// Parses `text`. Throws `CatalogError.invalid(field: "DATABASE_URL", …)` saying what is wrong.
    public init(_ text: String) throws {
        func invalid(_ message: String) -> CatalogError { .invalid(field: "DATABASE_URL", message) }
        guard let components = URLComponents(string: text), let scheme = components.scheme,
              scheme == "postgres" || scheme == "postgresql" else {
            throw invalid("expected postgres://user[:password]@host[:port]/database, got '\(Self.redacted(text))'")
        }
        guard let host = components.host, !host.isEmpty else { throw invalid("the URL has no host") }
        guard let user = components.user, !user.isEmpty else { throw invalid("the URL has no user name") }
        let database = String(components.path.drop { $0 == "/" })
        guard !database.isEmpty else { throw invalid("the URL has no database name") }
        self.host = host
        port = components.port ?? 5432
        self.user = user
        password = components.password
        self.database = database
        sslMode = "prefer"
        connectTimeout = .seconds(5)
        for item in components.queryItems ?? [] {
            switch item.name {
            case "sslmode":
                guard let value = item.value, ["disable", "prefer", "require"].contains(value) else {
                    throw invalid("sslmode must be disable, prefer or require")
                }
                sslMode = value
            case "connect_timeout":
                guard let value = item.value.flatMap(Int.init), value > 0 else { throw invalid("connect_timeout must be a positive number of seconds") }
                connectTimeout = .seconds(value)
            default:
                throw invalid("unsupported parameter '\(item.name)' (supported: sslmode, connect_timeout)")
            }
        }
    }

    /// The URL without its password.
    public var description: String { "postgres://\(user)@\(host):\(port)/\(database)" }

    /// A client configuration for this URL, with its connect timeout.
    public func clientConfiguration(maximumConnections: Int = 20) -> PostgresClient.Configuration {
        let tls: PostgresClient.Configuration.TLS
        switch sslMode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        default: tls = .prefer(.makeClientConfiguration())
        }
        var configuration = PostgresClient.Configuration(host: host, port: port, username: user, password: password, database: database, tls: tls)
        configuration.options.connectTimeout = connectTimeout
        configuration.options.maximumConnections = maximumConnections
        return configuration
    }

    static func redacted(_ text: String) -> String {
        guard var components = URLComponents(string: text), components.password != nil else { return text }
        components.password = "***"
        return components.string ?? "(unreadable URL)"
    }
}
