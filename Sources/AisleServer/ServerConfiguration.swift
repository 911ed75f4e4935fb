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

    /// A configuration with the defaults: 20 connections, the follower's defaults.
    public init(host: String, port: Int, database: DatabaseURL, indexPath: String, maximumConnections: Int = 20,
                follower: IndexFollower.Configuration = IndexFollower.Configuration()) {
        self.host = host
        self.port = port
        self.database = database
        self.indexPath = indexPath
        self.maximumConnections = maximumConnections
        self.follower = follower
    }
}
