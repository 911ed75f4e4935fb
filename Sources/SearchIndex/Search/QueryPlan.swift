import LMDB
import TextAnalysis

/// A parsed and analyzed query, ready to execute.
///
/// Decisions, for a shop's search box:
/// - `+word` is required; `-word` / `-"phrase"` excludes documents containing it.
/// - A `"quoted phrase"` is required (a shopper who quotes means it) and matches only when its
///   words occur in order within one field, with at most `slop` extra words between them.
/// - `field:value` on a flat facet or numeric column (`brand:DeWalt`, `price:20`) is a filter
///   (exact value, any case) — a shopper naming the brand means that brand; on another text field
///   (`title:drill`, `category:drills`) it matches words of that field only.
/// - `prefix*` matches up to `prefixExpansions` indexed terms starting with the word, most
///   frequent first, each scored at `prefixWeight` of an exact match.
/// - In `.all` mode every word is required.
struct QueryPlan {
    /// A scored word with its occurrence rule and the text fields it may match in.
    struct Word {
        var alternatives: [(term: String, weight: Float)]
        var required: Bool
        var fieldMask: UInt8
    }

    /// A phrase constraint over required words: `words[i]` must sit at `offsets[i]` relative to
    /// the first word, give or take `slop` in total.
    struct Phrase {
        var terms: [[String]]
        var offsets: [Int]
        var slop: Int
        var fieldMask: UInt8
    }

    var words: [Word] = []
    var phrases: [Phrase] = []
    var excludedWords: [Word] = []
    var excludedPhrases: [Phrase] = []
    var columnFilters: [FilterExpression] = []
    /// Whether the query is plain words matching anywhere (the fast collectors apply).
    var isPlain: Bool {
        phrases.isEmpty && excludedWords.isEmpty && excludedPhrases.isEmpty && words.allSatisfy { !$0.required && $0.fieldMask == 0xFF }
    }

    static let prefixExpansions = 50
    static let prefixWeight: Float = 0.9
    /// Terms a prefix looks at (in dictionary order) before choosing the most frequent: keeps a
    /// one-letter prefix from scanning the whole dictionary.
    static let prefixScanLimit = 5000
    /// Per-document word counters are 16 bits: required words count 256, optional ones 1.
    static let maximumWords = 64
}

/// Builds `QueryPlan`s.
struct QueryPlanner {
    let analyzer: Analyzer
    let schema: Schema
    let registry: ColumnRegistry

    /// Field names `field:value` may use.
    var knownFields: Set<String> {
        var fields = Set(schema.textFields.map(\.name))
        for column in registry.columns {
            fields.insert(column.name)
            if column.name.hasPrefix("attributes.") { fields.insert(String(column.name.dropFirst("attributes.".count))) }
        }
        return fields
    }

    func plan(_ text: String, mode: SearchRequest.MatchMode, txn: ReadTransaction, layout: IndexLayout) throws -> QueryPlan {
        var plan = QueryPlan()
        let parsed = QueryParser(fields: knownFields).parse(text)
        for clause in parsed.clauses {
            var fieldMask: UInt8 = 0xFF
            if let field = clause.field {
                let isFlatFacet = registry.column(named: field)?.kind == .facet
                if !isFlatFacet, let number = schema.textFieldNumber(field) {
                    fieldMask = 1 << UInt8(number)
                } else {
                    let value: String
                    switch clause.kind {
                    case .word(let w), .prefix(let w): value = w
                    case .phrase(let words, _): value = words.joined(separator: " ")
                    }
                    let filter = FilterExpression.equals(field: field, value: Double(value).map(FilterValue.number) ?? .string(value))
                    plan.columnFilters.append(clause.occur == .mustNot ? .not(filter) : filter)
                    continue
                }
            }
            switch clause.kind {
            case .word(let word):
                let words = analyzedWords(word, required: clause.occur == .must || mode == .all, fieldMask: fieldMask)
                if clause.occur == .mustNot { plan.excludedWords += words } else { plan.words += words }
            case .prefix(let stem):
                let word = try prefixWord(stem, required: clause.occur == .must || mode == .all, fieldMask: fieldMask, txn: txn, layout: layout)
                if clause.occur == .mustNot { plan.excludedWords.append(word) } else { plan.words.append(word) }
            case .phrase(let parts, let slop):
                let words = analyzedWords(parts.joined(separator: " "), required: true, fieldMask: fieldMask, keepStopWords: true)
                guard !words.isEmpty else { continue }
                if words.count == 1 {
                    if clause.occur == .mustNot { plan.excludedWords += words } else { plan.words += words }
                    continue
                }
                let tokens = analyzer.analyze(parts.joined(separator: " "))
                let firstPosition = tokens.first?.position ?? 0
                var positions: [Int] = []
                for token in tokens where !positions.contains(token.position - firstPosition) { positions.append(token.position - firstPosition) }
                let phrase = QueryPlan.Phrase(terms: words.map { $0.alternatives.map(\.term) }, offsets: Array(positions.prefix(words.count)), slop: slop, fieldMask: fieldMask)
                if clause.occur == .mustNot {
                    plan.excludedPhrases.append(phrase)
                } else {
                    plan.phrases.append(phrase)
                    plan.words += words
                }
            }
        }
        // Stop words only count when the query has nothing else.
        let content = plan.words.filter { !$0.alternatives.allSatisfy { analyzer.isStopWord($0.term) } || $0.required }
        if !content.isEmpty { plan.words = content }
        plan.words = Array(plan.words.prefix(QueryPlan.maximumWords))
        return plan
    }

    /// The words of a text span: tokens at one position are alternatives of one word.
    private func analyzedWords(_ text: String, required: Bool, fieldMask: UInt8, keepStopWords: Bool = false) -> [QueryPlan.Word] {
        var byPosition: [(position: Int, terms: [String])] = []
        for token in analyzer.analyze(text) {
            if let last = byPosition.last, last.position == token.position {
                if !last.terms.contains(token.term) { byPosition[byPosition.count - 1].terms.append(token.term) }
            } else {
                byPosition.append((token.position, [token.term]))
            }
        }
        return byPosition.map { QueryPlan.Word(alternatives: $0.terms.map { ($0, 1) }, required: required, fieldMask: fieldMask) }
    }

    /// `stem*`: the indexed terms starting with the normalized word, most frequent first.
    private func prefixWord(_ stem: String, required: Bool, fieldMask: UInt8, txn: ReadTransaction, layout: IndexLayout) throws -> QueryPlan.Word {
        let normalized = analyzer.normalize(stem)
        var matches: [(term: String, frequency: UInt32)] = []
        if !normalized.isEmpty {
            let prefix = Array(normalized.utf8)
            try txn.forEach(layout.terms, from: prefix, prefix: prefix) { entry in
                if let info = TermInfo(entry.value) {
                    matches.append((String(decoding: entry.key, as: UTF8.self), info.documentFrequency))
                }
                return matches.count < QueryPlan.prefixScanLimit
            }
        }
        let best = matches.sorted { $0.frequency > $1.frequency }.prefix(QueryPlan.prefixExpansions)
        return QueryPlan.Word(alternatives: best.map { ($0.term, $0.term == normalized ? 1 : QueryPlan.prefixWeight) }, required: required, fieldMask: fieldMask)
    }
}
