import LMDB

/// One column decoded into per-document arrays for the doc ids below `documentLimit`: a numeric
/// column as an index into its distinct values per document (or, with too many of them, one
/// `Double` per document, NaN: no value); a facet column as an index into its distinct sets of
/// ordinals per document (or, with too many of them, one ordinal per document, 0: no value, when
/// no document has two, else each document's run of ordinals).
///
/// Counting facets over a large match set reads these with one load per document, where the
/// encoded chunks cost a presence bit test, a rank table read and a popcount per document. A doc
/// id's column values are written once, when the document is added (an update is a delete and a
/// new doc id), so the arrays stay valid for every later snapshot of the same index: a newer
/// snapshot only has more doc ids (`extended`).
///
/// Immutable once built; shared between searches (`DenseColumnCache`).
final class DenseColumn: Sendable {
    /// Values are held for the doc ids below it.
    let documentLimit: UInt32
    /// Numeric columns with more than `UInt16.max` distinct values: the value of each doc id, NaN
    /// when it has none. Empty otherwise.
    let numbers: [Double]
    /// Numeric columns with at most `UInt16.max` distinct values: the index in `distinctNumbers`
    /// of each doc id's value. Empty otherwise.
    let numberIndexes: [UInt16]
    /// The distinct values of `numberIndexes`, ascending after a NaN at index 0 (no value).
    let distinctNumbers: [Double]
    /// Facet columns: with `offsets` empty, the ordinal of each doc id (0: none); else every
    /// document's ordinals, ascending, one document after the other.
    let ordinals: [UInt32]
    /// Multi-valued facet columns: doc id d's ordinals are `ordinals[offsets[d] ..< offsets[d + 1]]`.
    /// Empty when no document has two ordinals.
    let offsets: [UInt32]
    /// Facet columns with fewer than `UInt16.max` distinct sets of ordinals (the usual case: brands,
    /// colours, category paths): the index of each doc id's set, and `ordinals` and `offsets` are
    /// empty. Set s is `setOrdinals[setOffsets[s] ..< setOffsets[s + 1]]`; set 0 is empty (no
    /// value). Counting then adds documents per set and each set's count to its ordinals once.
    let setIndexes: [UInt16]
    let setOffsets: [UInt32]
    let setOrdinals: [UInt32]

    /// Decodes `column` for the doc ids below `documentLimit` as `txn` sees them, reusing the doc
    /// ids of `previous` (a decoding of the same column from an earlier snapshot) that lie in chunks
    /// it held completely. Throws `IndexError.corrupt` for a malformed chunk.
    ///
    /// `distinctLimit` (tests lower it): a column with as many distinct values (numeric) or sets
    /// of ordinals (facet) or more is held as plain values or ordinals, not as indexes.
    init(column: ColumnRegistry.Column, reusing previous: DenseColumn?, txn: ReadTransaction, layout: IndexLayout,
         documentLimit: UInt32, distinctLimit: Int = Int(UInt16.max)) throws {
        self.documentLimit = documentLimit
        let limit = Int(documentLimit)
        // Chunks wholly below the previous limit are final: reuse their doc ids.
        let reused = min(Int(ColumnChunk.chunk(of: previous?.documentLimit ?? 0)) << ColumnChunk.shift, limit)
        let chunkCount = limit == 0 ? 0 : Int(ColumnChunk.chunk(of: documentLimit - 1)) + 1
        if column.kind == .numeric {
            var numbers = [Double](repeating: .nan, count: limit)
            if let previous { for doc in 0..<reused { numbers[doc] = previous.number(doc) } }
            try numbers.withUnsafeMutableBufferPointer { numbers in
                for chunk in reused >> ColumnChunk.shift..<chunkCount {
                    guard let values = try Self.chunk(column, chunk, as: NumericChunk.self, txn: txn, layout: layout) else { continue }
                    var rank = 0
                    Self.forEachPresent(values.presence, chunk: chunk, limit: limit) { doc in
                        numbers[doc] = values.value(rank: rank)
                        rank += 1
                    }
                }
            }
            (self.numbers, numberIndexes, distinctNumbers) = Self.compact(numbers, distinctLimit: min(distinctLimit, Int(UInt16.max)))
            ordinals = []
            offsets = []
            (setIndexes, setOffsets, setOrdinals) = ([], [], [])
            return
        }
        numbers = []
        numberIndexes = []
        distinctNumbers = []
        // Decoded as runs first (offsets per doc id), flattened when no document has two ordinals.
        var offsets = [UInt32](repeating: 0, count: limit + 1)
        var ordinals: [UInt32] = []
        ordinals.reserveCapacity(limit)
        var doc = 0
        func copy(upTo end: Int, from source: DenseColumn) {
            while doc < end {
                ordinals += source.ordinals(of: doc)
                doc += 1
                offsets[doc] = UInt32(ordinals.count)
            }
        }
        if let previous { copy(upTo: reused, from: previous) }
        for chunk in reused >> ColumnChunk.shift..<chunkCount {
            guard let values = try Self.chunk(column, chunk, as: FacetChunk.self, txn: txn, layout: layout) else { continue }
            var rank = 0
            var malformed = false
            Self.forEachPresent(values.presence, chunk: chunk, limit: limit) { holder in
                guard let range = values.range(rank: rank) else {
                    malformed = true
                    return
                }
                while doc < holder {
                    doc += 1
                    offsets[doc] = UInt32(ordinals.count)
                }
                for index in range { ordinals.append(values.ordinal(index)) }
                doc += 1
                offsets[doc] = UInt32(ordinals.count)
                rank += 1
            }
            guard !malformed else { throw IndexError.corrupt("facet column \(column.id) chunk \(chunk) offsets") }
        }
        while doc < limit {
            doc += 1
            offsets[doc] = UInt32(ordinals.count)
        }
        if let sets = Self.sets(ordinals: ordinals, offsets: offsets, limit: limit, distinctLimit: min(distinctLimit, Int(UInt16.max))) {
            (setIndexes, setOffsets, setOrdinals) = sets
            self.ordinals = []
            self.offsets = []
        } else if (0..<limit).allSatisfy({ offsets[$0 + 1] - offsets[$0] <= 1 }) {
            var single = [UInt32](repeating: 0, count: limit)
            for d in 0..<limit where offsets[d + 1] > offsets[d] { single[d] = ordinals[Int(offsets[d])] }
            (setIndexes, setOffsets, setOrdinals) = ([], [], [])
            self.ordinals = single
            self.offsets = []
        } else {
            (setIndexes, setOffsets, setOrdinals) = ([], [], [])
            self.ordinals = ordinals
            self.offsets = offsets
        }
    }

    /// The ordinals of facet `doc`, ascending.
    func ordinals(of doc: Int) -> ArraySlice<UInt32> {
        if !setIndexes.isEmpty {
            let set = Int(setIndexes[doc])
            return setOrdinals[Int(setOffsets[set])..<Int(setOffsets[set + 1])]
        }
        if offsets.isEmpty { return ordinals[doc] == 0 ? [] : ordinals[doc...doc] }
        return ordinals[Int(offsets[doc])..<Int(offsets[doc + 1])]
    }

    /// The documents' ordinal runs (`ordinals`, `offsets`) as an index per document into their
    /// distinct runs, when there are fewer than `distinctLimit` (run 0 is the empty one); nil otherwise.
    private static func sets(ordinals: [UInt32], offsets: [UInt32], limit: Int,
                             distinctLimit: Int) -> (indexes: [UInt16], offsets: [UInt32], ordinals: [UInt32])? {
        var known: [ArraySlice<UInt32>: UInt16] = [[]: 0]
        var setOffsets: [UInt32] = [0, 0]
        var setOrdinals: [UInt32] = []
        var indexes = [UInt16](repeating: 0, count: limit)
        for doc in 0..<limit {
            let run = ordinals[Int(offsets[doc])..<Int(offsets[doc + 1])]
            if let index = known[run] {
                indexes[doc] = index
                continue
            }
            guard known.count < distinctLimit else { return nil }
            let index = UInt16(known.count)
            known[run] = index
            setOrdinals += run
            setOffsets.append(UInt32(setOrdinals.count))
            indexes[doc] = index
        }
        return (indexes, setOffsets, setOrdinals)
    }

    /// The value of numeric `doc` (NaN: none).
    func number(_ doc: Int) -> Double {
        numbers.isEmpty ? distinctNumbers[Int(numberIndexes[doc])] : numbers[doc]
    }

    /// `numbers` as they are when they have `distinctLimit` distinct values or more, else as
    /// indexes into their distinct values: a quarter of the memory, and counting then tallies each
    /// distinct value once instead of once per document.
    private static func compact(_ numbers: [Double], distinctLimit: Int) -> (numbers: [Double], indexes: [UInt16], distinct: [Double]) {
        var seen = Set<UInt64>()
        for value in numbers where !value.isNaN {
            if seen.insert(value.bitPattern).inserted, seen.count >= distinctLimit { return (numbers, [], []) }
        }
        let distinct = [Double.nan] + seen.map { Double(bitPattern: $0) }.sorted()
        var index: [UInt64: UInt16] = [:]
        for (i, value) in distinct.enumerated().dropFirst() { index[value.bitPattern] = UInt16(i) }
        return ([], numbers.map { $0.isNaN ? 0 : index[$0.bitPattern]! }, distinct)
    }

    /// Chunk `chunk` of `column`, its header read and checked; nil when the column has no value in it.
    private static func chunk<Chunk: ColumnChunkView>(_ column: ColumnRegistry.Column, _ chunk: Int, as: Chunk.Type, txn: ReadTransaction,
                                                      layout: IndexLayout) throws -> Chunk? {
        guard let bytes = try txn.value(layout.columns, key: ByteCoding.columnKey(column: column.id, chunk: UInt32(chunk))) else { return nil }
        guard let values = Chunk(bytes) else { throw IndexError.corrupt("column \(column.id) chunk \(chunk)") }
        return values
    }

    /// Calls `body` with each doc id below `limit` that has a value in chunk number `chunk`
    /// (whose presence index is `presence`), ascending.
    private static func forEachPresent(_ presence: ChunkPresence, chunk: Int, limit: Int, _ body: (Int) -> Void) {
        presence.forEach { slot in
            let doc = chunk << ColumnChunk.shift | slot
            guard doc < limit else { return false }
            body(doc)
            return true
        }
    }
}
