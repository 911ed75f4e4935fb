import AisleServer
import Catalog
import CatalogTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import SearchIndex
import Testing

/// Runs the whole server in-process for a test: a fresh database, a fresh index folder, the
/// application with its services, and a client that calls the router directly (no sockets) or,
/// with `live`, a real server on localhost.
enum ServerHarness {
    /// Runs `body` with a client of a prepared server and its state; `products` are written to the
    /// database before the server starts (so its first index build includes them), and the index
    /// folder starts as a copy of `indexFixture` when one is given. With `live`, the server listens
    /// on a port of localhost (`client.port`) and requests go through its whole channel pipeline;
    /// `searchCacheBytes` 0 turns the search cache off; the server logs to `logger`.
    static func withServer<R: Sendable>(products: [String] = [], indexFixture: String? = nil, live: Bool = false,
                                        searchCacheBytes: Int = ServerConfiguration.defaultSearchCacheBytes,
                                        logger: Logger = TestDatabase.logger,
                                        _ body: @Sendable (any TestClientProtocol, ServerState) async throws -> R) async throws -> R {
        try await TestDatabase.withDatabase { url in
            if !products.isEmpty {
                try await Catalog.withRunningClient(url: url, logger: TestDatabase.logger) { catalog in
                    try await catalog.migrate()
                    let inputs = try products.map { try ProductInput(json: try JSONValue.parse(Array($0.utf8)), mode: .api) }
                    _ = try await catalog.upsertProducts(inputs)
                }
            }
            let folder = TemporaryFolder()
            if let indexFixture { try FileManager.default.copyItem(atPath: indexFixture, toPath: folder.path + "/index") }
            var follower = IndexFollower.Configuration()
            follower.pollInterval = .milliseconds(200)
            let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, database: url, indexPath: folder.path + "/index",
                                                    maximumConnections: 8, follower: follower, searchCacheBytes: searchCacheBytes)
            let (application, state) = AisleApplication.make(configuration: configuration, logger: logger)
            let result = try await application.test(live ? .live : .router) { client in try await body(client, state) }
            _ = folder
            return result
        }
    }

    /// A product JSON object with `id`, a title and `extra` members.
    static func product(_ id: String, title: String = "Cordless Drill", _ extra: String = "") -> String {
        #"{"id": "\#(id)", "title": "\#(title) \#(id)", "brand": "Torvane", "category": "Tools > Drills", "price": 50, "currency": "USD"\#(extra.isEmpty ? "" : ", " + extra)}"#
    }
}
