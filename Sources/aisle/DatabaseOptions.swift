import ArgumentParser
import Catalog
import Foundation

/// `--database-url`, shared by `serve`, `import` and `reindex`: the catalog database, from the
/// option or else the `DATABASE_URL` environment variable.
struct DatabaseOptions: ParsableArguments {
    @Option(name: .customLong("database-url"), help: "postgres://user[:password]@host[:port]/database (DATABASE_URL).")
    var databaseURL: String?

    /// The database the option or `environment` names. Throws a `ValidationError` (usage error,
    /// exit code 64) when neither names one or the URL is not a PostgreSQL URL.
    func database(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> DatabaseURL {
        guard let url = databaseURL ?? environment["DATABASE_URL"], !url.isEmpty else {
            throw ValidationError("give --database-url or set DATABASE_URL (scripts/services.sh env prints the local one)")
        }
        do {
            return try DatabaseURL(url)
        } catch {
            throw ValidationError("--database-url or DATABASE_URL: \(error)")
        }
    }
}
