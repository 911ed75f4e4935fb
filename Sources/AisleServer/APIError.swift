import Catalog
import Hummingbird
import SearchIndex

/// A failure as the API reports it: the status from `APIErrorCode.status`, and the body
/// `{"error": {"code": …, "message": …, "field": …}}` (`field` only when one input is to blame).
/// Every error a handler throws ends up as one of these (see `ErrorMiddleware`).
public struct APIError: Error, HTTPResponseError, Sendable, Equatable {
    /// What kind of failure.
    public var code: APIErrorCode
    /// What went wrong, for a person.
    public var message: String
    /// The request field or parameter at fault, when there is one.
    public var field: String?

    /// An error with `code`, `message` and optionally the `field` at fault.
    public init(_ code: APIErrorCode, _ message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    /// The HTTP status (`code.status`).
    public var status: HTTPResponse.Status { code.status }

    /// The error's JSON body.
    public var json: JSONValue {
        var members: [(key: String, value: JSONValue)] = [("code", .string(code.rawValue)), ("message", .string(message))]
        if let field { members.append(("field", .string(field))) }
        return .object([("error", .object(members))])
    }

    /// The error as a response: `status` and the JSON body.
    public func response(from request: Request, context: some RequestContext) throws -> Response {
        JSONResponse.make(json.serialized, status: status)
    }
}
