import Foundation

/// The query string of a request, decoded (`+` is a space, `%XX` a byte of UTF-8) and checked
/// against the parameters a route knows: an unknown parameter, a repeated single-valued one, a
/// value with a NUL character (nothing can store or match it), or a value of the wrong type is an
/// `invalid_request` error naming the parameter.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// The parameters in `query` (a URI's query string); throws when one is not in `allowed` or is
    /// not valid UTF-8.
    init(_ query: String?, allowed: Set<String>) throws(APIError) {
        guard let query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = try Self.decode(parts[0], parameter: String(parts[0]))
            guard allowed.contains(name) else {
                throw APIError(.invalidRequest, "unknown parameter (known: \(allowed.sorted().joined(separator: ", ")))", field: name)
            }
            values[name, default: []].append(parts.count > 1 ? try Self.decode(parts[1], parameter: name) : "")
        }
    }

    private static func decode(_ text: Substring, parameter: String) throws(APIError) -> String {
        guard let decoded = text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding, !decoded.unicodeScalars.contains("\0") else {
            throw APIError(.invalidRequest, "not valid percent-encoded UTF-8 without NUL characters", field: parameter)
        }
        return decoded
    }

    /// Every value of `name`, in order.
    func all(_ name: String) -> [String] { values[name] ?? [] }

    /// The value of `name`; nil when absent. Throws when it is given more than once.
    func string(_ name: String) throws(APIError) -> String? {
        guard let list = values[name] else { return nil }
        guard list.count == 1 else { throw APIError(.invalidRequest, "given more than once", field: name) }
        return list[0]
    }

    /// `name` as an integer in `range`; `fallback` when absent.
    func integer(_ name: String, in range: ClosedRange<Int>, default fallback: Int) throws(APIError) -> Int {
        guard let text = try string(name) else { return fallback }
        guard let value = Int(text), range.contains(value) else {
            throw APIError(.invalidRequest, "must be an integer from \(range.lowerBound) to \(range.upperBound)", field: name)
        }
        return value
    }

    /// `name` as an integer in `range`; nil when absent.
    func integer(_ name: String, in range: ClosedRange<Int>) throws(APIError) -> Int? {
        guard try string(name) != nil else { return nil }
        return try integer(name, in: range, default: range.lowerBound)
    }

    /// `name` as `true` or `false`; `fallback` when absent.
    func boolean(_ name: String, default fallback: Bool) throws(APIError) -> Bool {
        switch try string(name) {
        case nil: return fallback
        case "true": return true
        case "false": return false
        default: throw APIError(.invalidRequest, "must be true or false", field: name)
        }
    }
}
