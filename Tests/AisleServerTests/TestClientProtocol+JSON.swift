import Hummingbird
import HummingbirdTesting
import NIOCore
import SearchIndex
import Testing

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
