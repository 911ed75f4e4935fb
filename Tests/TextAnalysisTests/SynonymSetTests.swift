import Testing
import TextAnalysis

/// Query-time synonyms: rules analyzed like the index, matched on a query's base path.
struct SynonymSetTests {
    let analyzer = Analyzer()

    @Test func equivalenceMatchesEitherWay() throws {
        var set = SynonymSet()
        set.addEquivalence(["tv", "television"], analyzer: analyzer)
        let query = analyzer.analyze("Samsung TV stand")
        let match = try #require(set.matches(in: query).first)
        #expect(match.positions == 1..<2)
        #expect(match.alternatives.map(\.terms) == [["televis"]])
        #expect(match.keepsOriginal)
        #expect(set.matches(in: analyzer.analyze("television")).first?.alternatives.map(\.terms) == [["tv"]])
    }

    @Test func multiWordPhrasesMatchConsecutivePositions() throws {
        var set = SynonymSet()
        set.addEquivalence(["ac", "air conditioner"], analyzer: analyzer)
        let title = try HomeDepotCorpus.title(containing: "Ductless Mini Split Air Conditioner")
        let tokens = analyzer.analyze(title)
        let match = try #require(set.matches(in: tokens).first)
        #expect(match.alternatives.map(\.terms) == [["ac"]])
        #expect(tokens[match.tokens].map(\.term) == ["air", "condition"])
        #expect(match.positions.count == 2)
    }

    @Test func oneWayRulesReplace() {
        var set = SynonymSet()
        set.addOneWay("hoodie", to: ["hooded sweatshirt"], analyzer: analyzer)
        let match = set.matches(in: analyzer.analyze("black hoodie"))
        #expect(match.map { $0.alternatives.map(\.terms) } == [[["hood", "sweatshirt"]]])
        #expect(match.first?.keepsOriginal == false)
        #expect(set.matches(in: analyzer.analyze("hooded sweatshirt")).isEmpty)
    }

    /// A measurement rule lines up with titles however they spell the unit.
    @Test func measurementAlternativesAreBasePaths() throws {
        var set = SynonymSet()
        set.addEquivalence(["half inch", "1/2 in."], analyzer: analyzer)
        let match = try #require(set.matches(in: analyzer.analyze("half inch pipe")).first)
        #expect(match.alternatives.map(\.terms) == [["1/2", "in"]])
        #expect(set.matches(in: analyzer.analyze("1/2\" pipe")).first?.alternatives.map(\.terms) == [["half", "inch"]])
    }

    @Test func everyOverlappingMatchIsReported() {
        var set = SynonymSet()
        set.addEquivalence(["air", "aire"], analyzer: analyzer)
        set.addEquivalence(["air conditioner", "ac"], analyzer: analyzer)
        let matches = set.matches(in: analyzer.analyze("air conditioner"))
        #expect(matches.map(\.positions) == [0..<2, 0..<1])
    }

    @Test func parsesSolrFormat() throws {
        let text = """
            # appliances
            tv, television
            hoodie, hoody => hooded sweatshirt, sweatshirt   # clothing

            ac \\, unit, air conditioner
            """
        let set = try SynonymSet(parsing: text, analyzer: analyzer)
        #expect(set.matches(in: analyzer.analyze("hoody")).first?.alternatives.map(\.terms) == [["hood", "sweatshirt"], ["sweatshirt"]])
        #expect(set.matches(in: analyzer.analyze("tv")).first?.alternatives.map(\.terms) == [["televis"]])
        #expect(set.matches(in: analyzer.analyze("ac unit")).first?.alternatives.map(\.terms) == [["air", "condition"]])
    }

    @Test(arguments: [
        ("tv, television\ntv", SynonymParseError(line: 2, reason: .singlePhrase)),
        ("a, , b", SynonymParseError(line: 1, reason: .emptyPhrase)),
        ("a => b => c", SynonymParseError(line: 1, reason: .repeatedArrow)),
        ("\n\n => b", SynonymParseError(line: 3, reason: .emptySide)),
        ("tv, ---", SynonymParseError(line: 1, reason: .noTerms("---"))),
    ])
    func parseErrorsNameTheLine(text: String, expected: SynonymParseError) {
        #expect(throws: expected) { try SynonymSet(parsing: text, analyzer: analyzer) }
        #expect(expected.description.hasPrefix("synonyms line \(expected.line): "))
    }
}
