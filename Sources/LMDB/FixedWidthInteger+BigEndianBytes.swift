extension FixedWidthInteger {
    /// Calls `body` with the value's big-endian bytes.
    @inlinable
    func withBigEndianBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(of: bigEndian, body)
    }

    /// Reads a value from exactly `bitWidth / 8` big-endian bytes (at any alignment).
    @inlinable
    init(bigEndianBytes bytes: UnsafeRawBufferPointer) throws {
        guard bytes.count == MemoryLayout<Self>.size else {
            throw LMDBDecodingError(
                typeName: "\(Self.self)",
                byteCount: bytes.count,
                reason: "expected exactly \(MemoryLayout<Self>.size) bytes"
            )
        }
        self.init(bigEndian: bytes.loadUnaligned(as: Self.self))
    }
}
