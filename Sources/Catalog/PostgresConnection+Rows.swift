import Logging
import PostgresNIO

extension PostgresConnection {
    /// Runs `query` and reads its whole result (so the connection is free for the next statement),
    /// each row decoded as the column types given.
    func rows<each Column: PostgresDecodable & Sendable>(_ query: PostgresQuery, as columns: (repeat each Column).Type,
                                                         logger: Logger) async throws -> [(repeat each Column)] {
        try await self.query(query, logger: logger).collect().map { row in try row.decode(columns) }
    }

    /// Runs `query` and reads its whole result, each row's single column decoded as `type`.
    func values<Value: PostgresDecodable & Sendable>(_ query: PostgresQuery, as type: Value.Type, logger: Logger) async throws -> [Value] {
        try await self.query(query, logger: logger).collect().map { row in try row.decode(Value.self) }
    }
}
