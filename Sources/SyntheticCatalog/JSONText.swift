/// Writes JSON text into a byte buffer: strings with RFC 8259 escaping, fixed-point numbers
/// from integers (no locale, no `Double.description`).
enum JSONText {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// Appends `text` as a quoted JSON string: `"` and `\` escaped, control characters as
    /// `\n`, `\t`, `\r` or `\u00XX`, everything else as UTF-8.
    static func appendString(_ text: String, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\""))
        let appended: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
            appendEscaped(bytes, to: &buffer)
        }
        if appended == nil {
            Array(text.utf8).withUnsafeBufferPointer { appendEscaped($0, to: &buffer) }
        }
        buffer.append(UInt8(ascii: "\""))
    }

    /// Appends `bytes` with JSON escapes, copying clean runs in bulk.
    private static func appendEscaped(_ bytes: UnsafeBufferPointer<UInt8>, to buffer: inout [UInt8]) {
        var runStart = 0
        for position in 0..<bytes.count {
            let byte = bytes[position]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
            appendEscape(byte, to: &buffer)
            runStart = position + 1
        }
        buffer.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<bytes.count]))
    }

    private static func appendEscape(_ byte: UInt8, to buffer: inout [UInt8]) {
        buffer.append(UInt8(ascii: "\\"))
        switch byte {
        case 0x0A:
            buffer.append(UInt8(ascii: "n"))
        case 0x0D:
            buffer.append(UInt8(ascii: "r"))
        case 0x09:
            buffer.append(UInt8(ascii: "t"))
        case 0..<0x20:
            buffer.append(contentsOf: "u00".utf8)
            buffer.append(hexDigits[Int(byte >> 4)])
            buffer.append(hexDigits[Int(byte & 0xF)])
        default:
            buffer.append(byte)
        }
    }

    /// Appends a non-negative integer.
    static func appendInteger(_ value: Int, to buffer: inout [UInt8]) {
        precondition(value >= 0, "JSONText.appendInteger takes non-negative values")
        if value >= 10 {
            appendInteger(value / 10, to: &buffer)
        }
        buffer.append(UInt8(ascii: "0") + UInt8(value % 10))
    }

    /// Appends `units / 10^decimals` with exactly `decimals` digits after the point
    /// (`appendFixed(1999, decimals: 2)` writes `19.99`).
    static func appendFixed(_ units: Int, decimals: Int, to buffer: inout [UInt8]) {
        var scale = 1
        for _ in 0..<decimals {
            scale *= 10
        }
        appendInteger(units / scale, to: &buffer)
        buffer.append(UInt8(ascii: "."))
        var fraction = units % scale
        for _ in 0..<decimals {
            scale /= 10
            buffer.append(UInt8(ascii: "0") + UInt8(fraction / scale))
            fraction %= scale
        }
    }
}
