/// A type stored in LMDB as bytes: the key or value type of a `TypedDatabase`.
///
/// For keys, the encoding decides the order of iteration, which is bytewise: choose encodings whose
/// byte order is the order you want (the integer conformances are big-endian for this reason).
public protocol LMDBEncodable {
    /// Calls `body` with the encoded bytes, which are valid only during the call.
    func withLMDBBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R
}

/// A type read back from the bytes its `LMDBEncodable` conformance stored.
public protocol LMDBDecodable {
    /// Decodes a value from stored bytes (which point into the map: copy what you keep).
    /// - Throws: `LMDBDecodingError` when the bytes are not a valid encoding.
    init(lmdbBytes: UnsafeRawBufferPointer) throws
}

/// A type that can be both stored and read back.
public typealias LMDBCodable = LMDBEncodable & LMDBDecodable
