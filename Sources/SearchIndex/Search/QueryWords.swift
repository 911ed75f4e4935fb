import TextAnalysis

/// One word of an analyzed query: the indexed terms that count as that word, with weights.
struct QueryWord: Sendable, Equatable {
    /// Terms that match this word (the word itself; later also typo corrections, prefixes and
    /// synonyms), each with the weight its score is multiplied by.
    var alternatives: [(term: String, weight: Float)]

    static func == (lhs: QueryWord, rhs: QueryWord) -> Bool {
        lhs.alternatives.count == rhs.alternatives.count
            && zip(lhs.alternatives, rhs.alternatives).allSatisfy { $0.term == $1.term && $0.weight == $1.weight }
    }
}

extension Analyzer {
    /// The words of a free-text query: tokens at one position are alternatives of one word (a
    /// model number and its parts, a measurement and its number). Stop words are dropped unless
    /// the query has nothing else, so "faucet in chrome" needs "faucet" and "chrome" only. At most
    /// 64 words are kept.
    func queryWords(_ text: String) -> [QueryWord] {
        let tokens = analyze(text)
        var byPosition: [Int: [String]] = [:]
        for token in tokens where !(byPosition[token.position]?.contains(token.term) ?? false) {
            byPosition[token.position, default: []].append(token.term)
        }
        let words = byPosition.sorted { $0.key < $1.key }.map { _, terms in
            QueryWord(alternatives: terms.map { ($0, 1) })
        }
        let content = words.filter { !$0.alternatives.allSatisfy { isStopWord($0.term) } }
        // Per-document match counters are one byte: a query's first 64 words are what counts.
        return Array((content.isEmpty ? words : content).prefix(64))
    }
}
