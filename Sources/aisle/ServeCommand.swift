import AisleServer
import ArgumentParser
import Catalog
import Foundation
import Logging

/// `aisle serve`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Serve the HTTP JSON API (catalog, search, suggestions, metrics).",
        discussion: """
        Each option falls back to an environment variable: AISLE_HOST, AISLE_PORT, DATABASE_URL, AISLE_INDEX, LOG_LEVEL, \
        AISLE_SEARCH_CACHE_BYTES. \
        Migrates the database and, when the index folder holds no index, builds it from the catalog before listening. \
        Logs are JSON lines on standard error. SIGTERM or SIGINT stops it gracefully.
        """
    )

    @Option(help: "Address to listen on (AISLE_HOST; default 127.0.0.1).")
    var host: String?

    @Option(help: "Port to listen on, 0 for any free port (AISLE_PORT; default 8080).")
    var port: Int?

    @OptionGroup var databaseOptions: DatabaseOptions

    @OptionGroup var indexOptions: IndexOptions

    @Option(name: .customLong("log-level"), help: "trace, debug, info, notice, warning, error or critical (LOG_LEVEL; default info).")
    var logLevel: String?

    @Option(name: .customLong("search-cache-bytes"),
            help: "Most bytes of /v1/search answers kept for identical requests on an unchanged index, 0 for none (AISLE_SEARCH_CACHE_BYTES; default 67108864).")
    var searchCacheBytes: Int?

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        let levelName = logLevel ?? environment["LOG_LEVEL"] ?? "info"
        guard let level = Logger.Level(rawValue: levelName) else {
            throw ValidationError("--log-level must be one of trace, debug, info, notice, warning, error, critical (not '\(levelName)')")
        }
        let portText = port.map(String.init) ?? environment["AISLE_PORT"] ?? "8080"
        guard let port = Int(portText), (0...65535).contains(port) else { throw ValidationError("the port must be from 0 to 65535 (not '\(portText)')") }
        let cacheText = searchCacheBytes.map(String.init) ?? environment["AISLE_SEARCH_CACHE_BYTES"] ?? String(ServerConfiguration.defaultSearchCacheBytes)
        guard let cacheBytes = Int(cacheText), cacheBytes >= 0 else {
            throw ValidationError("the search cache size must be a number of bytes, 0 or more (not '\(cacheText)')")
        }
        let database = try databaseOptions.database(environment: environment)
        LoggingSystem.bootstrap { label in JSONLogHandler(label: label, level: level) }
        let logger = Logger(label: "aisle")
        let configuration = ServerConfiguration(host: host ?? environment["AISLE_HOST"] ?? "127.0.0.1", port: port, database: database,
                                                indexPath: indexOptions.path(environment: environment), searchCacheBytes: cacheBytes)
        logger.info("starting", metadata: ["database": "\(database)", "index": "\(configuration.indexPath)"])
        do {
            try await AisleApplication.run(configuration: configuration, logger: logger)
        } catch {
            logger.critical("stopped by an error", metadata: ["error": "\(error)"])
            throw ExitCode(1)
        }
    }
}
