import SearchIndex
import Testing

/// Deterministic property tests: hostile inputs thrown at both parsers must neither trap nor
/// hang, must keep every range and position inside the input, and every filter that parses must
/// survive a round trip through its canonical description. Together the inputs below number
/// over 200,000, each given to both parsers (strict query parsing checks every fourth one, to
/// keep the debug run short).
@Suite struct SyntaxFuzzTests {
    private static func problems(of inputs: some Sequence<String>) -> (count: Int, problems: [String]) {
        var count = 0
        var problems: [String] = []
        for input in inputs {
            problems += SyntaxInvariants.queryProblems(input, checkStrict: count % 4 == 0)
            count += 1
            problems += SyntaxInvariants.filterProblems(input)
        }
        return (count, problems)
    }

    @Test func randomUnicodeScalarsNeverBreakEitherParser() {
        var generator = SplitMix64(seed: 0x5EED_0001)
        let result = Self.problems(of: (0..<67_000).lazy.map { _ in FuzzInputs.randomScalars(&generator, maxLength: 24) })
        #expect(result.count == 67_000)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
    }

    @Test func soupsOfSyntaxCharactersAndWordsNeverBreakEitherParser() {
        var generator = SplitMix64(seed: 0x5EED_0002)
        let result = Self.problems(of: (0..<67_000).lazy.map { _ in FuzzInputs.soup(&generator, maxPieces: 10) })
        #expect(result.count == 67_000)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
    }

    @Test func mutationsOfValidInputsNeverBreakEitherParser() {
        var generator = SplitMix64(seed: 0x5EED_0003)
        let seeds = FuzzInputs.querySeeds + FuzzInputs.filterSeeds
        let result = Self.problems(of: (0..<67_000).lazy.map { index in FuzzInputs.mutate(seeds[index % seeds.count], &generator) })
        #expect(result.count == 67_000)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
    }

    @Test func everyPrefixAndSuffixOfValidInputsParses() throws {
        let seeds = FuzzInputs.querySeeds + FuzzInputs.filterSeeds
        let result = Self.problems(of: seeds.flatMap(FuzzInputs.truncations(of:)))
        #expect(result.count > 1_000)
        #expect(result.problems.isEmpty, "\(result.problems.prefix(5))")
        for seed in FuzzInputs.querySeeds {
            #expect(SyntaxInvariants.queryParser.parse(seed).warnings.isEmpty, "\(seed)")
        }
        for seed in FuzzInputs.filterSeeds {
            _ = try FilterParser().parse(seed)
        }
    }

    @Test func randomExpressionsSurviveARoundTripThroughTheirDescription() {
        var generator = SplitMix64(seed: 0x5EED_0004)
        var problems: [String] = []
        for _ in 0..<10_000 {
            problems += SyntaxInvariants.roundTripProblems(FuzzInputs.expression(&generator, depth: 4))
        }
        #expect(problems.isEmpty, "\(problems.prefix(5))")
    }

    /// Each case repeats `piece` to about 10,000 characters (only the piece shows in the test's
    /// name). They take 1–35 ms each in a debug build; the bound leaves room for a loaded machine.
    @Test(arguments: [
        ("\"", 10_000), ("-", 10_000), ("(", 10_000), ("NOT ", 2_500), ("brand:", 1_700), ("a", 10_000),
        ("3\" ", 3_300), ("\"a b\"~9", 1_400), ("a:1 AND ", 1_250), ("🔨\u{301}", 5_000), ("\u{0}", 10_000),
    ] as [(String, Int)])
    func tenThousandCharacterInputsParseQuickly(piece: String, count: Int) {
        let input = String(repeating: piece, count: count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(SyntaxInvariants.queryProblems(input).isEmpty)
            #expect(SyntaxInvariants.filterProblems(input).isEmpty)
        }
        #expect(elapsed < .milliseconds(500), "took \(elapsed)")
    }
}
