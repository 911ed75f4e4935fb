@testable import SearchIndex
import Testing

@Suite struct TypoDictionaryTests {
    let folder = TemporaryFolder()

    /// Every term `dictionary` offers, by the walk of an automaton that accepts every word (the
    /// empty query in prefix mode).
    private static func everything(_ dictionary: TypoDictionary) throws -> Set<String> {
        var terms = Set<String>()
        dictionary.forEachMatch(of: try EditDistanceAutomaton(query: "", maxDistance: 0, prefix: true)) { term, _ in terms.insert(term) }
        return terms
    }

    /// Checks the walk against a linear scan with the naive distance, for every budget, both
    /// first-scalar rules and both modes: the same words with the same distances, each once, in
    /// key order.
    private static func expectWalkAgrees(_ dictionary: TypoDictionary, words: [String], _ query: String, prefix: Bool,
                                         budgets: ClosedRange<Int> = 0...2) throws {
        let scalars = Array(query.unicodeScalars)
        let distances = words.map { word in
            (word, NaiveDamerauLevenshtein.distances(scalars, word.unicodeScalars.map { $0 }))
        }
        for strict in [false, true] {
            for budget in budgets {
                var expected: [String: Int] = [:]
                for (word, table) in distances {
                    let distance = table.value(prefix: prefix, strictFirstScalar: strict)
                    if distance <= budget { expected[word] = distance }
                }
                let automaton = try EditDistanceAutomaton(query: query, maxDistance: budget, prefix: prefix, strictFirstScalar: strict)
                var found: [(String, Int)] = []
                let statistics = dictionary.forEachMatch(of: automaton) { found.append(($0, $1)) }
                let setting = "query \(query), budget \(budget), prefix \(prefix), strict \(strict)"
                #expect(Dictionary(found, uniquingKeysWith: { first, _ in first }) == expected, "\(setting)")
                #expect(Set(found.map(\.0)).count == found.count, "a word was reported twice: \(setting)")
                #expect(zip(found, found.dropFirst()).allSatisfy { Array($0.0.utf8).lexicographicallyPrecedes(Array($1.0.utf8)) }, "\(setting)")
                #expect(statistics.matches == found.count && !statistics.reachedLimit)
            }
        }
    }

    @Test(arguments: [UInt64(1), 2])
    func findsExactlyTheWordsANaiveScanFinds(seed: UInt64) throws {
        var rng = SplitMix64(seed: seed)
        let corpus = try TestWords.corpus()
        let realistic = (0..<1500).map { _ in corpus.randomElement(using: &rng)! }
        let random = TestWords.random(count: 1500, using: &rng)
        let words = Array(Set(realistic + random))
        let dictionary = TypoDictionary(words.map { ($0, $0) })
        #expect(dictionary.wordCount == words.count)
        var queries: [String] = []
        for _ in 0..<10 {
            var word = realistic.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 0...2, using: &rng) { word = TestWords.withTypo(word, using: &rng) }
            queries.append(word)
            queries.append(TestWords.withTypo(random.randomElement(using: &rng)!, using: &rng))
        }
        for query in queries {
            try Self.expectWalkAgrees(dictionary, words: words, query, prefix: false)
            try Self.expectWalkAgrees(dictionary, words: words, String(query.unicodeScalars.prefix(4)), prefix: true, budgets: 1...1)
        }
    }

    @Test func findsWordsOfAnyScriptByScalarsNotBytes() throws {
        let words = ["é", "e", "ée", "eé", "日本", "日", "本日", "🔧", "🔧a", "a🔧", "ab", "abé", "ba", "ß", "ss"]
        let dictionary = TypoDictionary(words.map { ($0, $0) })
        for query in ["abé", "ba", "日e", "🔧ab", "eeb", "a", "é"] {
            try Self.expectWalkAgrees(dictionary, words: words, query, prefix: false)
            try Self.expectWalkAgrees(dictionary, words: words, query, prefix: true)
        }
    }

    @Test func theWalkNamesTheWordEachTermWasFoundThroughAndWhetherItIsWritten() throws {
        let dictionary = TypoDictionary([("refrigerator", "refriger"), ("refriger", "refriger"), ("lights", "light"), ("lights", "lights"), ("light", "light")])
        func walk(_ query: String, _ distance: Int) throws -> [String] {
            var found: [String] = []
            dictionary.forEachMatch(of: try EditDistanceAutomaton(query: query, maxDistance: distance)) { (match: TypoDictionary.Match) in
                found.append("\(String(String.UnicodeScalarView(match.word))) \(match.term) \(match.distance)\(match.wordIsWritten ? "" : " stem")")
            }
            return found
        }
        // A term found as itself is marked: it may be a stem never written as such.
        #expect(try walk("refrigirater", 2) == ["refrigerator refriger 2"])
        #expect(try walk("refriger", 1) == ["refriger refriger 0 stem"])
        #expect(try walk("ligh", 2) == ["light light 1 stem", "lights light 2", "lights lights 2 stem"])
        // Siblings, then shallower branches: each word is its own path, not the last one's.
        let branches = TypoDictionary(["abc", "abd", "ax", "b"].map { ($0, $0) })
        var words: [String] = []
        branches.forEachMatch(of: try EditDistanceAutomaton(query: "ab", maxDistance: 1)) { (match: TypoDictionary.Match) in
            words.append(String(String.UnicodeScalarView(match.word)))
            #expect(words.last == match.term && !match.wordIsWritten)
        }
        #expect(words == ["abc", "abd", "ax", "b"])
    }

    @Test func aWordReportsEveryTermItStandsForOnce() throws {
        let dictionary = TypoDictionary([
            ("refrigerator", "refriger"), ("refriger", "refriger"), ("lights", "light"), ("lights", "lights"),
            ("lights", "light"), ("light", "light"),
        ])
        #expect(dictionary.wordCount == 4)
        #expect(Set(dictionary.terms) == ["refriger", "light", "lights"])
        var found: [(String, Int)] = []
        dictionary.forEachMatch(of: try EditDistanceAutomaton(query: "refrigirater", maxDistance: 2)) { found.append(($0, $1)) }
        #expect(found.map(\.0) == ["refriger"] && found.map(\.1) == [2])
        found = []
        let statistics = dictionary.forEachMatch(of: try EditDistanceAutomaton(query: "lihgts", maxDistance: 1)) { found.append(($0, $1)) }
        #expect(found.map(\.0) == ["light", "lights"] && found.allSatisfy { $0.1 == 1 })
        #expect(statistics.matches == 1)
    }

    @Test func stopsAfterTheLimit() throws {
        let dictionary = TypoDictionary(["bolt", "bolts", "boat", "boot", "colt", "volt", "bold", "belt"].map { ($0, $0) })
        let automaton = try EditDistanceAutomaton(query: "bolt", maxDistance: 1)
        var all: [String] = []
        dictionary.forEachMatch(of: automaton) { term, _ in all.append(term) }
        #expect(all.count == 8)
        var limited: [String] = []
        let statistics = dictionary.forEachMatch(of: automaton, limit: 3) { term, _ in limited.append(term) }
        #expect(limited == Array(all.prefix(3)))
        #expect(statistics.reachedLimit)
        var none: [String] = []
        let nothing = dictionary.forEachMatch(of: automaton, limit: 0) { term, _ in none.append(term) }
        #expect(none.isEmpty && nothing.nodes == 0)
    }

    /// The walk abandons dead prefixes: on 100,000 words in the style of product titles it computes
    /// the state of a small share of the trie's nodes.
    @Test func walkVisitsAFewPercentOfTheNodesOfAHundredThousandWords() throws {
        let corpus = try TestWords.corpus()
        var rng = SplitMix64(seed: 42)
        let words = TestWords.realistic(total: 100_000, training: corpus, using: &rng)
        let dictionary = TypoDictionary(words.map { ($0, $0) })
        for length in 6...8 {
            let typed = corpus.filter { $0.unicodeScalars.count == length && $0.allSatisfy(\.isLetter) }
            let queries = (0..<10).map { _ in TestWords.withTypo(typed.randomElement(using: &rng)!, using: &rng) }
            for budget in 1...2 {
                var visited: [Int] = []
                for query in queries {
                    let automaton = try EditDistanceAutomaton(query: query, maxDistance: budget, strictFirstScalar: true)
                    var walked = Set<String>()
                    visited.append(dictionary.forEachMatch(of: automaton) { term, _ in walked.insert(term) }.nodes)
                    if length == 7 {
                        #expect(walked == Set(words.filter { automaton.distance(to: $0) != nil }), "\(query)")
                    }
                }
                let percent = visited.map { Double($0) * 100 / Double(dictionary.nodeCount) }
                let mean = percent.reduce(0, +) / Double(percent.count)
                #expect(mean < (budget == 1 ? 0.5 : 3), "\(length) letters, \(budget) edit(s): mean \(mean)% of \(dictionary.nodeCount) nodes")
                print("typo walk, 100k words (\(dictionary.nodeCount) nodes), \(length) letters, \(budget) edit(s), strict first scalar:",
                      "nodes visited mean \(visited.reduce(0, +) / visited.count), max \(visited.max()!)")
            }
        }
    }

    @Test func anIndexOffersItsWordsButNeverCodesNumbersOrWrittenForms() throws {
        let index = try Index.create(at: folder.path + "/index")
        try index.write([
            .upsert(try Products.document(id: "1", title: "DeWalt DW7480 Drills 2x4 Lumber ½ Inch Bolt5")),
            .upsert(try Products.document(id: "2", title: "Cordless Lights 3000K")),
        ])
        let terms = try index.environment.read { txn in
            try Self.everything(try index.typoDictionary(txn: txn, statistics: try IndexStore.statistics(index.layout, txn)))
        }
        #expect(terms.isSuperset(of: ["dewalt", "drill", "lumber", "cordless", "light"]))
        #expect(!terms.contains { term in term.unicodeScalars.contains { $0.properties.numericType != nil } })
        #expect(!terms.contains { $0.utf8.first == WrittenForm.marker })
        // "drills" is a written word standing for its stem's term.
        let corrections = try index.environment.read { txn -> [String] in
            var found: [String] = []
            try index.typoDictionary(txn: txn, statistics: try IndexStore.statistics(index.layout, txn))
                .forEachMatch(of: try EditDistanceAutomaton(query: "drils", maxDistance: 1)) { term, _ in found.append(term) }
            return found
        }
        #expect(corrections.contains("drill"))
    }
}
