extension FilterValue: CustomStringConvertible {
    /// The value as the filter language writes it, reading back as the same value: strings are
    /// always quoted (with `\"` and `\\` escaped), integral numbers below 10^15 print without a
    /// fraction, other finite numbers in Swift's shortest round-trip form.
    public var description: String {
        switch self {
        case .string(let text):
            var quoted = "\""
            for scalar in text.unicodeScalars {
                if scalar == "\"" || scalar == "\\" { quoted.unicodeScalars.append("\\") }
                quoted.unicodeScalars.append(scalar)
            }
            quoted.unicodeScalars.append("\"")
            return quoted
        case .number(let number):
            if number.rounded() == number, abs(number) < 1e15 {
                return String(Int64(number))
            }
            return number.description
        case .bool(let flag):
            return flag ? "true" : "false"
        }
    }
}
