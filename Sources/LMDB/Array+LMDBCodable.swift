/// Byte arrays are stored as they are.
extension Array: LMDBEncodable where Element == UInt8 {
    @inlinable
    public func withLMDBBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        try withUnsafeBytes(body)
    }
}

extension Array: LMDBDecodable where Element == UInt8 {
    @inlinable
    public init(lmdbBytes: UnsafeRawBufferPointer) {
        self.init(lmdbBytes)
    }
}
