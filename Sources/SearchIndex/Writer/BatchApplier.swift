import LMDB

/// Applies one batch of analyzed operations inside one LMDB write transaction.
///
/// Everything it changes lives in the transaction, so the batch is all-or-nothing, and
/// `Environment.write` may run it again after growing the map. Documents get new doc ids in
/// operation order (the first upsert gets `statistics.nextDoc`, the next one more, and so on);
/// postings of each term are merged into the term's last, partly filled block and appended as
/// new blocks; the batch's stored documents are written as `DocumentBlock`s. A bulk build passes
/// its `BuildIDs`: it gathers postings itself (`PostingsAccumulator`), writes the batch's
/// document blocks itself (compressed on all cores) for the same doc ids, and keeps external ids
/// in memory (the applier looks them up there and leaves `assignedIDs` and `removedIDs` to apply
/// once the transaction committed).
struct BatchApplier {
    enum Operation: Sendable {
        case upsert(AnalyzedDocument)
        case delete(id: String)
    }

    let layout: IndexLayout
    let schema: Schema
    let txn: WriteTransaction
    let compressor: DocumentCompressor
    /// The bulk build's ids; nil for an incremental write.
    let bulkIDs: BuildIDs?
    private(set) var statistics: IndexStatistics
    private var registry: ColumnRegistry
    private var registryChanged = false
    private var pendingPostings: [String: PostingList] = [:]
    /// Written forms of this batch not in `knownWords`, with their terms (written by `finish`).
    private(set) var pendingWords: [String: String] = [:]
    /// A bulk build's written forms already in `words` (from its earlier batches): skipped without
    /// hashing them into `pendingWords`, as every product repeats words of earlier ones.
    private let knownWords: ByteStringTable?
    /// External id → doc id of the documents added in this batch, written sorted by `finish`
    /// (left to the caller in a bulk build).
    private(set) var assignedIDs: [String: UInt32] = [:]
    /// Ids of earlier batches deleted or replaced in this one (bulk build only).
    private(set) var removedIDs: Set<String> = []
    /// The first doc id of this batch.
    private let firstDoc: UInt32
    /// Field lengths of the documents added in this batch, by doc id - `firstDoc`.
    private var pendingLengths: [[UInt32]] = []
    /// Stored documents (encoded) added in this batch, by doc id - `firstDoc` (not in a bulk build).
    private var pendingDocuments: [[UInt8]] = []
    /// The batch's column values, by column id (the registry numbers columns from 0).
    private var numericWrites: [ColumnWrites<Double>] = []
    private var facetWrites: [ColumnWrites<[UInt32]>] = []
    private var deletions: [UInt32] = []
    private var ordinals: [UInt16: [String: UInt32]] = [:]
    private var nextOrdinal: [UInt16: UInt32] = [:]
    private(set) var added = 0
    private(set) var deleted = 0

    init(layout: IndexLayout, schema: Schema, transaction: WriteTransaction, compressor: DocumentCompressor, bulkIDs: BuildIDs? = nil,
         knownWords: ByteStringTable? = nil) throws {
        self.layout = layout
        self.schema = schema
        self.txn = transaction
        self.compressor = compressor
        self.bulkIDs = bulkIDs
        self.knownWords = knownWords
        statistics = try IndexStore.statistics(layout, transaction)
        firstDoc = statistics.nextDoc
        registry = try IndexStore.registry(layout, transaction)
        firstNewTerm = statistics.nextTerm
    }

    /// Terms with ids from here on are new in this batch: their postings keys sort after every
    /// existing key, so they are appended (`MDB_APPEND` fills pages instead of splitting them).
    private let firstNewTerm: UInt32

    mutating func apply(_ operation: Operation) throws {
        switch operation {
        case .upsert(let analyzed): try upsert([analyzed], at: 0)
        case .delete(let id): try delete(id: id)
        }
    }

    /// LMDB keys hold at most 511 bytes; ids are keys of `ids`.
    static let maximumIdBytes = 511
    /// Facet values are keys of `facetValues` after a 2-byte column id; longer ones are not
    /// facetable (they stay searchable as text).
    static let maximumFacetValueBytes = 509

    /// Adds `batch[index]` (replacing a document with its id), as `apply(.upsert(batch[index]))`
    /// does without copying the document into an operation.
    ///
    /// Takes the batch and an index rather than the document: a document borrowed from an unsafe
    /// buffer was copied whole for the call (a dozen retains and releases per document), while
    /// its fields read from the array are not.
    mutating func upsert(_ batch: borrowing [AnalyzedDocument], at index: Int) throws {
        let id = batch[index].document.id
        guard (1...Self.maximumIdBytes).contains(id.utf8.count) else {
            throw IndexError.invalidDocument(line: nil, "a document id must have 1 to \(Self.maximumIdBytes) bytes, got \(id.utf8.count)")
        }
        guard statistics.nextDoc < UInt32.max else { throw IndexError.corrupt("doc ids exhausted: rebuild the index") }
        try delete(id: id)
        let doc = statistics.nextDoc
        statistics.nextDoc += 1
        statistics.liveDocuments += 1
        for (field, length) in batch[index].fieldLengths.enumerated() { statistics.totalFieldLengths[field] += UInt64(length) }

        assignedIDs[id] = doc
        pendingLengths.append(batch[index].fieldLengths)
        if bulkIDs == nil { pendingDocuments.append(batch[index].stored) }

        if bulkIDs == nil {
            // The closure captures these arrays, not the document (which it would copy whole).
            let terms = batch[index].terms, ends = batch[index].postingEnds
            try batch[index].postings.withUnsafeBytes { postings in
                for (i, term) in terms.enumerated() {
                    let range = AnalyzedDocument.postingRange(i, ends: ends)
                    let entry = UnsafeRawBufferPointer(rebasing: postings[range])
                    guard DocumentPostings.decode(entry, at: 0, doc: doc, into: &pendingPostings[term, default: PostingList()]) == entry.count else {
                        throw IndexError.corrupt("postings of document \(id)")
                    }
                }
            }
        }
        for (surface, term) in batch[index].surfaceWords where surface.utf8.count <= Self.maximumIdBytes {
            if let knownWords, surface.utf8.withContiguousStorageIfAvailable({ knownWords.find($0) != nil }) == true { continue }
            pendingWords[surface] = term
        }
        // A column name has one kind, fixed by its first value. A value of the other kind is
        // coerced (a number into a facet's text, a numeric string into a number) or, when it
        // cannot be, left out of the column (it stays searchable as text): a product is never
        // rejected because another product used the same attribute differently. Names are visited
        // in sorted order, so that column ids and ordinals do not depend on dictionary order.
        var facetValues = batch[index].document.facets
        for (name, value) in batch[index].document.numbers.sorted(by: { $0.key < $1.key }) {
            let existing = registry.column(named: name)
            if let existing, existing.kind != .numeric {
                facetValues[name, default: []].append(value == value.rounded() && abs(value) < 1e15 ? String(Int64(value)) : String(value))
                continue
            }
            // Looked up once: a column is registered (and its name hashed again) only when new.
            let column = try existing ?? register(name, kind: .numeric)
            numericWrites.record(value, doc: doc, column: column.id)
        }
        for (name, values) in facetValues.sorted(by: { $0.key < $1.key }) where !values.isEmpty {
            let existing = registry.column(named: name)
            if let existing, existing.kind == .numeric {
                if !numericWrites.holds(doc, column: existing.id), let number = values.lazy.compactMap({ Double($0) }).first {
                    numericWrites.record(number, doc: doc, column: existing.id)
                }
                continue
            }
            let column = try existing ?? register(name, kind: batch[index].document.hierarchicalFacets.contains(name) ? .hierarchy : .facet)
            var set: [UInt32] = []
            for value in values where value.utf8.count <= Self.maximumFacetValueBytes { set.append(try ordinal(of: value, column: column.id)) }
            set.sort()
            set.dedupe()
            if !set.isEmpty { facetWrites.record(set, doc: doc, column: column.id) }
        }
        added += 1
    }

    private mutating func delete(id: String) throws {
        let idKey = Array(id.utf8)
        let doc: UInt32
        if let added = assignedIDs.removeValue(forKey: id) {
            doc = added
        } else if let bulkIDs {
            guard !removedIDs.contains(id), let known = bulkIDs.doc(of: id) else { return }
            doc = known
            removedIDs.insert(id)
        } else {
            guard let raw = try txn.value(layout.ids, key: idKey) else { return }
            doc = ByteCoding.readLE(raw, at: 0, as: UInt32.self)
            try txn.remove(layout.ids, key: idKey)
        }
        let lengths = doc >= firstDoc ? pendingLengths[Int(doc - firstDoc)]
            : try DocumentBlock.read(doc, layout, txn, compressor: compressor)?.fieldLengths ?? []
        for (field, length) in lengths.enumerated() where field < 8 {
            statistics.totalFieldLengths[field] -= min(statistics.totalFieldLengths[field], UInt64(length))
        }
        deletions.append(doc)
        statistics.liveDocuments -= 1
        statistics.deletedDocuments += 1
        deleted += 1
    }

    private mutating func register(_ name: String, kind: ColumnRegistry.Kind) throws -> ColumnRegistry.Column {
        if let column = registry.column(named: name), (column.kind == .numeric) == (kind == .numeric) { return column }
        let column = try registry.register(name, kind: kind)
        registryChanged = true
        return column
    }

    private mutating func ordinal(of value: String, column: UInt16) throws -> UInt32 {
        if let known = ordinals[column]?[value] { return known }
        var key: [UInt8] = []
        ByteCoding.appendBE(column, to: &key)
        key.append(contentsOf: value.utf8)
        if let raw = try txn.value(layout.facetValues, key: key) {
            let ordinal = ByteCoding.readLE(raw, at: 0, as: UInt32.self)
            ordinals[column, default: [:]][value] = ordinal
            return ordinal
        }
        let ordinal = try nextOrdinal[column] ?? IndexStore.lastOrdinal(layout, txn, column: column) + 1
        nextOrdinal[column] = ordinal + 1
        ordinals[column, default: [:]][value] = ordinal
        try txn.store(layout.facetValues, key: key, value: withUnsafeBytes(of: ordinal.littleEndian, Array.init))
        var nameKey: [UInt8] = []
        ByteCoding.appendBE(column, to: &nameKey)
        ByteCoding.appendBE(ordinal, to: &nameKey)
        try txn.store(layout.facetNames, key: nameKey, value: Array(value.utf8))
        return ordinal
    }

    /// Writes postings, columns, deletions and statistics. Call once, after the last `apply`.
    mutating func finish(appliedSequence: UInt64?) throws {
        try flushDocuments()
        if bulkIDs == nil { try flushIDs() }
        try flushPostings()
        try flushWords()
        try flushNumericColumns()
        try flushFacetColumns()
        try flushDeletions()
        if registryChanged {
            statistics.columnsVersion += 1
            try txn.store(layout.meta, key: Array(MetaKey.columns.utf8), value: try IndexStore.encodeJSON(registry))
        }
        try txn.store(layout.meta, key: Array(MetaKey.statistics.utf8), value: statistics.encoded)
        if let sequence = appliedSequence {
            try txn.store(layout.meta, key: Array(MetaKey.appliedSequence.utf8), value: withUnsafeBytes(of: sequence.littleEndian, Array.init))
        }
    }

    private mutating func flushPostings() throws {
        let cursor = try txn.cursor(layout.postings)
        let block = DecodedBlock()
        var encoded: [UInt8] = []
        let terms = pendingPostings.keys.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        // Into an empty dictionary, terms in sorted order are appended.
        let termOptions: WriteTransaction.PutOptions = firstNewTerm == 0 ? .append : []
        for term in terms {
            let additions = pendingPostings[term]!
            let termKey = Array(term.utf8)
            var info: TermInfo
            var list = PostingList()
            // Whether blocks of the term stay in `postings` before `list`.
            var earlierBlocks = false
            if let raw = try txn.value(layout.terms, key: termKey) {
                guard let existing = TermInfo(raw) else { throw IndexError.corrupt("term entry of '\(term)'") }
                info = existing
                if !info.inlinePostings.isEmpty {
                    // An inline list is reopened whole: it goes back inline, or becomes blocks.
                    guard info.inlinePostings.withUnsafeBytes({ PostingsCodec.decodeBlock($0, into: block) && PostingsCodec.decodePositions($0, block: block) }) else {
                        throw IndexError.corrupt("inline postings of '\(term)'")
                    }
                    list = PostingList(block)
                    info.inlinePostings = []
                } else {
                    // Reopen the term's last block when it has room, so blocks stay full.
                    earlierBlocks = true
                    let probe = ByteCoding.blockKey(term: info.termID, lastDoc: .max)
                    var entry = try withUnsafeBytes(of: probe) { try cursor.seek(atLeast: $0) }
                    entry = try entry == nil ? cursor.last() : cursor.previous()
                    if let entry, entry.key.count == 8, ByteCoding.readBE32(entry.key, at: 0) == info.termID {
                        guard PostingsCodec.decodeBlock(entry.value, into: block), PostingsCodec.decodePositions(entry.value, block: block) else {
                            throw IndexError.corrupt("postings block of '\(term)'")
                        }
                        if block.count < PostingsCodec.blockSize {
                            list = PostingList(block)
                            earlierBlocks = info.documentFrequency > UInt32(block.count)
                            try txn.remove(layout.postings, key: Array(entry.key))
                        }
                    }
                }
            } else {
                info = TermInfo(termID: statistics.nextTerm)
                statistics.nextTerm += 1
            }
            let blockOptions: WriteTransaction.PutOptions = info.termID >= firstNewTerm ? .append : []
            let presenceOnly = termKey.first == WrittenForm.marker
            info.include(additions, docs: 0..<additions.count)
            list.append(contentsOf: additions)
            if !earlierBlocks, list.count <= PostingsCodec.blockSize {
                encoded.removeAll(keepingCapacity: true)
                PostingsCodec.encodeBlock(list, docs: 0..<list.count, presenceOnly: presenceOnly, into: &encoded)
                if encoded.count <= TermInfo.inlineLimit {
                    info.inlinePostings = encoded
                    try txn.store(layout.terms, key: termKey, value: info.encoded, options: termOptions)
                    continue
                }
            }
            var start = 0
            var blockStart = PostingsCodec.BlockStart()
            while start < list.count {
                let range = start..<min(start + PostingsCodec.blockSize, list.count)
                let key = ByteCoding.blockKey(term: info.termID, lastDoc: list.docs[range.upperBound - 1])
                encoded.removeAll(keepingCapacity: true)
                PostingsCodec.encodeBlock(list, docs: range, from: blockStart, presenceOnly: presenceOnly, into: &encoded)
                try txn.store(layout.postings, integerKey: key, value: encoded, options: blockOptions)
                blockStart = blockStart.advanced(over: range, in: list)
                start = range.upperBound
            }
            try txn.store(layout.terms, key: termKey, value: info.encoded, options: termOptions)
        }
    }

    /// Appends the batch's stored documents as blocks (doc ids only grow: every key is new and last).
    private func flushDocuments() throws {
        let sizes = pendingDocuments.map(\.count)
        for range in DocumentBlock.ranges(sizes: sizes) {
            let value = DocumentBlock.encode(pendingDocuments[range], compressor: compressor)
            try txn.store(layout.documents, integerKey: ByteCoding.docKey(firstDoc + UInt32(range.upperBound - 1)), value: value, options: .append)
        }
    }

    /// Writes the batch's ids in key order: those after the last id already stored are appended
    /// (`MDB_APPEND` fills pages instead of splitting them in half), the rest inserted.
    private func flushIDs() throws {
        let entries = assignedIDs.map { (key: Array($0.key.utf8), doc: $0.value) }.sorted { ByteOrder.precedes($0.key, $1.key) }
        let last = try txn.cursor(layout.ids).last().map { Array($0.key) }
        for entry in entries {
            let isAfterLast = last.map { ByteOrder.precedes($0, entry.key) } ?? true
            try txn.store(layout.ids, key: entry.key, value: withUnsafeBytes(of: entry.doc.littleEndian, Array.init), options: isAfterLast ? .append : [])
        }
    }

    /// Adds written forms not yet in `words` (a word keeps the term it was first seen with).
    private func flushWords() throws {
        let empty = try txn.entryCount(layout.words) == 0
        for surface in pendingWords.keys.sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) {
            let key = Array(surface.utf8)
            if !empty, try txn.value(layout.words, key: key) != nil { continue }
            try txn.store(layout.words, key: key, value: Array(pendingWords[surface]!.utf8), options: empty ? .append : [])
        }
    }

    private func flushNumericColumns() throws {
        try flushColumns(numericWrites, decode: ColumnChunk.decodeNumeric, encode: ColumnChunk.encodeNumeric,
                         encodeSorted: ColumnChunk.encodeNumeric(slots:values:))
    }

    private func flushFacetColumns() throws {
        try flushColumns(facetWrites, decode: ColumnChunk.decodeFacet, encode: ColumnChunk.encodeFacet,
                         encodeSorted: ColumnChunk.encodeFacet(slots:lists:))
    }

    /// Writes each touched chunk once: a new chunk straight from the batch's values (ascending
    /// already), a stored one decoded with this batch's values put over its own. A bulk build's
    /// chunks are nearly all new; until 2026-12-07 every value went through a dictionary by doc
    /// and one by slot, grouped by chunk with a third: about a twentieth of a bulk build's CPU.
    private func flushColumns<Value>(_ writes: [ColumnWrites<Value>], decode: (UnsafeRawBufferPointer) throws -> [Int: Value],
                                     encode: ([Int: Value]) -> [UInt8], encodeSorted: ([Int], [Value]) -> [UInt8]) throws {
        for (column, written) in writes.enumerated() {
            var start = 0
            while start < written.docs.count {
                let chunk = ColumnChunk.chunk(of: written.docs[start])
                var end = start + 1
                while end < written.docs.count, ColumnChunk.chunk(of: written.docs[end]) == chunk { end += 1 }
                let key = ByteCoding.columnKey(column: UInt16(column), chunk: chunk)
                let slots = written.docs[start..<end].map(ColumnChunk.slot(of:))
                let value: [UInt8]
                if var stored = try txn.value(layout.columns, key: key).map(decode) {
                    for (slot, value) in zip(slots, written.values[start..<end]) { stored[slot] = value }
                    value = encode(stored)
                } else {
                    value = encodeSorted(slots, Array(written.values[start..<end]))
                }
                try txn.store(layout.columns, key: key, value: value)
                start = end
            }
        }
    }

    private func flushDeletions() throws {
        for (chunk, docs) in Dictionary(grouping: deletions, by: ColumnChunk.chunk(of:)) {
            let key = ByteCoding.docKey(chunk)
            var bits = try txn.value(layout.deleted, integerKey: key).map { Array($0) }
                ?? Array(repeating: 0, count: ColumnChunk.size / 8)
            for doc in docs {
                let slot = ColumnChunk.slot(of: doc)
                bits[slot >> 3] |= 1 << UInt8(slot & 7)
            }
            try txn.store(layout.deleted, integerKey: key, value: bits)
        }
    }
}

extension Array where Element: Equatable {
    /// Removes consecutive duplicates in place.
    mutating func dedupe() {
        guard count > 1 else { return }
        var write = 1
        for read in 1..<count where self[read] != self[write - 1] {
            self[write] = self[read]
            write += 1
        }
        removeLast(count - write)
    }
}

/// One column's values written by a batch, in ascending doc order: a batch gives its documents
/// ascending doc ids, and a document writes a column once.
struct ColumnWrites<Value> {
    var docs: [UInt32] = []
    var values: [Value] = []
}

extension Array {
    /// Records `value` for `doc` in column `column`'s writes (`doc` above every doc recorded there).
    mutating func record<Value>(_ value: Value, doc: UInt32, column: UInt16) where Element == ColumnWrites<Value> {
        let index = Int(column)
        if count <= index { append(contentsOf: repeatElement(ColumnWrites(), count: index + 1 - count)) }
        self[index].docs.append(doc)
        self[index].values.append(value)
    }

    /// Whether column `column`'s writes hold a value for `doc` (the last one recorded).
    func holds<Value>(_ doc: UInt32, column: UInt16) -> Bool where Element == ColumnWrites<Value> {
        Int(column) < count && self[Int(column)].docs.last == doc
    }
}
