import Catalog

/// Everything `aisle serve` needs to know.
public struct ServerConfiguration: Sendable {
    /// Address to listen on.
    public var host: String
    /// Port to listen on (0: any free port; the `listening` log line tells which).
    public var port: Int
    /// The catalog database.
    public var database: DatabaseURL
    /// The index folder (built from the catalog at start when it holds no index yet).
    public var indexPath: String
    /// Most PostgreSQL connections the server opens.
    public var maximumConnections: Int
    /// The index follower's tuning.
    public var follower: IndexFollower.Configuration
    /// Most bytes the search cache holds (answers of `/v1/search` for identical requests on an
    /// unchanged index); 0 turns it off.
    public var searchCacheBytes: Int

    /// The default search cache size: 64 MiB.
    public static let defaultSearchCacheBytes = 64 << 20

    /// A configuration with the defaults: 20 connections, the follower's defaults, a 64 MiB search cache.
    public init(host: String, port: Int, database: DatabaseURL, indexPath: String, maximumConnections: Int = 20,
                follower: IndexFollower.Configuration = IndexFollower.Configuration(), searchCacheBytes: Int = defaultSearchCacheBytes) {
        self.host = host
        self.port = port
        self.database = database
        self.indexPath = indexPath
        self.maximumConnections = maximumConnections
        self.follower = follower
        self.searchCacheBytes = searchCacheBytes
    }
}
