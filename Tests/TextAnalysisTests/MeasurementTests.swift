import Testing
import TextAnalysis

/// Numbers with units in real Home Depot titles: the number, the normalized unit and the
/// joined measurement, with the measurement spanning the number's and the unit's positions.
struct MeasurementTests {
    let analyzer = Analyzer()

    /// Checks that `title` yields `number`, `unit` and the measurement `number + unit` laid out
    /// as documented, and that the measurement covers `source` in the title.
    func expectMeasurement(_ title: String, number: String, unit: String, source: String) throws {
        let tokens = analyzer.analyze(title)
        let measurement = try #require(tokens.first(number + unit), "no measurement \(number + unit) in \(title)")
        #expect(measurement.kind == .measurement)
        #expect(measurement.positionLength == 2)
        #expect(title.source(of: measurement) == source)
        let numberToken = try #require(tokens.first { $0.term == number && $0.position == measurement.position })
        #expect(numberToken.kind == .number)
        let unitToken = try #require(tokens.first { $0.position == measurement.position + 1 && $0.positionLength == 1 })
        #expect(unitToken.term == unit)
        #expect(unitToken.kind == .unit)
    }

    @Test func fractionOfAnInch() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "House of Fara 3/4 in. x"), number: "3/4", unit: "in", source: "3/4 in")
    }

    @Test func mixedNumberWithHyphen() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "Teks #12 1-1/2 in."), number: "1-1/2", unit: "in", source: "1-1/2 in")
    }

    @Test func cubicFeetWrittenAsTwoAbbreviations() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "Whirlpool 1.9 cu. ft."), number: "1.9", unit: "cuft", source: "1.9 cu. ft")
    }

    @Test func gallonsAbbreviated() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: " 5 gal. "), number: "5", unit: "gal", source: "5 gal")
    }

    @Test func inchMarkFromHTMLEntity() throws {
        let title = try HomeDepotCorpus.title(containing: "2-1/2&quot; UTILITY")
        try expectMeasurement(title, number: "2-1/2", unit: "in", source: "2-1/2&quot;")
    }

    /// The corpus writes inch marks as `&quot;`; typed ones are the same unit.
    @Test func inchMarkTyped() {
        #expect(analyzer.analyze("24\" Vanity").terms(.measurement) == ["24in"])
        #expect(analyzer.analyze("6' Ladder").terms(.measurement) == ["6ft"])
    }

    @Test func voltsJoinedByHyphen() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "DEWALT 20-Volt Max"), number: "20", unit: "v", source: "20-Volt")
    }

    @Test func gauge() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "Strong-Tie 12-Gauge Angle"), number: "12", unit: "ga", source: "12-Gauge")
    }

    @Test func hertzAfterSlash() throws {
        let title = try HomeDepotCorpus.title(containing: "110 V/60 Hz")
        try expectMeasurement(title, number: "60", unit: "hz", source: "60 Hz")
        try expectMeasurement(title, number: "110", unit: "v", source: "110 V")
    }

    @Test func thousandsSeparatorIsDropped() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "Legion 1,000 sq. ft."), number: "1000", unit: "sqft", source: "1,000 sq. ft")
    }

    @Test func degreeSign() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "0.120-Gauge 30° Galvanized"), number: "30", unit: "deg", source: "30°")
    }

    @Test func packCount() throws {
        try expectMeasurement(try HomeDepotCorpus.title(containing: "Framing Nails (2,000-Pack)"), number: "2000", unit: "pack", source: "2,000-Pack")
    }

    /// "3/4 inch", "3/4in", "3/4 in." and `3/4"` all give one base path and one measurement,
    /// so a query written any of these ways matches a title written any other way.
    @Test func spellingsOfOneMeasurementAgree() {
        let spellings = ["3/4 inch", "3/4in", "3/4 in.", "3/4\"", "3/4 Inches", "3/4-in.", "3/4″"]
        let analyzed = spellings.map { analyzer.analyze($0) }
        for tokens in analyzed {
            #expect(tokens.map(\.term) == ["3/4in", "3/4", "in"])
            #expect(tokens.map(\.position) == [0, 0, 1])
        }
    }

    /// A mixed number written with a space or a vulgar fraction is the hyphenated one.
    @Test func mixedNumberSpellingsAgree() {
        for spelling in ["1-1/2 in.", "1 1/2 inch", "1½ in"] {
            #expect(analyzer.analyze(spelling).terms(.measurement) == ["1-1/2in"], "\(spelling)")
        }
    }

    /// Decimals lose trailing zeros and gain a leading one: "2.50" and ".5" are 2.5 and 0.5.
    @Test func decimalsAreNormalized() {
        #expect(analyzer.analyze("2.50 lb. bag").terms(.measurement) == ["2.5lb"])
        #expect(analyzer.analyze("2.0 cu ft").terms(.measurement) == ["2cuft"])
        #expect(analyzer.analyze(".5 gal").terms(.measurement) == ["0.5gal"])
    }

    /// Numbers are never stemmed, and units never turn into words with a stem.
    @Test func numbersAreNotStemmed() throws {
        let title = try HomeDepotCorpus.title(containing: "80-Pack")
        let tokens = analyzer.analyze(title)
        #expect(tokens.terms(.measurement).contains("80pack"))
        #expect(tokens.terms(.number).contains("80"))
    }

    /// Without product tokens, numbers stay numbers and unit words stay (stemmed) words.
    @Test func productTokensOffGivesPlainWords() {
        let plain = Analyzer(options: .init(productTokens: false))
        let tokens = plain.analyze("Whirlpool 1.9 cu. ft. Microwave")
        #expect(tokens.map(\.term) == ["whirlpool", "1.9", "cu", "ft", "microwav"])
        #expect(tokens.map(\.kind) == [.word, .number, .word, .word, .word])
    }
}
