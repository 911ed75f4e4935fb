import Catalog
import Hummingbird
import SearchIndex

/// Responses with a JSON body.
enum JSONResponse {
    /// `text` (JSON) as a response with `status`.
    static func make(_ text: String, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        var fields = headers
        fields[.contentType] = "application/json"
        return Response(status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// `body` (JSON) as a response with `status`.
    static func make(_ body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        Response(status: status, headers: [.contentType: "application/json"], body: ResponseBody(byteBuffer: body))
    }

    /// `value` serialized as a response with `status`.
    static func make(_ value: JSONValue, status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        make(value.serialized, status: status, headers: headers)
    }
}
