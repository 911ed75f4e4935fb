@testable import SearchIndex
import Testing

@Suite struct SyntaxCharacterTests {
    /// Every scalar of the Basic Multilingual Plane (where all whitespace and control characters
    /// are) and a sample of the other planes.
    @Test func separatorsAreExactlyUnicodeWhitespaceAndControlCharacters() {
        var mismatches: [UInt32] = []
        for value in Array(UInt32(0)...0xFFFF) + Array(stride(from: UInt32(0x1_0000), through: 0x10_FFFF, by: 61)) {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.properties.isWhitespace || scalar.properties.generalCategory == .control
            if scalar.isSyntaxSeparator != expected { mismatches.append(value) }
        }
        #expect(mismatches.isEmpty, "\(mismatches.prefix(10))")
    }

    @Test func fieldNamesAreLettersDigitsUnderscoresAndDots() {
        let accepted = "aZ09_.äß٣".unicodeScalars.filter { $0.isFieldNameCharacter }
        let rejected = "-:#\" *~".unicodeScalars.filter { !$0.isFieldNameCharacter }
        #expect(String(String.UnicodeScalarView(accepted)) == "aZ09_.äß٣")
        #expect(String(String.UnicodeScalarView(rejected)) == "-:#\" *~")
    }
}
