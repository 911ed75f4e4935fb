import Hummingbird
import NIOCore
import SearchIndex

/// Reading JSON request bodies.
enum RequestBody {
    /// The body of `request` parsed as JSON. Throws `unsupported_media_type` unless the content type
    /// is `application/json` (or, with `mergePatch`, `application/merge-patch+json`),
    /// `payload_too_large` beyond `limit` bytes, and `invalid_json` with the byte offset of the
    /// first error.
    static func json(_ request: Request, limit: Int, mergePatch: Bool = false) async throws -> JSONValue {
        let type = request.headers[.contentType]?.split(separator: ";").first.map { $0.filter { $0 != " " }.lowercased() }
        var accepted = ["application/json"]
        if mergePatch { accepted.append("application/merge-patch+json") }
        guard let type, accepted.contains(type) else {
            throw APIError(.unsupportedMediaType, "send the body as \(accepted.joined(separator: " or ")) (Content-Type header)")
        }
        var request = request
        let buffer: ByteBuffer
        do {
            buffer = try await request.collectBody(upTo: limit)
        } catch is NIOTooManyBytesError {
            throw APIError(.payloadTooLarge, "the body is larger than \(limit) bytes")
        }
        do {
            return try JSONValue.parse(Array(buffer.readableBytesView))
        } catch {
            throw APIError(.invalidJSON, "the body is not valid JSON: \(error)")
        }
    }
}
