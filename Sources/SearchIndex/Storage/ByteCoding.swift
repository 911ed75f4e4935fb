/// Small helpers to build and read keys and values: big-endian for keys, little-endian for values.
enum ByteCoding {
    @inline(__always)
    static func appendBE(_ value: UInt32, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value >> 24)); out.append(UInt8(truncatingIfNeeded: value >> 16))
        out.append(UInt8(truncatingIfNeeded: value >> 8)); out.append(UInt8(truncatingIfNeeded: value))
    }

    @inline(__always)
    static func appendBE(_ value: UInt16, to out: inout [UInt8]) {
        out.append(UInt8(truncatingIfNeeded: value >> 8)); out.append(UInt8(truncatingIfNeeded: value))
    }

    @inline(__always)
    static func appendLE<T: FixedWidthInteger>(_ value: T, to out: inout [UInt8]) {
        withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) }
    }

    @inline(__always)
    static func readBE32(_ bytes: UnsafeRawBufferPointer, at offset: Int) -> UInt32 {
        bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self).bigEndian
    }

    @inline(__always)
    static func readLE<T: FixedWidthInteger>(_ bytes: UnsafeRawBufferPointer, at offset: Int, as: T.Type) -> T {
        T(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: T.self))
    }

    /// A postings / positions key: term id then doc id, both big-endian.
    @inline(__always)
    static func blockKey(term: UInt32, lastDoc: UInt32) -> UInt64 {
        (UInt64(term) << 32 | UInt64(lastDoc)).bigEndian
    }

    /// A doc id key.
    @inline(__always)
    static func docKey(_ doc: UInt32) -> UInt32 { doc.bigEndian }

    /// A columns key: column id then chunk number, big-endian (6 bytes).
    static func columnKey(column: UInt16, chunk: UInt32) -> [UInt8] {
        var key: [UInt8] = []
        key.reserveCapacity(6)
        appendBE(column, to: &key)
        appendBE(chunk, to: &key)
        return key
    }
}
