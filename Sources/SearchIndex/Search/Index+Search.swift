import LMDB

extension Index {
    /// Runs `request` against the current state of the index: one read snapshot from start to
    /// finish, BM25F over the schema's text fields.
    ///
    /// Which collector runs: `.all` → leapfrog conjunction (exact total); `.any` with an exact
    /// total → term-at-a-time accumulation (every match is counted anyway, and sequential block
    /// decoding beats iterator merging); `.any` without → block-max WAND, which scores only
    /// documents that can enter the page.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try Index.storage { try environment.read { txn in try search(request, in: txn) } }
    }

    /// Runs `request` inside an open read transaction (its snapshot).
    func search(_ request: SearchRequest, in txn: ReadTransaction) throws -> SearchResult {
        let words = analyzer.queryWords(request.query)
        guard !words.isEmpty, request.limit >= 0, request.offset >= 0 else { return SearchResult(hits: [], total: 0, totalIsExact: true) }
        let statistics = try IndexStore.statistics(layout, txn)
        let tables = Bm25fTables(schema: schema, statistics: statistics)
        let terms = try resolve(words, txn: txn, tables: tables)
        var deleted = DeletedDocuments(txn: txn, layout: layout, statistics: statistics)
        let k = request.offset + request.limit
        let top: TopK
        let total: Int
        var exact = true
        switch request.mode {
        case .all:
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            let byWord = (0..<words.count).map { w in postings.filter { $0.word == w } }
            (top, total) = try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.conjunction(byWord, all: postings, k: k, factors: factors) { try deleted.contains($0) }
            }
        case .any where !request.exactTotal && request.minimumShouldMatch <= 1:
            let postings = try terms.map { try TermPostings(term: $0.info, word: $0.word, weight: $0.weight, txn: txn, layout: layout, tables: tables) }
            (top, total) = try tables.factors.withUnsafeBufferPointer { factors in
                try DocumentAtATime.blockMaxWand(postings, k: k, factors: factors) { try deleted.contains($0) }
            }
            exact = false
        case .any:
            let required = min(max(request.minimumShouldMatch, 1), words.count)
            (top, total) = try scratchPool.with(capacity: Int(statistics.nextDoc)) { scratch in
                try TermAtATime.collect(terms, required: required, k: k, txn: txn, layout: layout, tables: tables, scratch: scratch) {
                    try deleted.contains($0)
                }
            }
        }
        let hits = try top.sorted().dropFirst(request.offset).map { item -> SearchHit in
            guard let raw = try txn.value(layout.documents, integerKey: ByteCoding.docKey(item.doc)), let stored = StoredDocument(raw) else {
                throw IndexError.corrupt("document \(item.doc) is missing")
            }
            return SearchHit(id: stored.id, score: item.score, document: stored.json)
        }
        return SearchResult(hits: hits, total: total, totalIsExact: exact)
    }

    /// The indexed terms of the query's words, in word order, with their weights (idf applied
    /// later); terms absent from the index are dropped.
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
