import SearchIndex
import Testing

@Suite struct EditDistanceAutomatonTests {
    private func distance(
        _ query: String, _ term: String, _ maxDistance: Int, prefix: Bool = false, strict: Bool = false
    ) throws -> Int? {
        try EditDistanceAutomaton(query: query, maxDistance: maxDistance, prefix: prefix, strictFirstScalar: strict)
            .distance(to: term)
    }

    @Test func adjacentTranspositionCostsOneEdit() throws {
        #expect(try distance("dirll", "drill", 1) == 1)
        #expect(try distance("fuacet", "faucet", 1) == 1)
        #expect(try distance("dirll", "drill", 0) == nil)
    }

    @Test func optimalStringAlignmentDoesNotEditASwappedPairAgain() throws {
        // "ca" -> "ac" -> "abc" is 2 edits in unrestricted Damerau-Levenshtein; OSA needs 3.
        #expect(try distance("ca", "abc", 2) == nil)
        #expect(try EditDistanceAutomaton(query: "ca", maxDistance: 2).distance(to: "ab") == 2)
    }

    @Test func countsEditsInUnicodeScalarsNotBytes() throws {
        #expect(try distance("cafe", "café", 1) == 1)
        #expect(try distance("日本語", "日本人", 1) == 1)
        #expect(try distance("wrench", "wrench🔧", 1) == 1)
        #expect(try distance("über", "uber", 0) == nil)
    }

    @Test func exactMatchIsDistanceZeroAndFartherTermsAreRejected() throws {
        #expect(try distance("drill", "drill", 2) == 0)
        #expect(try distance("drill", "drills", 1) == 1)
        #expect(try distance("drill", "grills", 1) == nil)
        #expect(try distance("drill", "grills", 2) == 2)
    }

    @Test func prefixModeAcceptsAnyContinuationOfAMatch() throws {
        #expect(try distance("cordls", "cordless", 1, prefix: true) == 1)
        #expect(try distance("cordls", "cordless", 1) == nil)
        #expect(try distance("cord", "cordless", 0, prefix: true) == 0)
        #expect(try distance("cordl", "cordless", 1, prefix: true) == 0)
        #expect(try distance("corld", "cordless", 1, prefix: true) == 1)
        #expect(try distance("xord", "cordless", 0, prefix: true) == nil)
    }

    @Test func strictFirstScalarChargesAnExtraEditForADifferentFirstScalar() throws {
        #expect(try distance("kyobi", "ryobi", 1, strict: true) == nil)
        #expect(try distance("kyobi", "ryobi", 2, strict: true) == 2)
        #expect(try distance("kyobi", "ryobi", 1) == 1)
        #expect(try distance("rdill", "drill", 1, strict: true) == nil)
        #expect(try distance("drlil", "drill", 1, strict: true) == 1)
        #expect(try distance("ashingles", "shingles", 2, strict: true) == 2)
        #expect(try distance("shingles", "hingles", 2, strict: true) == 2)
        #expect(try distance("cordless", "xcordlesses", 2, prefix: true, strict: true) == 2)
        #expect(try distance("cordless", "xcordlesses", 1, prefix: true, strict: true) == nil)
        #expect(try distance("cordls", "cordless", 1, prefix: true, strict: true) == 1)
    }

    @Test func emptyQueryMatchesTermsNoLongerThanTheBudget() throws {
        #expect(try distance("", "", 0) == 0)
        #expect(try distance("", "ab", 2) == 2)
        #expect(try distance("", "abc", 2) == nil)
        #expect(try distance("", "anything", 0, prefix: true) == 0)
    }

    @Test func queryOfMaximumLengthUsesTheTopBit() throws {
        let query = String(repeating: "ab", count: 31) + "c"
        #expect(query.unicodeScalars.count == EditDistanceAutomaton.maxQueryLength)
        let automaton = try EditDistanceAutomaton(query: query, maxDistance: 2)
        #expect(automaton.distance(to: query) == 0)
        #expect(automaton.distance(to: String(query.dropLast())) == 1)
        #expect(automaton.distance(to: query + "xy") == 2)
        #expect(automaton.distance(to: query + "xyz") == nil)
    }

    @Test func rejectsUnsupportedBudgetsAndOverlongQueries() {
        #expect(throws: FuzzyMatchError.distanceOutOfRange(requested: 3)) {
            try EditDistanceAutomaton(query: "drill", maxDistance: 3)
        }
        #expect(throws: FuzzyMatchError.distanceOutOfRange(requested: -1)) {
            try EditDistanceAutomaton(query: "drill", maxDistance: -1)
        }
        let long = String(repeating: "a", count: 64)
        #expect(throws: FuzzyMatchError.queryTooLong(scalarCount: 64, limit: 63)) {
            try EditDistanceAutomaton(query: long, maxDistance: 1)
        }
        #expect(FuzzyMatchError.queryTooLong(scalarCount: 64, limit: 63).description.contains("at most 63"))
    }

    @Test(arguments: [false, true], [false, true])
    func distancesAgreeWithTheNaiveTable(prefix: Bool, strict: Bool) throws {
        var rng = SplitMix64(seed: (prefix ? 11 : 7) + (strict ? 100 : 0))
        let words = TestWords.random(count: 400, using: &rng)
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            let query = words[index]
            let term = Bool.random(using: &rng) ? TestWords.withTypo(query, using: &rng) : words[index + 1]
            let expected = NaiveDamerauLevenshtein.distance(
                Array(query.unicodeScalars), term.unicodeScalars.map { $0 }, prefix: prefix, strictFirstScalar: strict)
            for budget in 0...2 {
                let found = try distance(query, term, budget, prefix: prefix, strict: strict)
                #expect(found == (expected <= budget ? expected : nil), "\(query) vs \(term), budget \(budget)")
            }
        }
    }

    @Test(arguments: [false, true])
    func aStateIsAliveExactlyWhenSomeContinuationCanStillMatch(strict: Bool) throws {
        var rng = SplitMix64(seed: strict ? 4 : 3)
        let words = TestWords.random(count: 300, using: &rng)
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            let query = Array(words[index].unicodeScalars)
            let term = Array(TestWords.withTypo(words[index + 1], using: &rng).unicodeScalars)
            for budget in 0...2 {
                let automaton = try EditDistanceAutomaton(scalars: query, maxDistance: budget, strictFirstScalar: strict)
                var state = automaton.start
                for length in stride(from: 1, through: term.count, by: 1) {
                    state = automaton.step(state, term[length - 1])
                    let consumed = term[..<length].map { Optional($0) }
                    let penalty = strict && term[0] != query[0] ? 1 : 0
                    let closest = (0...query.count).map {
                        NaiveDamerauLevenshtein.distance(Array(query[..<$0]), consumed)
                    }.min()! + penalty
                    #expect(automaton.isAlive(state) == (closest <= budget))
                }
            }
        }
    }
}
