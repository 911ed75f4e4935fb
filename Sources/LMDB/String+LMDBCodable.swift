/// Strings are stored as their UTF-8 bytes, without a terminator; as keys they sort by UTF-8 bytes,
/// which is Unicode scalar order. Decoding rejects invalid UTF-8.
extension String: LMDBCodable {
    @inlinable
    public func withLMDBBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        var string = self
        return try string.withUTF8 { try body(UnsafeRawBufferPointer($0)) }
    }

    @inlinable
    public init(lmdbBytes: UnsafeRawBufferPointer) throws {
        let decoded = String(decoding: lmdbBytes, as: UTF8.self)
        // Decoding repairs invalid sequences with U+FFFD; a repaired string no longer equals the bytes.
        guard decoded.utf8.elementsEqual(lmdbBytes) else {
            throw LMDBDecodingError(typeName: "String", byteCount: lmdbBytes.count, reason: "not valid UTF-8")
        }
        self = decoded
    }
}
