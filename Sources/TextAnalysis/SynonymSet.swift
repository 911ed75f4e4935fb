/// Synonym rules, applied at query time: the index holds no synonym tokens, so rules can change
/// without reindexing, and the engine expands a query where `matches(in:)` finds a rule.
///
/// Every phrase is analyzed with the analyzer given when it is added (use the index's analyzer),
/// and rules are stored and matched as sequences of base-path terms (see `Token`): "TV" matches
/// the query token "tv", "air conditioner" the terms "air" "condition" at consecutive positions,
/// and an alternative such as "3/4 in." is ["3/4", "in"], the same base path a title with
/// "3/4 inch" has. Phrases that analyze to nothing (only removed stop words) are ignored.
public struct SynonymSet: Sendable {
    /// An analyzed phrase: its base-path terms and their positions relative to the first (a
    /// removed stop word leaves a gap: "cooler for air" is at offsets 0 and 2).
    public struct Phrase: Hashable, Sendable {
        /// The terms, in order.
        public var terms: [String]
        /// Each term's position relative to the first term (so `offsets[0] == 0`).
        public var offsets: [Int]

        /// A phrase of `terms` at `offsets`.
        public init(terms: [String], offsets: [Int]) {
            self.terms = terms
            self.offsets = offsets
        }
    }

    struct Rule: Sendable {
        var alternatives: [Phrase] = []
        var keepsOriginal = false
    }

    private var rules: [Phrase: Rule] = [:]
    private var phrasesByFirstTerm: [String: [Phrase]] = [:]

    /// An empty set.
    public init() {}

    /// Whether the set has no rules.
    public var isEmpty: Bool { rules.isEmpty }

    /// How many distinct phrases have alternatives ("tv, television" gives 2).
    public var phraseCount: Int { rules.count }

    /// Makes all `phrases` interchangeable ("tv, television"; "ac, air conditioner"): a match of
    /// any one of them offers all the others, and keeps itself.
    public mutating func addEquivalence(_ phrases: [String], analyzer: Analyzer) {
        let analyzed = Self.unique(phrases.compactMap { Self.phrase($0, analyzer: analyzer) })
        for phrase in analyzed {
            add(phrase, alternatives: analyzed, keepsOriginal: true)
        }
    }

    /// Lets `from` be replaced by each of `to` ("hoodie => hooded sweatshirt"), not the other way
    /// round. The match keeps `from` as a valid reading only if `to` lists it too.
    public mutating func addOneWay(_ from: String, to: [String], analyzer: Analyzer) {
        guard let source = Self.phrase(from, analyzer: analyzer) else { return }
        let targets = Self.unique(to.compactMap { Self.phrase($0, analyzer: analyzer) })
        add(source, alternatives: targets, keepsOriginal: targets.contains(source))
    }

    /// Every place in `tokens` (as produced by an `Analyzer`, ordered by position) where a rule's
    /// phrase matches the base path, ordered by start position, longer matches first.
    public func matches(in tokens: [Token]) -> [SynonymMatch] {
        guard !rules.isEmpty else { return [] }
        var baseTermAt: [Int: String] = [:]
        for token in tokens where token.positionLength == 1 { baseTermAt[token.position] = token.term }
        var found: [SynonymMatch] = []
        for token in tokens where token.positionLength == 1 {
            guard let candidates = phrasesByFirstTerm[token.term] else { continue }
            for phrase in candidates where Self.phrase(phrase, matchesAt: token.position, in: baseTermAt) {
                guard let rule = rules[phrase] else { continue }
                let positions = token.position..<(token.position + phrase.offsets[phrase.offsets.count - 1] + 1)
                let first = tokens.firstIndex { positions.contains($0.position) } ?? 0
                let last = tokens.lastIndex { positions.contains($0.position) } ?? first
                found.append(
                    SynonymMatch(
                        positions: positions, tokens: first..<(last + 1), alternatives: rule.alternatives,
                        keepsOriginal: rule.keepsOriginal))
            }
        }
        return found.sorted {
            ($0.positions.lowerBound, -$0.positions.count) < ($1.positions.lowerBound, -$1.positions.count)
        }
    }

    private mutating func add(_ phrase: Phrase, alternatives: [Phrase], keepsOriginal: Bool) {
        var rule = rules[phrase] ?? {
            phrasesByFirstTerm[phrase.terms[0], default: []].append(phrase)
            return Rule()
        }()
        for alternative in alternatives where alternative != phrase && !rule.alternatives.contains(alternative) {
            rule.alternatives.append(alternative)
        }
        rule.keepsOriginal = rule.keepsOriginal || keepsOriginal
        rules[phrase] = rule
    }

    private static func phrase(_ phrase: Phrase, matchesAt start: Int, in baseTermAt: [Int: String]) -> Bool {
        for (term, offset) in zip(phrase.terms, phrase.offsets).dropFirst() where baseTermAt[start + offset] != term {
            return false
        }
        return true
    }

    /// The analyzed base path of `text`, or nil if it has no tokens.
    static func phrase(_ text: String, analyzer: Analyzer) -> Phrase? {
        let base = analyzer.analyze(text).filter { $0.positionLength == 1 }
        guard let first = base.first else { return nil }
        return Phrase(terms: base.map(\.term), offsets: base.map { $0.position - first.position })
    }

    private static func unique(_ phrases: [Phrase]) -> [Phrase] {
        var seen = Set<Phrase>()
        return phrases.filter { seen.insert($0).inserted }
    }
}
