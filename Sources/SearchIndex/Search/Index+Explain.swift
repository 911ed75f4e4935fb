import LMDB

extension Index {
    /// The score breakdown of product `id` for `request` (its query, mode and signals), or nil
    /// when there is no live product with that id. The product need not match: its missing
    /// words simply contribute nothing.
    public func explain(_ request: SearchRequest, id: String) throws -> Explanation? {
        try Index.storage {
            try environment.read { txn -> Explanation? in
                guard let raw = try txn.value(layout.ids, key: Array(id.utf8)) else { return nil }
                let doc = ByteCoding.readLE(raw, at: 0, as: UInt32.self)
                let statistics = try IndexStore.statistics(layout, txn)
                let registry = try self.registry(txn, statistics: statistics)
                let tables = self.tables(for: statistics)
                let plan = try QueryPlanner(analyzer: analyzer, schema: schema, registry: registry, synonyms: synonymRules.current().set)
                    .plan(request.query, mode: request.mode, typoTolerance: request.typoTolerance, typoPolicy: request.typoPolicy, plainText: request.plainText,
                          prefixLastWord: request.prefixLastWord,
                          typoDictionary: { try self.typoDictionary(txn: txn, statistics: statistics) }, txn: txn, layout: layout)
                var terms: [Explanation.Term] = []
                var matched = Set<Int>()
                var resolved: [ResolvedTerm] = []
                var coveredFields: [(word: Int, fields: UInt8)] = []
                let synonymPhrases = try resolveSynonymPhrases(plan.words, txn: txn, tables: tables)
                try tables.factors.withUnsafeBufferPointer { factors in
                    for (w, word) in plan.words.enumerated() {
                        for alternative in word.alternatives {
                            guard let raw = try txn.value(layout.terms, key: Array(alternative.term.utf8)), let info = TermInfo(raw) else { continue }
                            let idf = tables.idf(documentFrequency: info.documentFrequency)
                            resolved.append(ResolvedTerm(word: w, info: info, weight: idf * alternative.weight, required: word.required, fieldMask: word.fieldMask))
                            let postings = try TermPostings(term: info, word: w, weight: idf * alternative.weight, txn: txn, layout: layout, tables: tables)
                            try postings.advance(to: doc)
                            guard postings.doc == doc else { continue }
                            let fields = postings.fieldEntries().filter { word.fieldMask & (1 << $0.field) != 0 }.map { entry in
                                Explanation.Field(field: schema.textFields[Int(entry.field)].name, frequency: Int(entry.frequency),
                                                  length: FieldNorm.decodeTable[Int(entry.norm)],
                                                  weightedFrequency: Float(entry.frequency) * factors[Int(entry.field) * 256 + Int(entry.norm)])
                            }
                            guard !fields.isEmpty else { continue }
                            let weighted = fields.reduce(Float(0)) { $0 + $1.weightedFrequency }
                            matched.insert(w)
                            coveredFields.append((w, postings.fieldMask & word.fieldMask))
                            terms.append(Explanation.Term(term: alternative.term, word: w, alternativeWeight: alternative.weight, idf: idf,
                                                          fields: fields, score: idf * alternative.weight * tables.saturate(weighted)))
                        }
                        // Summed right after the word's terms, as term-at-a-time does.
                        for phrase in synonymPhrases where phrase.word == w {
                            guard let i = phrase.position(of: doc) else { continue }
                            let fields = phrase.fieldEntries(i).map { entry in
                                Explanation.Field(field: schema.textFields[Int(entry.field)].name, frequency: Int(entry.frequency),
                                                  length: FieldNorm.decodeTable[Int(entry.norm)],
                                                  weightedFrequency: Float(entry.frequency) * factors[Int(entry.field) * 256 + Int(entry.norm)])
                            }
                            matched.insert(w)
                            coveredFields.append((w, phrase.masks[i]))
                            terms.append(Explanation.Term(term: phrase.terms.joined(separator: " "), word: w, alternativeWeight: phrase.alternativeWeight,
                                                          idf: phrase.idf, fields: fields, score: phrase.score(i, factors: factors, tables: tables)))
                        }
                    }
                }
                // Summed in the order search sums (`ResolvedTerm.scoringOrder`), so the score is the hit's.
                var summed = terms
                if synonymPhrases.isEmpty {
                    let ranks = ResolvedTerm.wordRanks(resolved, tables: tables)
                    summed = terms.enumerated().sorted { (ranks[$0.element.word], $0.offset) < (ranks[$1.element.word], $1.offset) }.map(\.element)
                }
                let relevance = summed.reduce(Float(0)) { $0 + $1.score }
                let coverage = WordCoverage(fieldMask: schema.productNameFields, weight: request.coverageWeight, writtenWeight: request.writtenFormWeight,
                                            typedAsTerm: typedAsTerm(plan.words),
                                            resolvedWords: resolved.map(\.word) + synonymPhrases.map(\.word))
                let covered = coveredFields.reduce(UInt32(0)) { $0 | coverage.bit(word: $1.word, fields: $1.fields) }
                var typed: UInt32 = 0
                for written in try writtenTerms(plan.words, txn: txn) {
                    let postings = try TermPostings(term: written.info, word: written.word, weight: 0, txn: txn, layout: layout, tables: tables)
                    try postings.advance(to: doc)
                    if postings.doc == doc, postings.fieldMask & coverage.fieldMask != 0 { typed |= coverage.bit(word: written.word, fields: 0xFF) }
                }
                let typedWords = ((covered & coverage.typedAsTerm) | (typed & covered)).nonzeroBitCount
                let proximity = try ProximityBoost(terms: resolved, nameFields: schema.productNameFields, weight: request.proximityWeight, txn: txn, layout: layout)
                    .factor(doc, covered: covered)
                var compiler = FilterCompiler(txn: txn, layout: layout, registry: registry, documentLimit: statistics.nextDoc)
                var signals: [Explanation.Signal] = []
                for signal in request.signals {
                    guard let column = compiler.column(signal.field), column.kind == .numeric else { continue }
                    let value = try compiler.numericReader(column).value(doc)
                    signals.append(Explanation.Signal(field: signal.field, value: value.isNaN ? nil : value, contribution: signal.weight * signal.signal(value)))
                }
                let boost = Float(1 + signals.reduce(0) { $0 + $1.contribution })
                return Explanation(id: id, matchedWords: matched.count, queryWords: plan.words.count, terms: terms, relevance: relevance,
                                   nameWords: covered.nonzeroBitCount, typedWords: typedWords, coverage: coverage.factor(covered, typed: typed),
                                   proximity: proximity, signals: signals, boost: boost,
                                   score: relevance * coverage.factor(covered, typed: typed) * proximity * boost)
            }
        }
    }
}
