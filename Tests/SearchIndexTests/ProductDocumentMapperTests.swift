@testable import SearchIndex
import Testing

@Suite struct ProductDocumentMapperTests {
    @Test(arguments: [
        ("Tools > Power Tools > Drills", ["Tools", "Power Tools", "Drills"]),
        ("Garten>Pflanzen", ["Garten", "Pflanzen"]),
        (" Outils  >\tÉlectroportatif >> Perceuses ", ["Outils", "Électroportatif", "Perceuses"]),
        ("Café > Thé\u{00A0}", ["Café", "Thé"]),
        ("家居 > 厨房", ["家居", "厨房"]),
        (" > ", []),
        ("", []),
    ])
    func categoryPathsSplitIntoTrimmedLevels(path: String, levels: [String]) throws {
        #expect(ProductDocumentMapper.categoryLevels(path) == levels)
        let document = try ProductDocumentMapper(schema: .products).document(fromJSONLine: Array(#"{"id": "1", "title": "Drill", "category": \#(jsonQuoted(path))}"#.utf8))
        #expect(document.facets["category"] ?? [] == levels.indices.map { levels[...$0].joined(separator: " > ") })
    }

    private func jsonQuoted(_ s: String) -> String {
        "\"" + s.unicodeScalars.map { $0 == "\t" ? "\\t" : $0 == "\"" ? "\\\"" : String($0) }.joined() + "\""
    }
}
