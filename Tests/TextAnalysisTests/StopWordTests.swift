import Testing
import TextAnalysis

/// "in" is a unit after a number and a stop word elsewhere; stop words stay indexed by default.
struct StopWordTests {
    @Test func inAfterANumberIsAUnitElsewhereAStopWord() throws {
        let title = try HomeDepotCorpus.title(containing: "Single-Handle Kitchen Faucet in Chrome")
        let analyzer = Analyzer()
        let tokens = analyzer.analyze(title)
        let word = try #require(tokens.first { $0.term == "in" })
        #expect(word.kind == .word)
        #expect(analyzer.isStopWord(word.term))

        let measured = analyzer.analyze(try HomeDepotCorpus.title(containing: "Fara 3/4 in. x 3 in."))
        #expect(measured.filter { $0.term == "in" }.allSatisfy { $0.kind == .unit })
    }

    /// `.keep` (the default) indexes stop words; `.remove` drops standalone ones but keeps their
    /// positions empty, so the other tokens sit where they sit with `.keep`.
    @Test func removedStopWordsLeavePositionGaps() throws {
        let title = try HomeDepotCorpus.title(containing: "Single-Handle Kitchen Faucet in Chrome")
        let kept = Analyzer().analyze(title)
        let removed = Analyzer(options: .init(stopWords: .remove)).analyze(title)
        #expect(kept.contains { $0.term == "in" })
        #expect(!removed.contains { $0.term == "in" })
        let keptChrome = try #require(kept.first("chrome"))
        let removedChrome = try #require(removed.first("chrome"))
        #expect(keptChrome.position == removedChrome.position)
    }

    /// Units after numbers and parts of compounds are never removed as stop words.
    @Test func removalSparesUnitsAndCompoundParts() throws {
        let analyzer = Analyzer(options: .init(stopWords: .remove))
        let tokens = analyzer.analyze(try HomeDepotCorpus.title(containing: "Fara 3/4 in. x 3 in."))
        #expect(tokens.terms(.unit).contains("in"))
        let addOn = analyzer.analyze(try HomeDepotCorpus.title(containing: "Add-On Video"))
        #expect(addOn.terms(.codePart).contains("on"))
    }

    /// Stop words are not stemmed, so `isStopWord` answers for their terms ("this" stays "this").
    @Test func stopWordsKeepTheirForm() {
        let analyzer = Analyzer()
        let tokens = analyzer.analyze("this was the one")
        #expect(tokens.map(\.term) == ["this", "was", "the", "one"])
        #expect(tokens.prefix(3).allSatisfy { analyzer.isStopWord($0.term) })
        #expect(!analyzer.isStopWord("one"))
        #expect(analyzer.stem("this") == "this")
    }

    /// Each language has its own list, normalized like the text (diacritics folded by default).
    @Test func stopWordsPerLanguage() {
        #expect(Analyzer(options: .init(language: .german)).isStopWord("fur"))
        #expect(Analyzer(options: .init(language: .german, foldDiacritics: false)).isStopWord("für"))
        #expect(Analyzer(options: .init(language: .french)).isStopWord("ete"))
        #expect(Analyzer(options: .init(language: .spanish)).isStopWord("los"))
        #expect(Analyzer(options: .init(language: .italian)).isStopWord("della"))
        #expect(Analyzer(options: .init(language: .dutch)).isStopWord("het"))
        #expect(Analyzer(options: .init(language: .portuguese)).isStopWord("uma"))
        #expect(!Analyzer().isStopWord("under"))
    }
}
