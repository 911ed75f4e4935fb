/// UTF-8 decoding and encoding of single scalars for ``FuzzyTermWalk``, on raw bytes.
///
/// Valid scalars follow RFC 3629 (no overlong forms, no surrogates, nothing above U+10FFFF). When
/// decoding, an invalid byte becomes a one-byte symbol that matches no query scalar.
enum UTF8Scalar {
    /// One decoded symbol.
    struct Symbol {
        /// The scalar value, or `nil` for an invalid byte.
        let value: UInt32?
        /// Bytes consumed.
        let length: Int
        /// One past the last byte the decision depended on; `bytes.count + 1` when it depended on the
        /// end of the bytes (a truncated sequence). For a valid scalar this is its end.
        let examinedEnd: Int
    }

    /// Decodes the symbol starting at `start`, which must be less than `bytes.count`.
    static func decode(_ bytes: UnsafeRawBufferPointer, at start: Int) -> Symbol {
        let lead = bytes[start]
        if lead < 0x80 {
            return Symbol(value: UInt32(lead), length: 1, examinedEnd: start + 1)
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xED: length = 3; high = 0x9F
        case 0xE1...0xEF: length = 3
        case 0xF0: length = 4; low = 0x90
        case 0xF4: length = 4; high = 0x8F
        case 0xF1...0xF3: length = 4
        default: return Symbol(value: nil, length: 1, examinedEnd: start + 1)
        }
        var value = UInt32(lead) & (0x7F >> UInt32(length))
        for offset in 1..<length {
            let index = start + offset
            guard index < bytes.count else {
                return Symbol(value: nil, length: 1, examinedEnd: bytes.count + 1)
            }
            let byte = bytes[index]
            guard byte >= (offset == 1 ? low : 0x80), byte <= (offset == 1 ? high : 0xBF) else {
                return Symbol(value: nil, length: 1, examinedEnd: index + 1)
            }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Symbol(value: value, length: length, examinedEnd: start + length)
    }

    /// Appends the UTF-8 encoding of the scalar `value` (which must be a valid scalar value).
    static func encode(_ value: UInt32, appendingTo bytes: inout [UInt8]) {
        switch value {
        case ..<0x80:
            bytes.append(UInt8(value))
        case ..<0x800:
            bytes.append(0xC0 | UInt8(value >> 6))
            bytes.append(0x80 | UInt8(value & 0x3F))
        case ..<0x1_0000:
            bytes.append(0xE0 | UInt8(value >> 12))
            bytes.append(0x80 | UInt8(value >> 6 & 0x3F))
            bytes.append(0x80 | UInt8(value & 0x3F))
        default:
            bytes.append(0xF0 | UInt8(value >> 18))
            bytes.append(0x80 | UInt8(value >> 12 & 0x3F))
            bytes.append(0x80 | UInt8(value >> 6 & 0x3F))
            bytes.append(0x80 | UInt8(value & 0x3F))
        }
    }
}
