import HTTPTypes

/// The machine-readable `error.code` of every failure the API reports, and the one table that maps
/// each to its HTTP status.
public enum APIErrorCode: String, Sendable, CaseIterable {
    /// The body is not JSON.
    case invalidJSON = "invalid_json"
    /// A field or parameter has a wrong type or value (`field` names it).
    case invalidRequest = "invalid_request"
    /// The body is not `application/json`.
    case unsupportedMediaType = "unsupported_media_type"
    /// The body is larger than the route accepts.
    case payloadTooLarge = "payload_too_large"
    /// No such resource (or no such route).
    case notFound = "not_found"
    /// The path exists, but not for this method (the `Allow` header lists those it has).
    case methodNotAllowed = "method_not_allowed"
    /// The request clashes with stored state (an id or SKU taken, a category in use).
    case conflict = "conflict"
    /// PostgreSQL or the index cannot answer now; retry later.
    case unavailable = "unavailable"
    /// A bug or an unexpected failure (details are in the server log, never in the response).
    case `internal` = "internal"

    /// The HTTP status for this code.
    public var status: HTTPResponse.Status {
        switch self {
        case .invalidJSON, .invalidRequest: .badRequest
        case .unsupportedMediaType: .unsupportedMediaType
        case .payloadTooLarge: .contentTooLarge
        case .notFound: .notFound
        case .methodNotAllowed: .methodNotAllowed
        case .conflict: .conflict
        case .unavailable: .serviceUnavailable
        case .internal: .internalServerError
        }
    }
}
