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
/// - Synonym rules (`Index.setSynonymRules`) add alternatives to the words they match, outside
///   quoted phrases, exclusions and prefixes (those mean the very words typed). The words as typed
///   always stay a reading (a product naming itself the shopper's way is always a match, even
///   under a one-way rule) at weight 1; an alternative weighs `synonymWeight`, shared among the
///   words of a multi-word match ("air conditioner" => "ac": each word takes "ac" at half weight,
///   so a product with "ac" covers both and scores as one term). A multi-word alternative
///   ("ac" => "air conditioner") is a phrase: its terms in order, adjacent, in one field
///   (`SynonymPhrasePostings`). A word a rule matched is never typo-corrected.
struct QueryPlan {
    /// A scored word with its occurrence rule and the text fields it may match in.
    struct Word {
        var alternatives: [(term: String, weight: Float)]
        var required: Bool
        var fieldMask: UInt8
        /// The word as typed, normalized but not stemmed, when it is a plain word typo tolerance
        /// may correct (letters only, outside phrases); nil otherwise.
        var correctable: String? = nil
        /// How to tell a product whose name has this word as typed (`WordCoverage`).
        var written: Written = .unknown
        /// Multi-word synonyms of the word: each matches where its terms occur in order.
        var phraseAlternatives: [PhraseAlternative] = []
    }

    /// A synonym of several terms standing in for a query word.
    struct PhraseAlternative: Equatable {
        var terms: [String]
        /// Each term's position relative to the first.
        var offsets: [Int]
        var weight: Float
    }

    /// Whether a product's name has a query word as it was typed, not only its stem.
    enum Written: Equatable {
        /// Not known (a prefix, a corrected word, several tokens): never counts as typed.
        case unknown
        /// The word's term is how it was typed: any product with the term in its name has it.
        case asTerm
        /// Typed differently from its term: products with this written-form term (`WrittenForm`)
        /// in their name have it.
        case writtenForm(String)
    }

    /// A query word that had no exact match and was corrected.
    struct Correction: Equatable {
        /// The word as typed (normalized).
        var typed: String
        /// The best indexed term found instead.
        var term: String
        /// How that term is written, normalized, when the typo walk found it through a written
        /// word (`TypoDictionary.Match.wordIsWritten`) at least as close to `typed` as any other
        /// standing for `term` ("refrigerator" for "refriger"); nil when the closest was the term
        /// itself, which may be a stem never written as such ("pressur").
        var written: String?
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
    var corrections: [Correction] = []
    /// Whether a word has a multi-word synonym (only term-at-a-time scores those).
    var hasPhraseAlternatives: Bool { words.contains { !$0.phraseAlternatives.isEmpty } }

    static let prefixExpansions = 50
    /// Corrections kept per misspelled word (closest first, then most frequent).
    static let maximumCorrections = 8
    /// Dictionary words within budget read per misspelled word, in key order, before the closest
    /// `maximumCorrections` are kept: a bound on the work for a pathological word, far above the
    /// few dozen a two-edit word finds among real product words.
    static let correctionCandidates = 512
    /// Score factor of a term one or two edits away from the typed word.
    static let correctionWeights: [Float] = [1, 0.8, 0.6]
    static let prefixWeight: Float = 0.9
    /// Score factor of a synonym against the word as typed: the shop's rule makes it a valid
    /// reading, the shopper's own word stays the better one.
    static let synonymWeight: Float = 0.9
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
    /// The index's query-time synonym rules.
    var synonyms = SynonymSet()

    /// Field names `field:value` may use.
    var knownFields: Set<String> {
        var fields = Set(schema.textFields.map(\.name))
        for column in registry.columns {
            fields.insert(column.name)
            if column.name.hasPrefix("attributes.") { fields.insert(String(column.name.dropFirst("attributes.".count))) }
        }
        return fields
    }

    func plan(_ text: String, mode: SearchRequest.MatchMode, typoTolerance: Bool, typoPolicy: TypoPolicy = .standard, plainText: Bool = false,
              prefixLastWord: Bool = false, typoDictionary: () throws -> TypoDictionary, txn: ReadTransaction, layout: IndexLayout) throws -> QueryPlan {
        var plan = QueryPlan()
        let parsed = plainText
            ? ParsedQuery(clauses: [QueryClause(kind: .word(text), range: 0..<text.unicodeScalars.count)])
            : QueryParser(fields: knownFields).parse(text)
        // Consecutive plain words with the same occurrence and field are analyzed as one text,
        // so that product tokens spanning words survive ("3/4 inch" is a measurement, "2 x 4" a
        // dimension); the parser splits at spaces.
        var run: [String] = []
        var runClause: QueryClause?
        var runFieldMask: UInt8 = 0xFF
        func flushRun() throws {
            guard let clause = runClause, !run.isEmpty else { return }
            var words = analyzedWords(run.joined(separator: " "), required: clause.occur == .must || mode == .all, fieldMask: runFieldMask,
                                      correctable: clause.occur != .mustNot, expandsSynonyms: clause.occur != .mustNot)
            if prefixLastWord, clause.isLastWord, clause.occur != .mustNot, let last = words.last, let typed = last.correctable {
                // As-you-type: the word being typed also matches what it begins.
                let expansion = try prefixWord(typed, required: last.required, fieldMask: runFieldMask, txn: txn, layout: layout)
                var merged = last
                merged.alternatives += expansion.alternatives.filter { candidate in !last.alternatives.contains { $0.term == candidate.term } }
                merged.correctable = nil
                merged.written = .unknown
                words[words.count - 1] = merged
            }
            if clause.occur == .mustNot { plan.excludedWords += words } else { plan.words += words }
            run = []
            runClause = nil
        }
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
            if case .word = clause.kind {} else { try flushRun() }
            switch clause.kind {
            case .word(let word):
                if let current = runClause, current.occur != clause.occur || runFieldMask != fieldMask { try flushRun() }
                run.append(word)
                runClause = clause
                runFieldMask = fieldMask
                continue
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
        try flushRun()
        // Stop words only count when the query has nothing else.
        let content = plan.words.filter { !$0.alternatives.allSatisfy { analyzer.isStopWord($0.term) } || $0.required }
        if !content.isEmpty { plan.words = content }
        plan.words = Array(plan.words.prefix(QueryPlan.maximumWords))
        if typoTolerance { try correct(&plan, policy: typoPolicy, dictionary: typoDictionary, txn: txn, layout: layout) }
        return plan
    }

    /// Typo tolerance: a correctable word whose term is not in the index gets the indexed terms
    /// within its edit budget (`policy`; by default none below 5 letters, 1 from 5, 2 from 8,
    /// none for anything with a digit) as alternatives, found by walking `dictionary` with an
    /// edit-distance automaton over the written words (indexed terms, and the words whose stem
    /// differs: "refrigirater" is two edits from "refrigerator", not from its stem "refriger").
    /// Words with a digit are never corrections (`TypoDictionary.load`). A word whose term exists
    /// is never corrected, so exact matches always rank above corrected ones.
    private func correct(_ plan: inout QueryPlan, policy: TypoPolicy, dictionary: () throws -> TypoDictionary, txn: ReadTransaction,
                         layout: IndexLayout) throws {
        for i in plan.words.indices {
            guard let typed = plan.words[i].correctable, let term = plan.words[i].alternatives.first?.term,
                  try txn.value(layout.terms, key: Array(term.utf8)) == nil else { continue }
            // A word longer than the automaton allows is matched exactly.
            guard policy.maxEdits(for: typed) > 0, let automaton = try? policy.automaton(for: typed) else { continue }
            // Each term at its closest word, a written one first among equally close ones, then
            // the first in key order.
            var found: [String: (distance: Int, word: ArraySlice<Unicode.Scalar>?)] = [:]
            try dictionary().forEachMatch(of: automaton, limit: QueryPlan.correctionCandidates) { (match: TypoDictionary.Match) in
                let rank = (match.distance, match.wordIsWritten ? 0 : 1)
                if let known = found[match.term], (known.distance, known.word == nil ? 1 : 0) <= rank { return }
                found[match.term] = (match.distance, match.wordIsWritten ? match.word : nil)
            }
            guard !found.isEmpty else { continue }
            var ranked: [(term: String, distance: Int, frequency: UInt32)] = []
            for (candidate, (distance, _)) in found {
                guard let raw = try txn.value(layout.terms, key: Array(candidate.utf8)), let info = TermInfo(raw) else { continue }
                ranked.append((candidate, distance, info.documentFrequency))
            }
            ranked.sort { ($0.distance, -Int64($0.frequency), $0.term) < ($1.distance, -Int64($1.frequency), $1.term) }
            let best = ranked.prefix(QueryPlan.maximumCorrections)
            plan.words[i].alternatives += best.map { ($0.term, QueryPlan.correctionWeights[min($0.distance, 2)]) }
            plan.words[i].written = .unknown
            if let first = best.first {
                plan.corrections.append(QueryPlan.Correction(typed: typed, term: first.term,
                                                             written: found[first.term]?.word.map { String(String.UnicodeScalarView($0)) }))
            }
        }
    }

    /// The words of a text span: tokens at one position are alternatives of one word; with
    /// `expandsSynonyms`, the synonym rules matching the span add theirs.
    private func analyzedWords(_ text: String, required: Bool, fieldMask: UInt8, keepStopWords: Bool = false, correctable: Bool = false,
                               expandsSynonyms: Bool = false) -> [QueryPlan.Word] {
        let analyzed = analyzer.analyze(text)
        var byPosition: [(position: Int, tokens: [Token])] = []
        for token in analyzed {
            if let last = byPosition.last, last.position == token.position {
                if !last.tokens.contains(where: { $0.term == token.term }) { byPosition[byPosition.count - 1].tokens.append(token) }
            } else {
                byPosition.append((token.position, [token]))
            }
        }
        let utf8 = Array(text.utf8)
        var words = byPosition.map { _, tokens in
            var word = QueryPlan.Word(alternatives: tokens.map { ($0.term, 1) }, required: required, fieldMask: fieldMask)
            guard tokens.count == 1 else { return word }
            let token = tokens[0]
            // Only words are stemmed; numbers, units and codes are indexed as written.
            guard token.kind == .word else {
                word.written = .asTerm
                return word
            }
            guard token.start < token.end, token.end <= utf8.count else { return word }
            let typed = analyzer.normalize(String(decoding: utf8[token.start..<token.end], as: UTF8.self))
            if correctable { word.correctable = typed }
            word.written = typed == token.term ? .asTerm : .writtenForm(typed)
            return word
        }
        if expandsSynonyms { addSynonyms(to: &words, positions: byPosition.map(\.position), tokens: analyzed) }
        return words
    }

    /// Adds the alternatives of the synonym rules matching `tokens` to the words at their
    /// positions (`positions[i]` is the position of `words[i]`); where matches overlap, the one
    /// starting first (then the longer) wins.
    private func addSynonyms(to words: inout [QueryPlan.Word], positions: [Int], tokens: [Token]) {
        guard !synonyms.isEmpty else { return }
        var claimed = Set<Int>()
        for match in synonyms.matches(in: tokens) where !match.positions.contains(where: claimed.contains) {
            claimed.formUnion(match.positions)
            let span = positions.indices.filter { match.positions.contains(positions[$0]) }
            guard !span.isEmpty else { continue }
            let weight = QueryPlan.synonymWeight / Float(span.count)
            for w in span {
                for alternative in match.alternatives {
                    if alternative.terms.count == 1 {
                        if !words[w].alternatives.contains(where: { $0.term == alternative.terms[0] }) {
                            words[w].alternatives.append((alternative.terms[0], weight))
                        }
                    } else {
                        words[w].phraseAlternatives.append(QueryPlan.PhraseAlternative(terms: alternative.terms, offsets: alternative.offsets, weight: weight))
                    }
                }
                words[w].correctable = nil
            }
        }
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
