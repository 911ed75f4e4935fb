import AisleServer
import Catalog
import CatalogTesting
import Foundation
import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchIndex
import Testing

/// Runs the whole server in-process for a test: a fresh database, a fresh index folder, the
/// application with its services, and a client that calls the router directly (no sockets).
enum ServerHarness {
    /// Runs `body` with a client of a prepared server and its state; `catalog` products are written
    /// to the database before the server starts (so its first index build includes them).
    static func withServer<R: Sendable>(products: [String] = [],
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
            var follower = IndexFollower.Configuration()
            follower.pollInterval = .milliseconds(200)
            let configuration = ServerConfiguration(host: "127.0.0.1", port: 0, database: url, indexPath: folder.path + "/index",
                                                    maximumConnections: 8, follower: follower)
            let (application, state) = AisleApplication.make(configuration: configuration, logger: TestDatabase.logger)
            let result = try await application.test(.router) { client in try await body(client, state) }
            _ = folder
            return result
        }
    }

    /// A product JSON object with `id`, a title and `extra` members.
    static func product(_ id: String, title: String = "Cordless Drill", _ extra: String = "") -> String {
        #"{"id": "\#(id)", "title": "\#(title) \#(id)", "brand": "Torvane", "category": "Tools > Drills", "price": 50, "currency": "USD"\#(extra.isEmpty ? "" : ", " + extra)}"#
    }
}

/// Request and response helpers.
extension TestClientProtocol {
    /// Sends a request with a JSON body (`application/json` unless `contentType` says otherwise).
    func send(_ method: HTTPRequest.Method, _ uri: String, json: String? = nil, contentType: String = "application/json") async throws -> TestResponse {
        var headers: HTTPFields = [:]
        if json != nil { headers[.contentType] = contentType }
        return try await execute(uri: uri, method: method, headers: headers, body: json.map { ByteBuffer(string: $0) })
    }

    /// GETs `uri` and parses the JSON answer, expecting `status`.
    func json(_ uri: String, status: HTTPResponse.Status = .ok, sourceLocation: SourceLocation = #_sourceLocation) async throws -> JSONValue {
        let response = try await send(.get, uri)
        #expect(response.status == status, "\(uri): \(String(buffer: response.body))", sourceLocation: sourceLocation)
        return try response.jsonBody()
    }

    /// Polls `uri` until `condition` holds for its JSON answer; fails after `timeout`.
    func eventually(_ uri: String, timeout: Duration = .seconds(10), sourceLocation: SourceLocation = #_sourceLocation,
                    _ condition: (JSONValue) -> Bool) async throws {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(try await send(.get, uri).jsonBody()) { return }
            try await Task.sleep(for: .milliseconds(20))
        }
        Issue.record("\(uri) did not reach the expected state within \(timeout)", sourceLocation: sourceLocation)
    }
}

extension TestResponse {
    /// The body parsed as JSON.
    func jsonBody() throws -> JSONValue {
        try JSONValue.parse(Array(body.readableBytesView))
    }

    /// `error.code` and `error.field` of an error body.
    var error: (code: String?, field: String?) {
        let error = (try? jsonBody())?["error"]
        if case .string(let code)? = error?["code"] {
            if case .string(let field)? = error?["field"] { return (code, field) }
            return (code, nil)
        }
        return (nil, nil)
    }
}

extension JSONValue {
    /// The number at `key`, if it is one.
    func number(_ key: String) -> Double? {
        if case .number(let value)? = self[key] { return value }
        return nil
    }

    /// The string at `key`, if it is one.
    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    /// The array at `key` (empty when absent).
    func array(_ key: String) -> [JSONValue] {
        if case .array(let items)? = self[key] { return items }
        return []
    }
}
