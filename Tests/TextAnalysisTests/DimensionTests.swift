import Testing
import TextAnalysis

/// Sizes joined by "x": "2x4", "2 in. x 4 in. x 8 ft.", "96 in. W x 72 in. L", `2'X12'`.
struct DimensionTests {
    let analyzer = Analyzer()

    @Test func lumberWrittenWithUnits() throws {
        let title = try HomeDepotCorpus.title(containing: "2 in. x 4 in. x 104-5/8 in.")
        let tokens = analyzer.analyze(title)
        #expect(tokens.terms(.dimension) == ["2x4x104-5/8", "2x4"])
        #expect(tokens.terms(.measurement).prefix(3) == ["2in", "4in", "104-5/8in"])
        let full = try #require(tokens.first("2x4x104-5/8"))
        #expect(full.position == 0)
        #expect(full.positionLength == 6)
        #expect(title.source(of: full) == "2 in. x 4 in. x 104-5/8 in")
        #expect(tokens.first("2x4")?.positionLength == 4)
        #expect(!tokens.contains { $0.term == "x" })
    }

    @Test func writtenClosedUp() {
        let tokens = analyzer.analyze("2x4 Stud")
        #expect(tokens.map(\.term) == ["2x4", "2", "4", "stud"])
        #expect(tokens.map(\.position) == [0, 0, 1, 2])
        #expect(analyzer.analyze("2 x 4 stud").map(\.term) == ["2x4", "2", "4", "stud"])
    }

    @Test func labelledSizes() throws {
        let title = try HomeDepotCorpus.title(containing: "Shade - 96 in. W x 72 in. L")
        let tokens = analyzer.analyze(title)
        #expect(tokens.terms(.dimension) == ["96x72"])
        #expect(tokens.terms(.word).suffix(2) == ["w", "l"])
    }

    @Test func labelWords() throws {
        let title = try HomeDepotCorpus.title(containing: "1/2 in. Thick x 3-1/2 in. Wide x 94 in. Length")
        let tokens = analyzer.analyze(title)
        #expect(tokens.terms(.dimension) == ["1/2x3-1/2x94", "1/2x3-1/2"])
        #expect(tokens.terms(.word).contains("thick"))
    }

    @Test func feetMarksAndEntities() throws {
        let title = try HomeDepotCorpus.title(containing: "CORRUGATED 2&#39;X12&#39;")
        let tokens = analyzer.analyze(title)
        #expect(tokens.terms(.dimension) == ["2x12"])
        #expect(tokens.terms(.measurement).suffix(2) == ["2ft", "12ft"])
    }

    @Test func decimalAfterTimes() throws {
        let title = try HomeDepotCorpus.title(containing: "12x42x.75 in.")
        #expect(analyzer.analyze(title).terms(.dimension) == ["12x42x0.75", "12x42"])
    }

    /// Queries write units and the "x" together: "4ftx8ft" is 4 ft by 8 ft.
    @Test func unitsWrittenAgainstTheTimesSign() {
        let tokens = analyzer.analyze("lumber 1/2x4ftx8ft")
        #expect(tokens.terms(.dimension) == ["1/2x4x8", "1/2x4"])
        #expect(tokens.terms(.measurement) == ["4ft", "8ft"])
    }

    /// An "x" that does not stand between sizes is a word.
    @Test func xElsewhereIsAWord() {
        #expect(analyzer.analyze("Model X Fan").terms(.word).contains("x"))
    }
}
