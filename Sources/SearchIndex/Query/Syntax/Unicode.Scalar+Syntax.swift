/// Character classes shared by the query and filter languages.
extension Unicode.Scalar {
    /// Whitespace (the Unicode White_Space property) or a control character (general category
    /// Cc: C0, DEL, C1): both languages treat these as separators. Both sets are stable across
    /// Unicode versions, so they are spelled out instead of looked up.
    var isSyntaxSeparator: Bool {
        switch value {
        case 0...0x20, 0x7F...0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000: true
        default: false
        }
    }

    /// `"` and the typographic double quotes a phone keyboard substitutes for it (“ ” „ ＂).
    var isQuotationMark: Bool {
        switch value {
        case 0x22, 0x201C, 0x201D, 0x201E, 0xFF02: true
        default: false
        }
    }

    /// The value of an ASCII digit, or nil.
    var asciiDigitValue: Int? {
        value >= 0x30 && value <= 0x39 ? Int(value - 0x30) : nil
    }

    /// Letters, digits, `_` and `.`: the characters a field name is made of.
    var isFieldNameCharacter: Bool {
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                || (value >= 0x61 && value <= 0x7A) || value == 0x5F || value == 0x2E
        }
        return properties.isAlphabetic || properties.numericType == .decimal
    }
}
