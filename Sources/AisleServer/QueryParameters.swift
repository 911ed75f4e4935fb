/// The query string of a request, decoded (`+` is a space, `%XX` a byte of UTF-8) and checked
/// against the parameters a route knows: an unknown parameter, a repeated single-valued one, a
/// value with a NUL character (nothing can store or match it), or a value of the wrong type is an
/// `invalid_request` error naming the parameter.
///
/// Decoding works on the UTF-8 bytes (no Foundation): it runs for every request.
struct QueryParameters {
    private var values: [String: [String]] = [:]

    /// The parameters in `query` (a URI's query string); throws when one is not in `allowed`, has a
    /// `%` not followed by two hex digits, or does not decode to UTF-8 without NUL characters.
    init(_ query: String?, allowed: Set<String>) throws(APIError) {
        guard let query, !query.isEmpty else { return }
        let bytes = Array(query.utf8)
        var start = 0
        while start < bytes.count {
            let end = bytes[start...].firstIndex(of: UInt8(ascii: "&")) ?? bytes.count
            if end > start {
                let pair = bytes[start..<end]
                let equals = pair.firstIndex(of: UInt8(ascii: "=")) ?? end
                let name = try Self.decode(pair[..<equals], parameter: String(decoding: pair[..<equals], as: UTF8.self))
                guard allowed.contains(name) else {
                    throw APIError(.invalidRequest, "unknown parameter (known: \(allowed.sorted().joined(separator: ", ")))", field: name)
                }
                let value = equals < end ? try Self.decode(pair[(equals + 1)...], parameter: name) : ""
                values[name, default: []].append(value)
            }
            start = end + 1
        }
    }

    /// `raw` with `+` as a space and `%XX` as the byte XX, as a string.
    private static func decode(_ raw: ArraySlice<UInt8>, parameter: String) throws(APIError) -> String {
        let invalid = APIError(.invalidRequest, "not valid percent-encoded UTF-8 without NUL characters", field: parameter)
        guard raw.contains(where: { $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") || $0 == 0 || $0 >= 0x80 }) else {
            return String(decoding: raw, as: UTF8.self)
        }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(raw.count)
        var position = raw.startIndex
        while position < raw.endIndex {
            let byte = raw[position]
            switch byte {
            case UInt8(ascii: "+"):
                bytes.append(0x20)
                position += 1
            case UInt8(ascii: "%"):
                guard position + 2 < raw.endIndex, let high = hexValue(raw[position + 1]), let low = hexValue(raw[position + 2]) else { throw invalid }
                bytes.append(high << 4 | low)
                position += 3
            default:
                bytes.append(byte)
                position += 1
            }
        }
        guard !bytes.contains(0), let text = String(validating: bytes, as: UTF8.self) else { throw invalid }
        return text
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
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
