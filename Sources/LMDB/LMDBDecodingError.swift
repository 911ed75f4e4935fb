/// Stored bytes that could not be decoded as the type a `TypedDatabase` (or a direct
/// `LMDBDecodable` call) asked for: usually a database opened with the wrong key or value type.
public struct LMDBDecodingError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The Swift type that was being decoded, e.g. `"UInt32"`.
    public let typeName: String
    /// How many bytes were stored.
    public let byteCount: Int
    /// Why they do not decode, e.g. `"expected exactly 4 bytes"`.
    public let reason: String

    /// Creates a decoding error for `byteCount` bytes that are not a valid `typeName`.
    public init(typeName: String, byteCount: Int, reason: String) {
        self.typeName = typeName
        self.byteCount = byteCount
        self.reason = reason
    }

    public var description: String {
        "cannot decode \(typeName) from \(byteCount) stored bytes: \(reason)"
    }
}
