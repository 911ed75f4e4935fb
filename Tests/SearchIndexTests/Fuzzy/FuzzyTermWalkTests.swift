@testable import SearchIndex
import Testing

@Suite struct FuzzyTermWalkTests {
    /// The naive oracle over one dictionary: every key starting with `keyPrefix`, split into symbols
    /// once, scanned linearly with the naive distance.
    private struct NaiveScan {
        let keys: SortedKeys
        let keyPrefix: [UInt8]
        let terms: [(bytes: [UInt8], symbols: [Unicode.Scalar?])]

        init(_ keys: SortedKeys, keyPrefix: [UInt8] = []) {
            self.keys = keys
            self.keyPrefix = keyPrefix
            terms = keys.keys.filter { $0.starts(with: keyPrefix) }.map {
                let bytes = Array($0.dropFirst(keyPrefix.count))
                return (bytes, NaiveDamerauLevenshtein.symbols(bytes))
            }
        }

        /// Runs the walk for every budget and both first-scalar rules and checks it against one
        /// scan: same terms, same distances, each reported once, in key order, and the walk's move
        /// count equals the cursor's.
        func expectWalkAgrees(_ query: String, prefix: Bool, budgets: ClosedRange<Int> = 0...2) throws {
            let scalars = Array(query.unicodeScalars)
            // Terms out of reach by length, and prefixes longer than query + budget, cannot match.
            let distances = terms.compactMap { term -> (bytes: [UInt8], distances: NaiveDamerauLevenshtein.Distances)? in
                let symbols = prefix ? Array(term.symbols.prefix(scalars.count + budgets.upperBound)) : term.symbols
                guard prefix || abs(symbols.count - scalars.count) <= budgets.upperBound else { return nil }
                return (term.bytes, NaiveDamerauLevenshtein.distances(scalars, symbols))
            }
            for strict in [false, true] {
                for budget in budgets {
                    var expected: [[UInt8]: Int] = [:]
                    for term in distances {
                        let distance = term.distances.value(prefix: prefix, strictFirstScalar: strict)
                        if distance <= budget { expected[term.bytes] = distance }
                    }
                    let automaton = try EditDistanceAutomaton(
                        query: query, maxDistance: budget, prefix: prefix, strictFirstScalar: strict)
                    let walk = FuzzyTermWalk(automaton: automaton, keyPrefix: keyPrefix)
                    let (matches, statistics, cursorMoves) = walk.collect(keys)
                    let found = Dictionary(matches.map { ($0.term, $0.distance) }, uniquingKeysWith: { first, _ in first })
                    #expect(found == expected, "query \(query), budget \(budget), prefix \(prefix), strict \(strict)")
                    #expect(found.count == matches.count, "a term was reported twice")
                    #expect(zip(matches, matches.dropFirst()).allSatisfy { $0.term.lexicographicallyPrecedes($1.term) })
                    #expect(statistics.matches == matches.count)
                    #expect(statistics.cursorMoves == cursorMoves)
                }
            }
        }
    }

    @Test(arguments: [UInt64(1), 2])
    func findsExactlyTheTermsANaiveScanFinds(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let corpus = try TestWords.corpus()
        let realistic = (0..<1500).map { _ in corpus.randomElement(using: &rng)! }
        let random = TestWords.random(count: 1500, using: &rng)
        let scan = NaiveScan(SortedKeys(terms: realistic + random))
        var queries: [String] = []
        for _ in 0..<10 {
            var word = realistic.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 0...2, using: &rng) { word = TestWords.withTypo(word, using: &rng) }
            queries.append(word)
            queries.append(TestWords.withTypo(random.randomElement(using: &rng)!, using: &rng))
        }
        for query in queries {
            try scan.expectWalkAgrees(query, prefix: false)
            try scan.expectWalkAgrees(String(query.unicodeScalars.prefix(4)), prefix: true, budgets: 1...1)
        }
    }

    @Test func findsTermsBesideInvalidUTF8AndRawBytesExactly() throws {
        var rng = SplitMix64(seed: 5)
        let fragments: [[UInt8]] = [
            Array("a".utf8), Array("b".utf8), Array("e".utf8), Array("é".utf8), Array("日".utf8),
            Array("🔧".utf8), [0xC3], [0xE6, 0x97], [0xF0, 0x9F], [0x80], [0xFF], [0xFE], [0xED, 0xA0, 0x80],
        ]
        let scan = NaiveScan(SortedKeys((0..<3000).map { _ in
            (0..<Int.random(in: 1...7, using: &rng)).flatMap { _ in fragments.randomElement(using: &rng)! }
        }))
        for query in ["abé", "ba", "日e", "🔧ab", "eeb", "a", ""] {
            try scan.expectWalkAgrees(query, prefix: false)
            try scan.expectWalkAgrees(query, prefix: true)
        }
    }

    @Test func visitsOnlyTheKeysOfItsKeyFamily() throws {
        let terms = ["drill", "drills", "grill", "dirll", "ddrill", "frill"]
        let families: [[UInt8]] = [[], [0x00] + Array("title".utf8) + [0x00], [0x00] + Array("brand".utf8) + [0x00], [0x01, 0xFF], [0x02], [0xFF], [0xFF, 0xFF]]
        var keys: [[UInt8]] = []
        for (index, family) in families.enumerated() {
            keys += terms.prefix(index + 1).map { family + Array($0.utf8) }
            keys.append(family + [0xFF, 0xFF])
        }
        let dictionary = SortedKeys(keys)
        for family in families.dropFirst() {
            let scan = NaiveScan(dictionary, keyPrefix: family)
            try scan.expectWalkAgrees("drill", prefix: false)
            try scan.expectWalkAgrees("dril", prefix: true)
        }
        let title = try FuzzyTermWalk(
            automaton: EditDistanceAutomaton(query: "drill", maxDistance: 1), keyPrefix: families[1]
        ).collect(dictionary)
        #expect(title.matches.map { String(decoding: $0.term, as: UTF8.self) } == ["drill", "drills"])
    }

    @Test func skipsPastPrefixesEndingInFFBytes() {
        var bytes: [UInt8] = [0x61, 0xFF, 0xFF]
        #expect(FuzzyTermWalk.formSuccessor(&bytes) && bytes == [0x62])
        bytes = [0x61, 0xFE]
        #expect(FuzzyTermWalk.formSuccessor(&bytes) && bytes == [0x61, 0xFF])
        bytes = [0xFF, 0xFF]
        #expect(!FuzzyTermWalk.formSuccessor(&bytes))
        bytes = []
        #expect(!FuzzyTermWalk.formSuccessor(&bytes))
    }

    @Test func findsATranspositionWithOneEdit() throws {
        let keys = SortedKeys(terms: ["dill", "drill", "drills", "grill", "dirt", "thrill"])
        let walk = FuzzyTermWalk(automaton: try EditDistanceAutomaton(query: "dirll", maxDistance: 1))
        let found = walk.collect(keys).matches.map { (String(decoding: $0.term, as: UTF8.self), $0.distance) }
        #expect(found.map(\.0) == ["dill", "drill"])
        #expect(found.map(\.1) == [1, 1])
    }

    @Test func prefixModeFindsCompletionsOfAMistypedWord() throws {
        let keys = SortedKeys(terms: ["cord", "cordless", "cordlessdrill", "corded", "cardless", "chord", "cords"])
        let walk = FuzzyTermWalk(automaton: try EditDistanceAutomaton(query: "cordls", maxDistance: 1, prefix: true))
        let found = Dictionary(uniqueKeysWithValues: walk.collect(keys).matches.map {
            (String(decoding: $0.term, as: UTF8.self), $0.distance)
        })
        #expect(found == ["cordless": 1, "cordlessdrill": 1, "cords": 1])
    }

    @Test func numbersAndCodesOnlyMatchExactly() throws {
        let keys = SortedKeys(terms: ["dw7480", "dw7408", "dw7481", "dw748", "2x4", "2x6", "2x4s", "12v", "18v"])
        for (query, expected) in [("dw7480", ["dw7480"]), ("2x4", ["2x4"]), ("12v", ["12v"])] {
            let budget = TypoPolicy.standard.maxEdits(for: query)
            #expect(budget == 0)
            let walk = FuzzyTermWalk(automaton: try EditDistanceAutomaton(query: query, maxDistance: budget))
            #expect(walk.collect(keys).matches.map { String(decoding: $0.term, as: UTF8.self) } == expected)
        }
    }

    @Test func stopsAfterTheLimit() throws {
        let keys = SortedKeys(terms: ["bolt", "bolts", "boat", "boot", "colt", "volt", "bold", "belt"])
        let automaton = try EditDistanceAutomaton(query: "bolt", maxDistance: 1)
        let all = Set(FuzzyTermWalk(automaton: automaton).collect(keys).matches.map(\.term))
        #expect(all.count == 8)
        let limited = FuzzyTermWalk(automaton: automaton, limit: 3).collect(keys)
        #expect(limited.matches.count == 3)
        #expect(limited.statistics.reachedLimit)
        #expect(Set(limited.matches.map(\.term)).isSubset(of: all))
        let none = FuzzyTermWalk(automaton: automaton, limit: 0).collect(keys)
        #expect(none.matches.isEmpty && none.cursorMoves == 0)
    }
}
