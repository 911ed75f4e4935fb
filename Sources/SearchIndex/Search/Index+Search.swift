import LMDB

extension Index {
    /// Runs `request` against the current state of the index: one read snapshot from start to
    /// finish, BM25F over the schema's text fields, exact filters and facets.
    ///
    /// Which collector runs: an empty query visits every live document; `.all` leapfrogs a
    /// conjunction; `.any` runs term-at-a-time accumulation when every match must be visited
    /// (exact total, facets, field sort, a cursor), and block-max WAND otherwise, scoring only
    /// documents that can reach the page. Throws `IndexError.invalidRequest` for unknown fields.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try Index.storage { try environment.read { txn in try search(request, in: txn) } }
    }

    /// Runs `request` inside an open read transaction (its snapshot).
    func search(_ request: SearchRequest, in txn: ReadTransaction) throws -> SearchResult {
        guard request.limit >= 0, request.offset >= 0 else { throw IndexError.invalidRequest(field: "limit", "limit and offset must not be negative") }
        let words = analyzer.queryWords(request.query)
        let statistics = try IndexStore.statistics(layout, txn)
        let tables = Bm25fTables(schema: schema, statistics: statistics)
        var sink = try makeSink(request, txn: txn, statistics: statistics)
        var deleted = DeletedDocuments(txn: txn, layout: layout, statistics: statistics)
        let needsEveryMatch = request.exactTotal || !sink.facets.isEmpty || request.sort != .relevance || request.after != nil
        var exact = true

        if words.isEmpty {
            if request.query.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) {
                // Only punctuation or nothing the analyzer keeps: nothing can match.
                return try finish(sink, request: request, exact: true, txn: txn)
            }
            for doc in 0..<statistics.nextDoc where try !deleted.contains(doc) {
                try sink.offer(doc, score: 0)
            }
            return try finish(sink, request: request, exact: true, txn: txn)
        }
        let terms = try resolve(words, txn: txn, tables: tables)
        switch request.mode {
        case .all:
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            let byWord = (0..<words.count).map { w in postings.filter { $0.word == w } }
            try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.conjunction(byWord, all: postings, factors: factors) { doc, score in
                    if try !deleted.contains(doc) { try sink.offer(doc, score: score) }
                }
            }
        case .any where !needsEveryMatch && request.minimumShouldMatch <= 1:
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            let passing = sink
            let (top, scored) = try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.blockMaxWand(postings, k: request.offset + request.limit, factors: factors) { doc in
                    try deleted.contains(doc) || !passing.passes(doc)
                }
            }
            sink.top = top
            sink.total = scored
            exact = false
        case .any:
            let required = min(max(request.minimumShouldMatch, 1), words.count)
            try scratchPool.with(capacity: Int(statistics.nextDoc)) { scratch in
                try TermAtATime.accumulate(terms, txn: txn, layout: layout, tables: tables, scratch: scratch)
                for doc in scratch.touched where Int(scratch.matched[Int(doc)]) >= required {
                    if try !deleted.contains(doc) { try sink.offer(doc, score: scratch.scores[Int(doc)]) }
                }
            }
        }
        return try finish(sink, request: request, exact: exact, txn: txn)
    }

    private func makeSink(_ request: SearchRequest, txn: ReadTransaction, statistics: IndexStatistics) throws -> MatchSink {
        let registry = try IndexStore.registry(layout, txn)
        var compiler = FilterCompiler(txn: txn, layout: layout, registry: registry, documentLimit: statistics.nextDoc)
        var expressions: [FilterExpression] = []
        switch request.filter {
        case .and(let children)?: expressions = children
        case let filter?: expressions = [filter]
        case nil: break
        }
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
            return try FacetCounter(request: facet, column: column, ownClauses: own, selected: selected, compiler: &compiler, txn: txn, layout: layout)
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
        return MatchSink(clauses: clauses, facets: facets, sortReader: sortReader, descending: descending, after: request.after,
                         k: request.after == nil ? request.offset + request.limit : request.limit)
    }

    private func finish(_ sink: MatchSink, request: SearchRequest, exact: Bool, txn: ReadTransaction) throws -> SearchResult {
        let page = sink.top.sorted().dropFirst(request.after == nil ? request.offset : 0)
        let hits = try page.map { item -> SearchHit in
            guard let raw = try txn.value(layout.documents, integerKey: ByteCoding.docKey(item.doc)), let stored = StoredDocument(raw) else {
                throw IndexError.corrupt("document \(item.doc) is missing")
            }
            return SearchHit(id: stored.id, score: item.score, document: stored.json, cursor: SearchCursor(key: item.key, doc: item.doc))
        }
        let facets = try sink.facets.map { try $0.result(txn: txn, layout: layout) }
        let next = hits.count == request.limit && request.limit > 0 ? hits.last?.cursor : nil
        return SearchResult(hits: hits, total: sink.total, totalIsExact: exact, facets: facets, nextCursor: next)
    }

    /// The indexed terms of the query's words, in word order, with idf × alternative weight;
    /// terms absent from the index are dropped.
    private func resolve(_ words: [QueryWord], txn: ReadTransaction, tables: Bm25fTables) throws -> [ResolvedTerm] {
        var resolved: [ResolvedTerm] = []
        for (w, word) in words.enumerated() {
            for alternative in word.alternatives {
                guard let raw = try txn.value(layout.terms, key: Array(alternative.term.utf8)) else { continue }
                guard let info = TermInfo(raw) else { throw IndexError.corrupt("term entry of '\(alternative.term)'") }
                resolved.append(ResolvedTerm(word: w, info: info, weight: tables.idf(documentFrequency: info.documentFrequency) * alternative.weight))
            }
        }
        return resolved
    }
}

/// A query term found in the index.
struct ResolvedTerm {
    /// Index of its query word.
    var word: Int
    var info: TermInfo
    /// idf × the alternative's weight.
    var weight: Float
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
