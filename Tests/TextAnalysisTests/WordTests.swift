import Testing
import TextAnalysis

/// Words: case and diacritic folding, Unicode through ICU, apostrophes, stemming per language,
/// and UTF-8 offsets.
struct WordTests {
    let analyzer = Analyzer()

    @Test func asciiWordsAreLowercasedAndStemmed() throws {
        let title = try HomeDepotCorpus.title(containing: "Lithonia Lighting Quantum 2-Light")
        let tokens = analyzer.analyze(title)
        #expect(tokens.first?.term == "lithonia")
        #expect(tokens.terms(.word).contains("light"))
        #expect(tokens.allSatisfy { !$0.term.contains(where: \.isUppercase) })
    }

    /// Typographic apostrophes act like ASCII ones, and a possessive "'s" is dropped.
    @Test func typographicApostropheAndPossessive() throws {
        let title = try HomeDepotCorpus.title(containing: "John Deere Men’s Large")
        let tokens = analyzer.analyze(title)
        let men = try #require(tokens.first { title.source(of: $0) == "Men’s" })
        #expect(men.term == "men")
        #expect(analyzer.analyze("Men's Large").first?.term == "men")
    }

    /// Offsets are UTF-8 byte offsets into the original text, also after multi-byte characters.
    @Test func offsetsAreUTF8ByteOffsets() throws {
        let title = try HomeDepotCorpus.title(containing: "30° Galvanized")
        let tokens = analyzer.analyze(title)
        let galvanized = try #require(tokens.first("galvan"))
        let bytes = Array(title.utf8)
        let expected = try #require(title.utf8.firstRange(of: "Galvanized".utf8))
        #expect(galvanized.start == title.utf8.distance(from: title.utf8.startIndex, to: expected.lowerBound))
        #expect(String(decoding: bytes[galvanized.start..<galvanized.end], as: UTF8.self) == "Galvanized")
        #expect(tokens.allSatisfy { $0.start >= 0 && $0.start < $0.end && $0.end <= bytes.count })
    }

    /// A no-break space separates like a space.
    @Test func noBreakSpaceSeparates() throws {
        let title = try HomeDepotCorpus.titles().first { $0.unicodeScalars.contains("\u{A0}") }
        let tokens = analyzer.analyze(try #require(title))
        #expect(tokens.allSatisfy { !$0.term.unicodeScalars.contains("\u{A0}") })
    }

    @Test func diacriticsAreFoldedByDefault() {
        #expect(analyzer.analyze("Café Crème").map(\.term) == ["cafe", "creme"])
        #expect(Analyzer(options: .init(foldDiacritics: false)).analyze("Café").map(\.term) == ["café"])
        #expect(analyzer.normalize("Größe") == "grosse")
        #expect(analyzer.normalize("ＷＲＦ") == "wrf")
    }

    /// Fullwidth and other compatibility forms become ASCII and then get product tokens too.
    @Test func compatibilityFormsBecomeProductTokens() {
        #expect(analyzer.analyze("ＷＲＦ５５５").terms(.code) == ["wrf555"])
    }

    /// Text without spaces between words (Chinese, Japanese) is segmented by ICU's dictionaries.
    @Test func icuSegmentsChinese() {
        let tokens = analyzer.analyze("不锈钢水槽")
        #expect(tokens.count >= 2)
        #expect(tokens.map(\.term).joined() == "不锈钢水槽")
        #expect(tokens.map(\.position) == Array(0..<tokens.count))
    }

    /// Elided articles are dropped in French and Italian.
    @Test func elision() {
        let french = Analyzer(options: .init(language: .french, stemming: false))
        #expect(french.analyze("l'eau d'arrosage").map(\.term) == ["eau", "arrosage"])
        let italian = Analyzer(options: .init(language: .italian, stemming: false))
        #expect(italian.analyze("dell'acqua").map(\.term) == ["acqua"])
    }

    /// Each language stems with its own Snowball algorithm.
    @Test(arguments: [
        (Language.english, "faucets", "faucet"),
        (.german, "Häuser", "haus"),
        (.french, "robinets", "robinet"),
        (.spanish, "lámparas", "lamp"),
        (.italian, "lampade", "lampad"),
        (.dutch, "lampen", "lamp"),
        (.portuguese, "torneiras", "torneir"),
        (.swedish, "lampor", "lamp"),
        (.danish, "lamper", "lamp"),
        (.norwegian, "lamper", "lamp"),
    ])
    func stemmingPerLanguage(language: Language, word: String, stem: String) {
        let analyzer = Analyzer(options: .init(language: language))
        #expect(analyzer.analyze(word).map(\.term) == [stem])
        #expect(analyzer.stem(analyzer.normalize(word)) == stem)
    }

    @Test func stemmingCanBeTurnedOff() {
        #expect(Analyzer(options: .init(stemming: false)).analyze("Faucets").map(\.term) == ["faucets"])
    }

    /// `stem` leaves numbers and codes alone, like the analyzer does.
    @Test func stemLeavesNonWordsAlone() {
        #expect(analyzer.stem("1025sps") == "1025sps")
        #expect(analyzer.stem("heaters") == "heater")
    }

    @Test func emptyAndPunctuationOnlyTextHaveNoTokens() {
        #expect(analyzer.analyze("").isEmpty)
        #expect(analyzer.analyze(" - / ( ) # ").isEmpty)
    }
}
