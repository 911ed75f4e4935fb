/// The words a misspelled query word may be corrected to, as a trie in memory, and the walk that
/// finds those within an ``EditDistanceAutomaton``'s budget.
///
/// Each entry is a word as the automaton compares it (an indexed term, or a word as written whose
/// stem differs) and the term it stands for. The walk descends the trie one Unicode scalar at a
/// time and abandons a branch as soon as the automaton's state dies, so it visits the prefixes that
/// can still match, never the whole dictionary: on 100,000 words in the style of product titles, a
/// two-edit walk computes the states of about 4,000 of 400,000 nodes (`TypoDictionaryTests`). It
/// replaced a walk that sought through the LMDB term dictionary, past each dead prefix: on Home
/// Depot (OR, top 10, `scripts/ab.sh`, same results) p95 and p99 fell by 27-29 %, p50 by 7 %.
///
/// Immutable once built, so searches share one instance; `Index` keeps the one of its latest
/// snapshot (`Index.typoDictionary(txn:statistics:)`).
package final class TypoDictionary: Sendable {
    /// What one walk visited and found.
    package struct Statistics: Equatable, Sendable {
        /// Trie nodes whose state was computed (the root excluded).
        package var nodes = 0
        /// Words reported.
        package var matches = 0
        /// Whether the walk stopped because it reported `limit` words.
        package var reachedLimit = false
    }

    /// The distinct terms entries stand for.
    package let terms: [String]
    /// The scalar value on the edge into each node (nodes in breadth-first order; node 0 is the
    /// root and has none).
    private let labels: [UInt32]
    /// The children of node `n` are the nodes `firstChild[n] ..< firstChild[n + 1]`, in ascending
    /// scalar order (breadth-first numbering makes every node's children follow the previous
    /// node's).
    private let firstChild: [UInt32]
    /// The terms of the words ending at node `n` are `termsOfNode[termStart[n] ..< termStart[n + 1]]`.
    private let termStart: [UInt32]
    /// Indexes into `terms`.
    private let termsOfNode: [UInt32]

    /// Words in the dictionary (distinct), for statistics and tests.
    package let wordCount: Int
    /// Nodes of the trie, the root included.
    package var nodeCount: Int { labels.count }

    /// Builds the trie of `entries`: (word, term it stands for) pairs in any order; a word may stand
    /// for several terms and a pair may repeat.
    package init(_ entries: [(word: String, term: String)]) {
        var termIndex: [String: UInt32] = [:]
        var terms: [String] = []
        var sorted: [(word: [Unicode.Scalar], term: UInt32)] = []
        sorted.reserveCapacity(entries.count)
        // The empty word is not a word: the root never matches.
        for (word, term) in entries where !word.isEmpty {
            let index: UInt32
            if let known = termIndex[term] {
                index = known
            } else {
                index = UInt32(terms.count)
                termIndex[term] = index
                terms.append(term)
            }
            sorted.append((Array(word.unicodeScalars), index))
        }
        // Scalar order is UTF-8 byte order: the walk reports words in the dictionary's key order.
        sorted.sort { a, b in
            a.word.lexicographicallyPrecedes(b.word, by: { $0.value < $1.value }) || (a.word == b.word && a.term < b.term)
        }

        // Breadth-first: node n covers the entries `ranges[n]`, which share its word's first
        // `depths[n]` scalars; the entries ending there come first in the range.
        var labels: [UInt32] = [0]
        var ranges: [Range<Int>] = [0..<sorted.count]
        var depths: [Int] = [0]
        var firstChild: [UInt32] = []
        var termStart: [UInt32] = []
        var termsOfNode: [UInt32] = []
        var words = 0
        var node = 0
        while node < ranges.count {
            let range = ranges[node], depth = depths[node]
            var i = range.lowerBound
            termStart.append(UInt32(termsOfNode.count))
            if i < range.upperBound, sorted[i].word.count == depth { words += 1 }
            while i < range.upperBound, sorted[i].word.count == depth {
                if termsOfNode.count == Int(termStart[node]) || termsOfNode.last != sorted[i].term { termsOfNode.append(sorted[i].term) }
                i += 1
            }
            firstChild.append(UInt32(ranges.count))
            while i < range.upperBound {
                let scalar = sorted[i].word[depth]
                var j = i + 1
                while j < range.upperBound, sorted[j].word[depth] == scalar { j += 1 }
                labels.append(scalar.value)
                ranges.append(i..<j)
                depths.append(depth + 1)
                i = j
            }
            node += 1
        }
        firstChild.append(UInt32(ranges.count))
        termStart.append(UInt32(termsOfNode.count))
        self.terms = terms
        self.labels = labels
        self.firstChild = firstChild
        self.termStart = termStart
        self.termsOfNode = termsOfNode
        self.wordCount = words
    }

    /// Calls `visit` with each term of each word within `automaton`'s budget and the word's
    /// distance, words in key order, until `limit` words were found (a word standing for several
    /// terms counts once). In prefix mode, every word extending a match matches too. A walk with a
    /// limit below 1 reports nothing.
    @discardableResult
    package func forEachMatch(of automaton: EditDistanceAutomaton, limit: Int = .max, _ visit: (_ term: String, _ distance: Int) -> Void) -> Statistics {
        forEachMatch(of: automaton, limit: limit) { (match: Match) in visit(match.term, match.distance) }
    }

    /// One term a walk found, and the word it was found through.
    package struct Match {
        /// The word matched (its Unicode scalars; a copy may be kept): "refrigerator".
        package var word: ArraySlice<Unicode.Scalar>
        /// A term it stands for: "refriger".
        package var term: String
        package var distance: Int
        /// Whether `word` is known to be a way `term` is written: a word entered apart from its
        /// term (entries other than a term's own are words as written). A term found as itself
        /// may be a stem never written as such ("pressur", whose documents write "pressure"; or
        /// "sharkbit", from the compound "SharkBite", whose written form is not entered).
        package var wordIsWritten: Bool
    }

    /// `forEachMatch(of:limit:_:)`, each term with the word it was found through: how the
    /// correction is written, the closest to what was typed, when `Match.wordIsWritten`.
    @discardableResult
    package func forEachMatch(of automaton: EditDistanceAutomaton, limit: Int = .max, _ visit: (Match) -> Void) -> Statistics {
        var statistics = Statistics()
        guard limit > 0 else { return statistics }
        // Depth-first, children in ascending order: a node is reported before its descendants,
        // which is key order. The stack holds nodes whose state is alive, last child on top, with
        // their depth; the root holds no word. `word` holds the scalars on the path to the node
        // popped last.
        var stack: [(node: Int, depth: Int, state: EditDistanceAutomaton.State)] = []
        stack.reserveCapacity(64)
        stack.append((0, 0, automaton.start))
        var word: [Unicode.Scalar] = []
        labels.withUnsafeBufferPointer { labels in
            firstChild.withUnsafeBufferPointer { firstChild in
                while let (node, depth, state) = stack.popLast() {
                    if depth > 0 {
                        word.removeSubrange((depth - 1)...)
                        word.append(Unicode.Scalar(labels[node]) ?? "\u{FFFD}")
                    }
                    let start = Int(termStart[node]), end = Int(termStart[node + 1])
                    if start < end, let distance = automaton.acceptedDistance(state) {
                        for t in start..<end {
                            let term = Int(termsOfNode[t])
                            visit(Match(word: word[...], term: terms[term], distance: distance,
                                        wordIsWritten: !word.elementsEqual(terms[term].unicodeScalars)))
                        }
                        statistics.matches += 1
                        if statistics.matches >= limit {
                            statistics.reachedLimit = true
                            return
                        }
                    }
                    var child = Int(firstChild[node + 1])
                    let first = Int(firstChild[node])
                    while child > first {
                        child -= 1
                        let next = automaton.step(state, positions: automaton.positions(ofValue: labels[child]))
                        statistics.nodes += 1
                        if automaton.isAlive(next) { stack.append((child, depth + 1, next)) }
                    }
                }
            }
        }
        return statistics
    }
}
