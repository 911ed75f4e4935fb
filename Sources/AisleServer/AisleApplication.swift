import Catalog
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import PostgresNIO
import ServiceLifecycle

/// The Aisle server: the HTTP JSON API over the catalog and the index.
///
/// One `ServiceGroup` runs everything long-lived: the PostgreSQL client, the index follower, and the
/// HTTP server; SIGTERM or SIGINT shuts them down gracefully in reverse order (the server stops
/// accepting, in-flight requests finish, the follower finishes its batch, connections close).
/// Before the server listens, `ServerState.prepare()` migrates the database and opens (or builds)
/// the index.
public enum AisleApplication {
    /// Connections the kernel queues before the server accepts them. Hummingbird's default, 256,
    /// drops the connection attempts of a burst of 1,000 clients (they retry a second later); the
    /// kernel caps this at `net.core.somaxconn` (4096 on current Linux).
    static let backlog = 4096
    /// Connections accepted per turn of the event loop (see `make`).
    static let acceptsPerRead: UInt = 256

    /// The router: every route of the API under its middleware (metrics outside, errors inside).
    public static func router(state: ServerState) -> Router<BasicRequestContext> {
        let router = Router()
        let table = RouteTable()
        router.add(middleware: RequestMetricsMiddleware(metrics: state.metrics))
        router.add(middleware: ErrorMiddleware(routes: table))
        OperationsRoutes(state: state).register(on: router)
        SearchRoutes(state: state).register(on: router)
        ProductRoutes(state: state).register(on: router)
        CategoryRoutes(state: state).register(on: router)
        SynonymRoutes(state: state).register(on: router)
        table.load(router)
        return router
    }

    /// The application for `configuration`, and the state its handlers share. Once it listens, it
    /// logs `listening` with the address (the port the system chose when `configuration.port` is 0).
    public static func make(configuration: ServerConfiguration, logger: Logger) -> (application: some ApplicationProtocol, state: ServerState) {
        let client = PostgresClient(configuration: configuration.database.clientConfiguration(maximumConnections: configuration.maximumConnections),
                                    backgroundLogger: logger)
        let state = ServerState(catalog: Catalog(client: client, logger: logger), configuration: configuration, logger: logger)
        // Cached searches are answered before the router (see `CachedSearchResponder`).
        let server = configuration.searchCacheBytes > 0
            ? HTTPServerBuilder { responder in CachedSearchChannel(http: HTTP1Channel(responder: responder), state: state, logger: logger) }
            : .http1()
        var application = Application(
            router: router(state: state),
            server: server,
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: "aisle",
                                                  backlog: Self.backlog),
            services: [client, FollowerService(state: state)],
            onServerRunning: { channel in
                // Accept up to `acceptsPerRead` waiting connections each time the event loop turns to
                // the listening socket (NIO's default is 4). Under load a turn of the loop serves
                // hundreds of connections first, so at 4 per turn a burst of 1,000 new clients waited
                // seconds in the kernel's queue.
                try? await channel.setOption(ChannelOptions.maxMessagesPerRead, value: Self.acceptsPerRead).get()
                logger.info("listening", metadata: ["address": "\(configuration.host):\(channel.localAddress?.port ?? configuration.port)"])
            },
            logger: logger
        )
        application.beforeServerStarts { try await state.prepare() }
        return (application, state)
    }

    /// Runs the server until SIGTERM or SIGINT.
    public static func run(configuration: ServerConfiguration, logger: Logger) async throws {
        try await make(configuration: configuration, logger: logger).application.runService()
    }
}
