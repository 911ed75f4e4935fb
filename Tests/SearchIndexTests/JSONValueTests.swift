@testable import SearchIndex
import Testing

/// The bulk path's JSON parser: strict RFC 8259 over UTF-8 bytes, strings made without a
/// validation pass when they are ASCII.
@Suite struct JSONValueTests {
    @Test(arguments: [
        (#""Cordless Drill 20V""#, "Cordless Drill 20V"),
        (#""Perceuse sans fil à percussion""#, "Perceuse sans fil à percussion"),
        (#""電動ドリル 🔧""#, "電動ドリル 🔧"),
        (#""caf\u00e9 \"quoted\" \\ \/ \n""#, "café \"quoted\" \\ / \n"),
        (#""\ud83d\udd27 tool""#, "🔧 tool"),
        (#""""#, ""),
    ])
    func stringsParseToTheirText(json: String, text: String) throws {
        #expect(try JSONValue.parse(Array(json.utf8)) == .string(text))
    }

    @Test func objectsKeepEveryMemberInOrder() throws {
        let value = try JSONValue.parse(Array(#"{"id": "1", "title": "Hammer", "tags": ["a", "b"], "price": 9.5, "x": null, "ok": true}"#.utf8))
        #expect(value == .object([("id", .string("1")), ("title", .string("Hammer")), ("tags", .array([.string("a"), .string("b")])),
                                  ("price", .number(9.5)), ("x", .null), ("ok", .bool(true))]))
    }

    @Test(arguments: [
        // Invalid UTF-8 is reported just after the string that holds it.
        ([0x22, 0x61, 0xFF, 0x22], 4),                // a byte that is never UTF-8
        ([0x22, 0xC3, 0x22], 3),                      // a sequence cut short
        ([0x22, 0xC0, 0xAF, 0x22], 4),                // an overlong encoding
        ([0x22, 0xED, 0xA0, 0x80, 0x22], 5),          // a surrogate encoded in UTF-8
        ([0x22, 0x61, 0x09, 0x62, 0x22], 2),          // a raw control character
        ([0x22, 0x61, 0x62], 3),                      // no closing quote
    ] as [([UInt8], Int)])
    func invalidStringsAreRejectedWithTheirOffset(bytes: [UInt8], offset: Int) {
        #expect(throws: JSONValue.ParseError.self) { try JSONValue.parse(bytes) }
        do {
            _ = try JSONValue.parse(bytes)
        } catch {
            #expect(error.offset == offset, "\(error)")
        }
    }
}
