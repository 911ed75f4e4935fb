/// How the lexer treats a non-ASCII character before (instead of) handing it to ICU.
///
/// Product text uses typographic characters interchangeably with ASCII ones: ’ for an
/// apostrophe, ″ and ” for inches, ′ for feet, – for a hyphen, × in dimensions, ½ in sizes, a
/// no-break space between number and unit. Mapping them to their ASCII role keeps such text on
/// the fast path and makes `3/4″` and `3/4"` the same measurement.
enum Typography {
    enum Role: Equatable {
        /// Acts like whitespace.
        case separator
        /// Vanishes without separating (soft hyphen, zero-width no-break space).
        case ignorable
        /// Acts like this ASCII mark ('-', '/', '\'', '"') or `Piece.degree`.
        case mark(UInt8)
        /// The multiplication sign: the letter "x" of a dimension.
        case times
        /// A vulgar fraction such as ½: numerator and denominator.
        case fraction(UInt8, UInt8)
    }

    /// The role of a non-ASCII scalar, or nil if ICU should segment it.
    static func role(of scalar: UInt32) -> Role? {
        switch scalar {
        case 0x00A0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000,
            0x00A9, 0x00AE, 0x2122, 0x2022, 0x00B7, 0x2026, 0x00AB, 0x00BB, 0x2039, 0x203A, 0x201A, 0x201E:
            .separator
        case 0x00AD, 0x200B, 0x2060, 0xFEFF:
            .ignorable
        case 0x2018, 0x2019, 0x02BC, 0x2032, 0x00B4:
            .mark(UInt8(ascii: "'"))
        case 0x201C, 0x201D, 0x2033:
            .mark(UInt8(ascii: "\""))
        case 0x2010...0x2015, 0x2212, 0xFE63, 0xFF0D:
            .mark(UInt8(ascii: "-"))
        case 0x2044, 0x2215:
            .mark(UInt8(ascii: "/"))
        case 0x00B0:
            .mark(Piece.degree)
        case 0x00D7:
            .times
        case 0x00BC: .fraction(1, 4)
        case 0x00BD: .fraction(1, 2)
        case 0x00BE: .fraction(3, 4)
        case 0x2153: .fraction(1, 3)
        case 0x2154: .fraction(2, 3)
        case 0x2155: .fraction(1, 5)
        case 0x2156: .fraction(2, 5)
        case 0x2157: .fraction(3, 5)
        case 0x2158: .fraction(4, 5)
        case 0x2159: .fraction(1, 6)
        case 0x215A: .fraction(5, 6)
        case 0x215B: .fraction(1, 8)
        case 0x215C: .fraction(3, 8)
        case 0x215D: .fraction(5, 8)
        case 0x215E: .fraction(7, 8)
        default: nil
        }
    }

    /// The role of an ASCII character that is neither a letter, a digit nor whitespace.
    static func role(ofASCII byte: UInt8) -> Role {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "/"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "'"),
            UInt8(ascii: ","), UInt8(ascii: "&"), UInt8(ascii: "\""), UInt8(ascii: "%"):
            .mark(byte)
        default:
            .separator
        }
    }
}
