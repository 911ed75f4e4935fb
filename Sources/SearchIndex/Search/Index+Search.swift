import LMDB

extension Index {
    /// Runs `request` against the current state of the index: one read snapshot from start to
    /// finish, BM25F over the schema's text fields, exact total.
    public func search(_ request: SearchRequest) throws -> SearchResult {
        try Index.storage { try environment.read { txn in try search(request, in: txn) } }
    }

    /// Runs `request` inside an open read transaction (its snapshot).
    func search(_ request: SearchRequest, in txn: ReadTransaction) throws -> SearchResult {
        let words = analyzer.queryWords(request.query)
        guard !words.isEmpty, request.limit >= 0, request.offset >= 0 else { return SearchResult(hits: [], total: 0) }
        let statistics = try IndexStore.statistics(layout, txn)
        let tables = Bm25fTables(schema: schema, statistics: statistics)
        return try scratchPool.with(capacity: Int(statistics.nextDoc)) { scratch in
            try collect(request, words: words, txn: txn, statistics: statistics, tables: tables, scratch: scratch)
        }
    }

    private func collect(_ request: SearchRequest, words: [QueryWord], txn: ReadTransaction, statistics: IndexStatistics,
                         tables: Bm25fTables, scratch: SearchScratch) throws -> SearchResult {
        let block = DecodedBlock()
        let cursor = try txn.cursor(layout.postings)
        for (index, word) in words.enumerated() {
            let stamp = UInt16(truncatingIfNeeded: index + 1)
            for alternative in word.alternatives {
                guard let raw = try txn.value(layout.terms, key: Array(alternative.term.utf8)) else { continue }
                guard let info = TermInfo(raw) else { throw IndexError.corrupt("term entry of '\(alternative.term)'") }
                let weight = tables.idf(documentFrequency: info.documentFrequency) * alternative.weight
                try accumulate(term: info.termID, weight: weight, stamp: stamp, cursor: cursor, block: block, tables: tables, scratch: scratch)
            }
        }
        let required = request.mode == .all ? words.count : min(max(request.minimumShouldMatch, 1), words.count)
        var deleted = DeletedDocuments(txn: txn, layout: layout, statistics: statistics)
        var top = TopK(capacity: request.offset + request.limit)
        var total = 0
        for doc in scratch.touched where Int(scratch.matched[Int(doc)]) >= required {
            if try deleted.contains(doc) { continue }
            total += 1
            top.insert(score: scratch.scores[Int(doc)], doc: doc)
        }
        let page = top.sorted().dropFirst(request.offset)
        let hits = try page.map { item -> SearchHit in
            guard let raw = try txn.value(layout.documents, integerKey: ByteCoding.docKey(item.doc)), let stored = StoredDocument(raw) else {
                throw IndexError.corrupt("document \(item.doc) is missing")
            }
            return SearchHit(id: stored.id, score: item.score, document: stored.json)
        }
        return SearchResult(hits: hits, total: total)
    }

    /// Adds one term's BM25F score to every document in its posting list (term at a time).
    private func accumulate(term: UInt32, weight: Float, stamp: UInt16, cursor: Cursor, block: DecodedBlock,
                            tables: Bm25fTables, scratch: SearchScratch) throws {
        let probe = ByteCoding.blockKey(term: term, lastDoc: 0)
        var entry = try withUnsafeBytes(of: probe) { try cursor.seek(atLeast: $0) }
        let scores = scratch.scores, matched = scratch.matched, stamps = scratch.stamps
        let k1 = tables.k1
        try tables.factors.withUnsafeBufferPointer { factors in
            while let current = entry, current.key.count == 8, ByteCoding.readBE32(current.key, at: 0) == term {
                guard PostingsCodec.decodeBlock(current.value, into: block) else { throw IndexError.corrupt("postings block of term \(term)") }
                for i in 0..<block.count {
                    var mask = block.masks[i]
                    var e = Int(block.entryStarts[i])
                    var weighted: Float = 0
                    while mask != 0 {
                        let f = mask.trailingZeroBitCount
                        weighted += Float(block.frequencies[e]) * factors[f &* 256 &+ Int(block.norms[e])]
                        e += 1
                        mask &= mask &- 1
                    }
                    let doc = block.docs[i]
                    let d = Int(doc)
                    if matched[d] == 0 { scratch.touched.append(doc) }
                    scores[d] += weight * weighted * (k1 + 1) / (weighted + k1)
                    if stamps[d] != stamp {
                        stamps[d] = stamp
                        matched[d] &+= 1
                    }
                }
                entry = try cursor.next()
            }
        }
    }
}
