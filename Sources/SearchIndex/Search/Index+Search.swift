import LMDB

extension Index {
    /// Runs `request` against the current state of the index: one read snapshot from start to
    /// finish, BM25F over the schema's text fields, exact filters and facets.
    ///
    /// Which collector runs: an empty query visits every live document; `.all` leapfrogs a
    /// conjunction; `.any` runs term-at-a-time accumulation when every match must be visited
    /// (exact total, facets, field sort, a cursor), and block-max WAND otherwise, scoring only
    /// documents that can reach the page. With `request.threads` above 1, a term-at-a-time search
    /// with many postings is collected on several threads (`TermAtATimeCollection`), with the
    /// same answer. Throws `IndexError.invalidRequest` for unknown fields.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try Index.storage { try environment.read { txn in try search(request, in: txn) } }
    }

    /// Runs `request` inside an open read transaction (its snapshot).
    func search(_ request: SearchRequest, in txn: ReadTransaction) throws -> SearchResult {
        guard request.limit >= 0, request.offset >= 0 else { throw IndexError.invalidRequest(field: "limit", "limit and offset must not be negative") }
        let statistics = try IndexStore.statistics(layout, txn)
        let registry = try self.registry(txn, statistics: statistics)
        let plan = try QueryPlanner(analyzer: analyzer, schema: schema, registry: registry, synonyms: synonymRules.current().set)
            .plan(request.query, mode: request.mode, typoTolerance: request.typoTolerance, typoPolicy: request.typoPolicy, plainText: request.plainText,
                  prefixLastWord: request.prefixLastWord,
                  typoDictionary: { try self.typoDictionary(txn: txn, statistics: statistics) }, txn: txn, layout: layout)
        let tables = self.tables(for: statistics)
        var filters: [FilterExpression]
        switch request.filter {
        case .and(let children)?: filters = children
        case let filter?: filters = [filter]
        case nil: filters = []
        }
        filters += plan.columnFilters
        var sink = try makeSink(request, filters: filters, registry: registry, txn: txn, statistics: statistics)
        var deleted = DeletedDocuments(txn: txn, layout: layout, statistics: statistics)
        // An exact total is counted by scoring every match term-at-a-time: counting the union
        // apart from doc ids and taking the top k by block-max WAND was measured slower on Home
        // Depot (k = 10, p50 192 vs 114 µs): short product queries prune little once the bounds
        // carry the coverage and proximity factors.
        let scoresEveryMatch = request.exactTotal || !sink.facets.isEmpty || request.sort != .relevance || request.after != nil
            || !sink.signals.isEmpty || request.scoreEveryMatch
        let unconstrained = plan.phrases.isEmpty && plan.excludedWords.isEmpty && plan.excludedPhrases.isEmpty && plan.words.allSatisfy { $0.fieldMask == 0xFF }
        var exact = true
        var collectedParts = 1

        if plan.words.isEmpty {
            let hasText = request.query.unicodeScalars.contains { !$0.properties.isWhitespace }
            if hasText, plan.columnFilters.isEmpty, plan.excludedWords.isEmpty, plan.excludedPhrases.isEmpty {
                // Only punctuation or nothing the analyzer keeps: nothing can match.
                return try finish(sink, request: request, exact: true, statistics: statistics, txn: txn)
            }
            let excluded = try exclusions(plan, txn: txn, statistics: statistics, tables: tables)
            for doc in 0..<statistics.nextDoc where try !deleted.contains(doc) && !excluded.contains(doc) {
                if !excluded.phrases.isEmpty, try excluded.phrasesExclude(doc) { continue }
                try sink.offer(doc, score: 0)
            }
            return try finish(sink, request: request, exact: true, statistics: statistics, txn: txn)
        }
        let synonymPhrases = try resolveSynonymPhrases(plan.words, txn: txn, tables: tables)
        let terms = ResolvedTerm.scoringOrder(try resolve(plan.words, txn: txn, tables: tables), tables: tables, synonymPhrases: synonymPhrases)
        let written = try writtenTerms(plan.words, txn: txn)
        let coverage = WordCoverage(fieldMask: schema.productNameFields, weight: request.coverageWeight, writtenWeight: request.writtenFormWeight,
                                    typedAsTerm: typedAsTerm(plan.words), resolvedWords: terms.map(\.word) + synonymPhrases.map(\.word))
        let writtenPostings = { try written.map { try TermPostings(term: $0.info, word: $0.word, weight: 0, txn: txn, layout: self.layout, tables: tables) } }
        let conjunction = unconstrained && synonymPhrases.isEmpty && plan.words.allSatisfy { $0.required }
        let wand = unconstrained && synonymPhrases.isEmpty && !plan.words.contains { $0.required } && !scoresEveryMatch
            && request.minimumShouldMatch <= 1
        // Term-at-a-time finds every term's blocks once (the written forms' too); proximity then
        // reads positions from them.
        let (termBlocks, writtenBlocks) = conjunction || wand ? (nil, []) : try { () throws -> ([TermBlocks], [TermBlocks]) in
            let cursor = try txn.cursor(layout.postings)
            return (try terms.map { try TermBlocks($0.info, cursor: cursor) }, try written.map { try TermBlocks($0.info, cursor: cursor) })
        }()
        // Until the search ends: proximity, settled after collection, decodes into it too.
        let scratch = termBlocks == nil ? nil : scratchPool.acquire()
        defer { if let scratch { scratchPool.release(scratch) } }
        let proximity = try ProximityBoost(terms: terms, blocks: termBlocks, scratch: scratch, nameFields: schema.productNameFields,
                                           weight: request.proximityWeight, txn: txn, layout: layout)
        if proximity.isActive { sink.proximity = proximity }
        if conjunction {
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            let byWord = plan.words.indices.map { w in postings.filter { $0.word == w } }
            try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.conjunction(byWord, all: postings, written: try writtenPostings(), factors: factors, coverage: coverage) { doc, score, covered in
                    if try !deleted.contains(doc) { try sink.offer(doc, score: score, covered: covered) }
                }
            }
        } else if wand {
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            let passing = sink
            let (top, scored) = try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.blockMaxWand(postings, written: try writtenPostings(), k: request.offset + request.limit, factors: factors, coverage: coverage,
                                                 proximity: proximity) { doc in
                    try deleted.contains(doc) || !passing.passes(doc)
                }
            }
            sink.top = top
            sink.total = scored
            exact = false
        } else if let termBlocks, let scratch {
            let requiredCount = plan.words.filter { $0.required }.count
            let optionalCount = plan.words.count - requiredCount
            let excluded = try exclusions(plan, txn: txn, statistics: statistics, tables: tables)
            let phrases = try plan.phrases.map { try PhraseMatcher($0, txn: txn, layout: layout) }
            if phrases.contains(where: { $0 == nil }) { return try finish(sink, request: request, exact: true, statistics: statistics, txn: txn) }
            let collection = TermAtATimeCollection(
                terms: terms, termBlocks: termBlocks, synonymPhrases: synonymPhrases, written: written, writtenBlocks: writtenBlocks,
                coverage: coverage, proximityBound: proximity.bound, tables: tables, requiredCount: requiredCount,
                // Optional words are all optional once something is required (as in Lucene).
                optionalNeeded: requiredCount > 0 ? 0 : min(max(request.minimumShouldMatch, 1), optionalCount),
                excluded: excluded, phrases: phrases.map { $0! }, offersEveryMatch: request.offerEveryMatch)
            // Phrases read positions through the transaction, field sorts and signals read
            // columns through it and compute proximity factors while offered: such searches stay
            // on this thread. Filter clauses look their column chunks up first.
            let parts = collection.phrases.isEmpty && excluded.phrases.isEmpty && sink.offersOnAnyThread
                ? collection.parts(request.threads, documentLimit: statistics.nextDoc,
                                   postingsPerPart: request.minimumWorkPerThread ?? TermAtATimeCollection.postingsPerPart) : []
            collectedParts = max(parts.count, 1)
            if parts.count > 1 {
                try deleted.resolveAll()
                try sink.prepareForThreads()
                sink = try collection.collect(parts, sink: sink, deleted: deleted, firstScratch: scratch, pool: scratchPool)
            } else {
                try collection.collect(sink: &sink, deleted: &deleted, scratch: scratch)
            }
        }
        var result = try finish(sink, request: request, exact: exact, statistics: statistics, txn: txn)
        result.collectedParts = collectedParts
        if request.highlight {
            let highlighter = Highlighter(analyzer: analyzer, terms: Set(plan.words.flatMap { $0.alternatives.map(\.term) } + synonymPhrases.flatMap(\.terms)))
            let mapper = ProductDocumentMapper(schema: schema)
            for i in result.hits.indices {
                guard let document = try? mapper.document(fromJSONLine: result.hits[i].document) else { continue }
                for (field, values) in document.text.enumerated() where field < schema.textFields.count {
                    if let text = values.lazy.compactMap(highlighter.highlight).first {
                        result.hits[i].highlights[schema.textFields[field].name] = text
                    }
                }
            }
        }
        if !plan.corrections.isEmpty, result.total > 0 {
            result.didYouMean = try didYouMean(request.query, plan.corrections, txn: txn, tables: tables)
        }
        return result
    }

    /// `query` with each corrected word replaced by how its correction is written: the written
    /// word closest to what was typed that the typo walk found it through
    /// (`QueryPlan.Correction.written`: "batteries" for "bateries", "battery" for "batery", both
    /// the term "batteri"), else, when the closest was the term itself, which may be a stem never
    /// written as such, how the first document holding it writes it. The first document alone
    /// read "illumination" back as "illumine" and "washers" as "washer" (Home Depot).
    private func didYouMean(_ query: String, _ corrections: [QueryPlan.Correction], txn: ReadTransaction, tables: Bm25fTables) throws -> String {
        var words = query.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        for correction in corrections {
            let written = try correction.written ?? writtenForm(of: correction.term, txn: txn, tables: tables) ?? correction.term
            for i in words.indices where analyzer.normalize(words[i]) == correction.typed { words[i] = written }
        }
        return words.joined(separator: " ")
    }

    /// The surface form of `term` in the first document containing it (lowercased). `tables` are
    /// the search's (the postings need some; building a set here was a fifth of the lookup).
    private func writtenForm(of term: String, txn: ReadTransaction, tables: Bm25fTables) throws -> String? {
        guard let raw = try txn.value(layout.terms, key: Array(term.utf8)), let info = TermInfo(raw) else { return nil }
        let postings = try TermPostings(term: info, word: 0, weight: 1, txn: txn, layout: layout, tables: tables)
        guard postings.doc != TermPostings.exhausted,
              let stored = try DocumentBlock.read(postings.doc, layout, txn, compressor: documentCompressor),
              let document = try? ProductDocumentMapper(schema: schema).document(fromJSONLine: stored.json) else { return nil }
        for value in document.text.joined() {
            let utf8 = Array(value.utf8)
            if let token = analyzer.analyze(value).first(where: { $0.term == term && $0.end <= utf8.count }) {
                return String(decoding: utf8[token.start..<token.end], as: UTF8.self).lowercased()
            }
        }
        return nil
    }

    /// Documents the query excludes: those containing an excluded word (a bitset), and a check
    /// for excluded phrases.
    private func exclusions(_ plan: QueryPlan, txn: ReadTransaction, statistics: IndexStatistics, tables: Bm25fTables) throws -> Exclusions {
        var exclusions = Exclusions(documentLimit: statistics.nextDoc)
        for word in plan.excludedWords {
            for term in try resolve([word], txn: txn, tables: tables) {
                let postings = try TermPostings(term: term.info, word: 0, weight: 1, txn: txn, layout: layout, tables: tables)
                while postings.doc != TermPostings.exhausted {
                    if postings.fieldMask & word.fieldMask != 0 { exclusions.insert(postings.doc) }
                    try postings.next()
                }
            }
        }
        exclusions.phrases = try plan.excludedPhrases.compactMap { try PhraseMatcher($0, txn: txn, layout: layout) }
        return exclusions
    }

    private func makeSink(_ request: SearchRequest, filters: [FilterExpression], registry: ColumnRegistry, txn: ReadTransaction,
                          statistics: IndexStatistics) throws -> MatchSink {
        var compiler = FilterCompiler(txn: txn, layout: layout, registry: registry, documentLimit: statistics.nextDoc)
        var expressions = filters
        if expressions.count > 64 { expressions = Array(expressions.prefix(63)) + [.and(Array(expressions.dropFirst(63)))] }
        let clauses = try expressions.map { try compiler.compile($0) }
        let facets = try request.facets.map { facet -> FacetCounter in
            guard let column = compiler.column(facet.field) else {
                throw IndexError.invalidRequest(field: facet.field, "unknown facet field '\(facet.field)'")
            }
            var own: UInt64 = 0
            var selected: [FilterValue] = []
            for (i, expression) in expressions.enumerated() where expression.fields.allSatisfy({ compiler.column($0)?.id == column.id }) {
                own |= 1 << UInt64(i)
                selected += expression.selectedValues
            }
            let dense = try denseColumns.column(column, txn: txn, layout: layout, documentLimit: statistics.nextDoc)
            return try FacetCounter(request: facet, column: column, ownClauses: own, selected: selected, compiler: &compiler, txn: txn, layout: layout,
                                    dense: dense)
        }
        var sortReader: NumericColumnReader?
        var descending = true
        if case .field(let name, let isDescending) = request.sort {
            guard let column = compiler.column(name), column.kind == .numeric else {
                throw IndexError.invalidRequest(field: "sort", "cannot sort by '\(name)': not a numeric field of this index")
            }
            sortReader = compiler.numericReader(column)
            descending = isDescending
        }
        let signals = request.signals.compactMap { signal -> (RankingSignal, NumericColumnReader)? in
            guard signal.weight != 0, let column = compiler.column(signal.field), column.kind == .numeric else { return nil }
            return (signal, compiler.numericReader(column))
        }
        return MatchSink(clauses: clauses, facets: facets, sortReader: sortReader, descending: descending, after: request.after,
                         signals: signals, k: request.after == nil ? request.offset + request.limit : request.limit,
                         documentLimit: statistics.nextDoc)
    }

    private func finish(_ sink: MatchSink, request: SearchRequest, exact: Bool, statistics: IndexStatistics, txn: ReadTransaction) throws -> SearchResult {
        var sink = sink
        let proximityParts = try sink.applyProximity(threads: request.threads,
                                                     candidatesPerThread: request.minimumWorkPerThread ?? MatchSink.proximityCandidatesPerThread)
        let facetParts = try sink.countFacets(threads: request.threads,
                                              documentsPerThread: request.minimumWorkPerThread ?? MatchSink.facetDocumentsPerThread)
        let page = sink.top.sorted().dropFirst(request.after == nil ? request.offset : 0)
        let withDocuments = request.storedDocuments || request.highlight
        let hits = try page.map { item -> SearchHit in
            let cursor = SearchCursor(key: item.key, doc: item.doc)
            guard withDocuments else {
                guard let id = try documentIDs.id(of: item.doc, documentLimit: statistics.nextDoc, txn: txn, layout: layout) else {
                    throw IndexError.corrupt("document \(item.doc) is missing")
                }
                return SearchHit(id: id, score: item.score, document: [], cursor: cursor)
            }
            guard let stored = try DocumentBlock.read(item.doc, layout, txn, compressor: documentCompressor) else {
                throw IndexError.corrupt("document \(item.doc) is missing")
            }
            return SearchHit(id: stored.id, score: item.score, document: stored.json, cursor: cursor)
        }
        let facets = try sink.facets.map { try $0.result(txn: txn, layout: layout, names: facetNames) }
        let next = hits.count == request.limit && request.limit > 0 ? hits.last?.cursor : nil
        var result = SearchResult(hits: hits, total: sink.total, totalIsExact: exact, facets: facets, nextCursor: next)
        result.facetParts = facetParts
        result.proximityParts = proximityParts
        return result
    }

    /// The written-form terms (`WrittenForm`) of the query's words typed differently from their
    /// term, that the index has.
    func writtenTerms(_ words: [QueryPlan.Word], txn: ReadTransaction) throws -> [WrittenTerm] {
        var found: [WrittenTerm] = []
        for (w, word) in words.enumerated() where w < WordCoverage.maximumWords {
            guard case .writtenForm(let typed) = word.written,
                  let raw = try txn.value(layout.terms, key: Array(WrittenForm.term(typed).utf8)) else { continue }
            guard let info = TermInfo(raw) else { throw IndexError.corrupt("term entry of written form '\(typed)'") }
            found.append(WrittenTerm(word: w, info: info))
        }
        return found
    }

    /// The bits of the query words whose term is how they were typed (`QueryPlan.Written.asTerm`).
    func typedAsTerm(_ words: [QueryPlan.Word]) -> UInt32 {
        var bits: UInt32 = 0
        for (w, word) in words.enumerated() where w < WordCoverage.maximumWords && word.written == .asTerm { bits |= 1 << UInt32(w) }
        return bits
    }

    /// The multi-word synonyms of the query's words that occur somewhere, in word order.
    func resolveSynonymPhrases(_ words: [QueryPlan.Word], txn: ReadTransaction, tables: Bm25fTables) throws -> [SynonymPhrasePostings] {
        var found: [SynonymPhrasePostings] = []
        for (w, word) in words.enumerated() {
            for alternative in word.phraseAlternatives {
                if let postings = try SynonymPhrasePostings(alternative, word: w, of: word, txn: txn, layout: layout, tables: tables),
                   !postings.docs.isEmpty {
                    found.append(postings)
                }
            }
        }
        return found
    }

    /// The indexed terms of the query's words, in word order, with idf × alternative weight;
    /// terms absent from the index are dropped.
    private func resolve(_ words: [QueryPlan.Word], txn: ReadTransaction, tables: Bm25fTables) throws -> [ResolvedTerm] {
        var resolved: [ResolvedTerm] = []
        for (w, word) in words.enumerated() {
            for alternative in word.alternatives {
                guard let raw = try txn.value(layout.terms, key: Array(alternative.term.utf8)) else { continue }
                guard let info = TermInfo(raw) else { throw IndexError.corrupt("term entry of '\(alternative.term)'") }
                resolved.append(ResolvedTerm(word: w, info: info, weight: tables.idf(documentFrequency: info.documentFrequency) * alternative.weight,
                                             required: word.required, fieldMask: word.fieldMask))
            }
        }
        return resolved
    }
}

/// A query word's written-form term (`WrittenForm`) found in the index.
struct WrittenTerm {
    /// Index of its query word.
    var word: Int
    var info: TermInfo
}

/// A query term found in the index.
struct ResolvedTerm {
    /// `terms` (in word order, as resolved) in the order every collector sums a document's term
    /// scores: word by word (`wordRanks`), each word's terms together and in their order.
    /// Without multi-word synonyms only (`synonymPhrases` empty): those add right after their
    /// word, in word order.
    ///
    /// Scores are floats, so the order is part of the score: every collector (term-at-a-time,
    /// document-at-a-time, `Index.explain`) sums in this one. Common words last is what lets
    /// term-at-a-time leave them unscored in a window where they alone cannot reach the top k
    /// (`TermAtATime`'s MaxScore, which may skip only a suffix of the order).
    static func scoringOrder(_ terms: [ResolvedTerm], tables: Bm25fTables, synonymPhrases: [SynonymPhrasePostings]) -> [ResolvedTerm] {
        guard synonymPhrases.isEmpty, terms.count > 1 else { return terms }
        let ranks = wordRanks(terms, tables: tables)
        return terms.enumerated().sorted { (ranks[$0.element.word], $0.offset) < (ranks[$1.element.word], $1.offset) }.map(\.element)
    }

    /// Each word's place (indexed by word) in the scoring order: the word whose best term can
    /// add the most (its weight times the saturated bound of its whole list) first, ties in
    /// word order.
    static func wordRanks(_ terms: [ResolvedTerm], tables: Bm25fTables) -> [Int] {
        let wordCount = terms.reduce(0) { max($0, $1.word + 1) }
        var best = [Float](repeating: 0, count: wordCount)
        for term in terms {
            best[term.word] = max(best[term.word], term.weight * tables.saturate(tables.maxWeightedFrequency(term.info.bounds)))
        }
        let order = best.indices.sorted { best[$0] > best[$1] || (best[$0] == best[$1] && $0 < $1) }
        var ranks = [Int](repeating: 0, count: wordCount)
        for (rank, word) in order.enumerated() { ranks[word] = rank }
        return ranks
    }

    /// Index of its query word.
    var word: Int
    var info: TermInfo
    /// idf × the alternative's weight.
    var weight: Float
    /// Whether its word is required.
    var required: Bool
    /// Text fields it may match in.
    var fieldMask: UInt8
}

/// Documents a query excludes with `-word` or `-"phrase"`.
struct Exclusions {
    private let capacity: Int
    private var bits: [UInt64] = []
    private var any = false
    var phrases: [PhraseMatcher] = []

    init(documentLimit: UInt32) {
        capacity = Int(documentLimit)
    }

    /// Nothing is excluded.
    var isEmpty: Bool { !any && phrases.isEmpty }

    mutating func insert(_ doc: UInt32) {
        if bits.isEmpty { bits = Array(repeating: 0, count: capacity / 64 + 1) }
        bits[Int(doc) >> 6] |= 1 << UInt64(doc & 63)
        any = true
    }

    func contains(_ doc: UInt32) -> Bool {
        any && bits[Int(doc) >> 6] & (1 << UInt64(doc & 63)) != 0
    }

    /// Whether an excluded phrase occurs in `doc` (docs must come in increasing order).
    func phrasesExclude(_ doc: UInt32) throws -> Bool {
        for phrase in phrases where try phrase.matches(doc) { return true }
        return false
    }
}

extension FilterExpression {
    /// Values an expression selects by equality (for marking facet values as selected).
    var selectedValues: [FilterValue] {
        switch self {
        case .equals(_, let value): return [value]
        case .oneOf(_, let values): return values
        case .or(let children): return children.flatMap(\.selectedValues)
        case .and, .not, .range: return []
        }
    }
}
