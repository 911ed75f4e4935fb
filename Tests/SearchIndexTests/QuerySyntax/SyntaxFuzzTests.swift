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

    @Test(arguments: [
        String(repeating: "\"", count: 10_000),
        String(repeating: "-", count: 10_000),
        String(repeating: "(", count: 10_000),
        String(repeating: "NOT ", count: 2_500),
        String(repeating: "brand:", count: 1_700),
        String(repeating: "a", count: 10_000),
        String(repeating: "3\" ", count: 3_300),
        String(repeating: "\"a b\"~9", count: 1_400),
        String(repeating: "a:1 AND ", count: 1_250) + "a:1",
        String(repeating: "🔨\u{301}", count: 5_000),
        String(repeating: "\u{0}", count: 10_000),
    ])
    func tenThousandCharacterInputsParseQuickly(input: String) {
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            #expect(SyntaxInvariants.queryProblems(input).isEmpty)
            #expect(SyntaxInvariants.filterProblems(input).isEmpty)
        }
        #expect(elapsed < .milliseconds(500), "took \(elapsed)")
    }
}
