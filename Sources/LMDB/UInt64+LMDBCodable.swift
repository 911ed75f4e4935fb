/// `UInt64` is stored as 8 **big-endian** bytes, so bytewise key order is numeric order (and the bytes
/// are the same on every machine). Do not combine with `.integerKey`, which expects native byte order.
extension UInt64: LMDBCodable {
    @inlinable
    public func withLMDBBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withBigEndianBytes(body)
    }

    @inlinable
    public init(lmdbBytes: UnsafeRawBufferPointer) throws {
        try self.init(bigEndianBytes: lmdbBytes)
    }
}
