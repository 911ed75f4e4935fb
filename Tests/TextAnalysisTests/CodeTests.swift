import Testing
import TextAnalysis

/// Model numbers, SKUs and hyphenated words: searchable as written (joined) and by their parts.
struct CodeTests {
    let analyzer = Analyzer()

    /// Checks the joined token of `written` in `title`: its term, kind, that it spans exactly
    /// its parts, and that the parts are `parts` on consecutive positions from its own.
    func expectJoined(_ title: String, written: String, joined: String, kind: Token.Kind, parts: [String]) throws {
        let tokens = analyzer.analyze(title)
        let token = try #require(tokens.first { $0.term == joined && $0.kind == kind }, "no \(kind) \(joined) in \(title)")
        #expect(title.source(of: token) == written)
        #expect(token.positionLength == parts.count)
        let partTokens = tokens.filter {
            $0.positionLength == 1 && (token.position..<(token.position + token.positionLength)).contains($0.position)
        }
        #expect(partTokens.map(\.term) == parts)
        #expect(partTokens.allSatisfy { $0.kind == .codePart })
    }

    @Test func modelNumberWithLettersAndDigits() throws {
        let title = try HomeDepotCorpus.title(containing: "RM1025SPS")
        try expectJoined(title, written: "RM1025SPS", joined: "rm1025sps", kind: .code, parts: ["rm", "1025", "sps"])
    }

    @Test func hyphenatedCode() throws {
        let title = try HomeDepotCorpus.title(containing: "Owens Corning R-13 Kraft")
        try expectJoined(title, written: "R-13", joined: "r13", kind: .code, parts: ["r", "13"])
    }

    @Test func hashPrefixedSKU() throws {
        let title = try HomeDepotCorpus.title(containing: "#SC-141")
        try expectJoined(title, written: "SC-141", joined: "sc141", kind: .code, parts: ["sc", "141"])
        #expect(!analyzer.analyze(title).contains { $0.term.contains("#") })
    }

    @Test func hyphenatedBrandIsACompound() throws {
        let title = try HomeDepotCorpus.title(containing: "Simpson Strong-Tie 12-Gauge")
        try expectJoined(title, written: "Strong-Tie", joined: "strongti", kind: .compound, parts: ["strong", "tie"])
    }

    @Test func countWithWordIsACode() throws {
        let title = try HomeDepotCorpus.title(containing: "Delta Vero 1-Handle")
        try expectJoined(title, written: "1-Handle", joined: "1handle", kind: .code, parts: ["1", "handl"])
    }

    @Test func slashCompound() throws {
        let title = try HomeDepotCorpus.title(containing: "Indoor/Outdoor Area Rug")
        try expectJoined(title, written: "Indoor/Outdoor", joined: "indooroutdoor", kind: .compound, parts: ["indoor", "outdoor"])
    }

    @Test func camelCaseBrandSplits() throws {
        let title = try HomeDepotCorpus.title(containing: "Textured DeckOver")
        try expectJoined(title, written: "DeckOver", joined: "deckov", kind: .compound, parts: ["deck", "over"])
    }

    /// A code typed joined, hyphenated or spaced meets the indexed one: the joined query matches
    /// the joined term, the others the parts on consecutive positions.
    @Test func codeSpellingsMeet() {
        let indexed = analyzer.analyze("Whirlpool WRF555SDFZ Refrigerator")
        let code = indexed.first("wrf555sdfz")
        #expect(code?.kind == .code)
        #expect(code?.positionLength == 3)
        #expect(indexed.basePath == ["whirlpool", "wrf", "555", "sdfz", "refriger"])
        #expect(analyzer.analyze("wrf555sdfz").terms(.code) == ["wrf555sdfz"])
        #expect(analyzer.analyze("WRF-555-SDFZ").terms(.code) == ["wrf555sdfz"])
        #expect(analyzer.analyze("wrf 555 sdfz").basePath == ["wrf", "555", "sdfz"])
        #expect(analyzer.analyze("XYZ-123").map(\.term) == ["xyz123", "xyz", "123"])
    }

    /// The word after a code sits right after the code's parts, so phrases across it work.
    @Test func positionsContinueAfterACode() {
        let tokens = analyzer.analyze("Owens Corning R-13 Kraft")
        #expect(tokens.first("kraft")?.position == 4)
        #expect(tokens.first("r13")?.position == 2)
    }

    /// Letter parts are stemmed like words (the same letters may be typed as a word), the
    /// joined code never is.
    @Test func letterPartsStemButCodesDoNot() {
        let tokens = analyzer.analyze("Pro-Series Heaters-2000")
        #expect(tokens.terms(.codePart).contains("seri"))
        #expect(tokens.terms(.code) == ["heaters2000"])
    }
}
