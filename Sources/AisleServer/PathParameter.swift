import Foundation
import Hummingbird

/// Path parameters, percent-decoded.
enum PathParameter {
    /// The parameter `name` of the matched route, decoded.
    static func string(_ name: String, _ context: some RequestContext) throws(APIError) -> String {
        guard let raw = context.parameters.get(name), let decoded = raw.removingPercentEncoding, !decoded.isEmpty,
              !decoded.unicodeScalars.contains("\0") else {
            throw APIError(.invalidRequest, "missing, or not valid percent-encoded UTF-8 without NUL characters", field: name)
        }
        return decoded
    }

    /// The parameter `name` as a positive 64-bit integer.
    static func identifier(_ name: String, _ context: some RequestContext) throws(APIError) -> Int64 {
        guard let value = Int64(try string(name, context)), value > 0 else {
            throw APIError(.invalidRequest, "must be a positive integer", field: name)
        }
        return value
    }

    /// `value` percent-encoded as one path segment.
    static func encoded(_ value: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/?#%")
        return value.addingPercentEncoding(withAllowedCharacters: allowed) ?? value
    }
}
