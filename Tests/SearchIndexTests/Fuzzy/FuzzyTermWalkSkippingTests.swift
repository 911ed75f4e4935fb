import SearchIndex
import Testing

@Suite struct FuzzyTermWalkSkippingTests {
    /// 100,000 distinct terms: the Home Depot title words plus words generated in their style.
    private static let dictionary: Result<(keys: SortedKeys, corpus: [String]), CorpusUnavailable> = Result {
        () throws(CorpusUnavailable) in
        let corpus = try TestWords.corpus()
        var rng = SplitMix64(seed: 42)
        let terms = TestWords.realistic(total: 100_000, training: corpus, using: &rng)
        return (SortedKeys(terms: terms), corpus)
    }

    /// Per query, the walk may move the cursor to at most this share of the terms (in percent);
    /// for two edits without a strict first scalar only the mean is bounded.
    private static func movesBound(budget: Int, strictFirstScalar: Bool) -> (perQuery: Double?, mean: Double) {
        switch (budget, strictFirstScalar) {
        case (1, _): (0.5, 0.5)
        case (_, true): (2.5, 2.5)
        default: (nil, 5)
        }
    }

    @Test(arguments: [false, true])
    func walkMovesTheCursorOverAFewPercentOfAHundredThousandTerms(strictFirstScalar: Bool) throws {
        let (keys, corpus) = try Self.dictionary.get()
        #expect(keys.keys.count == 100_000)
        var rng = SplitMix64(seed: 9)
        let clock = ContinuousClock()
        for length in 6...8 {
            let words = corpus.filter { $0.unicodeScalars.count == length && $0.allSatisfy(\.isLetter) }
            let queries = (0..<10).map { _ in TestWords.withTypo(words.randomElement(using: &rng)!, using: &rng) }
            for budget in 1...2 {
                var moves: [Int] = []
                var matches = 0
                let elapsed = try clock.measure {
                    for query in queries {
                        let automaton = try EditDistanceAutomaton(
                            query: query, maxDistance: budget, strictFirstScalar: strictFirstScalar)
                        let (found, statistics, _) = FuzzyTermWalk(automaton: automaton).collect(keys)
                        moves.append(statistics.cursorMoves)
                        matches += found.count
                    }
                }
                let percent = moves.map { Double($0) * 100 / Double(keys.keys.count) }
                let mean = percent.reduce(0, +) / Double(percent.count)
                let bound = Self.movesBound(budget: budget, strictFirstScalar: strictFirstScalar)
                let setting = "\(length) letters, \(budget) edit(s), strict first scalar \(strictFirstScalar)"
                #expect(mean < bound.mean, "\(setting): mean \(mean)% of terms")
                if let perQuery = bound.perQuery {
                    #expect(percent.max()! < perQuery, "\(setting): worst \(percent.max()!)% of terms")
                }
                print(
                    "fuzzy walk, 100k terms, \(setting): cursor moves mean \(moves.reduce(0, +) / moves.count),",
                    "max \(moves.max()!); matches mean \(matches / queries.count);",
                    "\(elapsed / queries.count) per query (debug build, in-memory cursor)")
            }
        }
    }

    @Test func walkOnTheLargeDictionaryFindsWhatALinearScanFinds() throws {
        let (keys, _) = try Self.dictionary.get()
        for (query, budget) in [("cordles", 1), ("facuet", 1), ("strippper", 2), ("micewave", 2)] {
            for strict in [false, true] {
                let automaton = try EditDistanceAutomaton(query: query, maxDistance: budget, strictFirstScalar: strict)
                let walked = Set(FuzzyTermWalk(automaton: automaton).collect(keys).matches.map(\.term))
                let scanned = Set(keys.keys.filter { automaton.distance(to: String(decoding: $0, as: UTF8.self)) != nil })
                #expect(walked == scanned, "\(query)")
                #expect(!walked.isEmpty)
            }
        }
    }
}
