import LMDB

/// Counts one requested facet over the documents offered to it, exactly. Value facets count
/// into a dense array indexed by ordinal; numeric facets keep min, max and bucket counts.
final class FacetCounter {
    let request: FacetRequest
    let column: ColumnRegistry.Column
    /// The top-level filter clauses on this facet's own field: a document counts here when it
    /// fails none of the other clauses (disjunctive faceting: selecting a brand does not hide
    /// the other brands' counts).
    let ownClauses: UInt64
    private let selectedOrdinals: Set<UInt32>
    private let facetReader: FacetColumnReader?
    /// Documents per ordinal (value facets), `ordinalLimit` slots.
    private let counts: UnsafeMutablePointer<Int32>
    private let ordinalLimit: Int
    private let numericReader: NumericColumnReader?
    @exclusivity(unchecked) private var minimum = Double.infinity
    @exclusivity(unchecked) private var maximum = -Double.infinity
    /// Documents per bucket (numeric facets with ranges): `request.ranges.count + 1` slots.
    private let bucketCounts: UnsafeMutableBufferPointer<Int>
    /// Numeric facets: documents per distinct value (by bit pattern).
    @exclusivity(unchecked) private var valueCounts: [UInt64: Int] = [:]
    private let selectedNumbers: Set<Double>
    /// `request.ranges`, copied once so counting reads no array (no retain per document).
    private let bounds: UnsafeMutableBufferPointer<Double>
    /// The column decoded per document; counting reads it instead of the encoded chunks.
    private let dense: DenseColumn?
    /// Documents per index of `dense` (its distinct numbers, or its distinct sets of ordinals)
    /// when it holds indexes: `count(_:)` adds here, `settle()` hands each index's count to its
    /// values once, so a match set counted in many slices pays the values' work only once.
    private let perIndex: UnsafeMutableBufferPointer<Int32>
    /// `perIndex` holds counts not yet handed to the values.
    @exclusivity(unchecked) private var unsettled = false

    /// A counter of `request` over `column`; with `dense` (the column decoded for at least the doc
    /// ids of `txn`'s snapshot), counting reads it instead of the column's encoded chunks.
    init(request: FacetRequest, column: ColumnRegistry.Column, ownClauses: UInt64, selected: [FilterValue],
         compiler: inout FilterCompiler, txn: ReadTransaction, layout: IndexLayout, dense: DenseColumn? = nil) throws {
        self.request = request
        self.dense = dense
        let indexes = dense.map { !$0.setIndexes.isEmpty ? $0.setOffsets.count - 1 : !$0.numberIndexes.isEmpty ? $0.distinctNumbers.count : 0 } ?? 0
        perIndex = .allocate(capacity: indexes)
        perIndex.initialize(repeating: 0)
        self.column = column
        self.ownClauses = ownClauses
        bucketCounts = .allocate(capacity: request.ranges.count + 1)
        bucketCounts.initialize(repeating: 0)
        bounds = .allocate(capacity: request.ranges.count)
        _ = bounds.initialize(from: request.ranges)
        if column.kind == .numeric {
            numericReader = compiler.numericReader(column)
            facetReader = nil
            selectedOrdinals = []
            ordinalLimit = 0
            counts = .allocate(capacity: 1)
            selectedNumbers = Set(selected.compactMap { if case .number(let n) = $0 { n } else { nil } })
        } else {
            selectedNumbers = []
            numericReader = nil
            facetReader = compiler.facetReader(column)
            ordinalLimit = Int(try IndexStore.lastOrdinal(layout, txn, column: column.id)) + 1
            counts = .allocate(capacity: ordinalLimit)
            counts.initialize(repeating: 0, count: ordinalLimit)
            var ordinals = Set<UInt32>()
            for value in selected {
                if case .string(let text) = value {
                    ordinals.formUnion(try FacetDictionary.ordinals(matching: text, column: column.id, txn: txn, layout: layout))
                }
            }
            selectedOrdinals = ordinals
        }
    }

    /// An empty counter of the same facet over the same column, sharing everything but the
    /// counts: for counting some of the documents on another thread (`countsInMemory` only), then
    /// added to this one with `merge`.
    private init(emptyCopyOf other: FacetCounter) {
        request = other.request
        column = other.column
        ownClauses = other.ownClauses
        selectedOrdinals = other.selectedOrdinals
        facetReader = other.facetReader
        numericReader = other.numericReader
        selectedNumbers = other.selectedNumbers
        dense = other.dense
        ordinalLimit = other.ordinalLimit
        counts = .allocate(capacity: max(ordinalLimit, 1))
        counts.initialize(repeating: 0, count: max(ordinalLimit, 1))
        perIndex = .allocate(capacity: other.perIndex.count)
        perIndex.initialize(repeating: 0)
        bucketCounts = .allocate(capacity: other.bucketCounts.count)
        bucketCounts.initialize(repeating: 0)
        bounds = .allocate(capacity: other.bounds.count)
        _ = bounds.initialize(from: other.bounds)
    }

    /// Whether `count(_:)` reads the column decoded in memory only, never the transaction: then
    /// empty copies (`emptyCopy`) may count on other threads.
    var countsInMemory: Bool { dense != nil }

    /// Counters an empty copy allocates, zeroes and `merge` adds up.
    var countSlots: Int { ordinalLimit + perIndex.count + bucketCounts.count }

    /// An empty counter of the same facet (see `init(emptyCopyOf:)`).
    func emptyCopy() -> FacetCounter { FacetCounter(emptyCopyOf: self) }

    /// Adds the counts of `other`, an `emptyCopy` of this counter that counted other documents.
    func merge(_ other: FacetCounter) {
        for i in 0..<ordinalLimit { counts[i] &+= other.counts[i] }
        for i in perIndex.indices { perIndex[i] &+= other.perIndex[i] }
        for i in bucketCounts.indices { bucketCounts[i] += other.bucketCounts[i] }
        for (value, count) in other.valueCounts { valueCounts[value, default: 0] += count }
        minimum = min(minimum, other.minimum)
        maximum = max(maximum, other.maximum)
        unsettled = unsettled || other.unsettled
    }

    /// Counts each of `docs` (a document listed twice counts twice). Ascending documents, or long
    /// ascending runs, are fastest: chunks are looked up once per run.
    func count(_ docs: UnsafeBufferPointer<UInt32>) throws {
        if let dense {
            count(docs, dense)
            return
        }
        if let facetReader {
            try facetReader.count(docs, into: counts, limit: ordinalLimit)
            return
        }
        guard let numericReader, !docs.isEmpty else { return }
        let batch = min(docs.count, 4096)
        let values = UnsafeMutablePointer<Double>.allocate(capacity: batch)
        defer { values.deallocate() }
        var start = 0
        while start < docs.count {
            let slice = UnsafeBufferPointer(rebasing: docs[start..<min(start + batch, docs.count)])
            try numericReader.values(slice, into: values)
            for i in 0..<slice.count { tally(values[i]) }
            start += slice.count
        }
    }

    /// `count(_:)` over the column decoded per document: one load of 2 bytes per document when
    /// the column has few distinct values or sets of values, else 4 or 8 (two loads for a
    /// multi-valued facet with many distinct sets).
    private func count(_ docs: UnsafeBufferPointer<UInt32>, _ dense: DenseColumn) {
        if numericReader != nil {
            if !dense.numbers.isEmpty {
                dense.numbers.withUnsafeBufferPointer { numbers in
                    for doc in docs { tally(numbers[Int(doc)]) }
                }
                return
            }
            // Documents per distinct value; `settle` tallies each distinct value once.
            let perValue = perIndex
            dense.numberIndexes.withUnsafeBufferPointer { indexes in
                for doc in docs { perValue[Int(indexes[Int(doc)])] &+= 1 }
            }
            unsettled = true
            return
        }
        if !dense.setIndexes.isEmpty {
            // Documents per distinct set of ordinals; `settle` adds each set's count to its ordinals.
            let perSet = perIndex
            dense.setIndexes.withUnsafeBufferPointer { indexes in
                for doc in docs { perSet[Int(indexes[Int(doc)])] &+= 1 }
            }
            unsettled = true
            return
        }
        let counts = counts, limit = ordinalLimit
        dense.ordinals.withUnsafeBufferPointer { ordinals in
            if dense.offsets.isEmpty {
                for doc in docs {
                    let ordinal = Int(ordinals[Int(doc)])
                    if ordinal != 0, ordinal < limit { counts[ordinal] &+= 1 }
                }
                return
            }
            dense.offsets.withUnsafeBufferPointer { offsets in
                for doc in docs {
                    for i in Int(offsets[Int(doc)])..<Int(offsets[Int(doc) + 1]) {
                        let ordinal = Int(ordinals[i])
                        if ordinal < limit { counts[ordinal] &+= 1 }
                    }
                }
            }
        }
    }

    /// Hands the documents counted per index of the dense column (`perIndex`) to its values:
    /// each distinct number tallied once, each set's count added to its ordinals.
    private func settle() {
        guard unsettled, let dense else { return }
        unsettled = false
        if numericReader != nil {
            for (i, value) in dense.distinctNumbers.enumerated() where perIndex[i] > 0 { tally(value, documents: Int(perIndex[i])) }
        } else {
            for set in 1..<max(perIndex.count, 1) where perIndex[set] > 0 {
                for i in Int(dense.setOffsets[set])..<Int(dense.setOffsets[set + 1]) {
                    let ordinal = Int(dense.setOrdinals[i])
                    if ordinal < ordinalLimit { counts[ordinal] &+= perIndex[set] }
                }
            }
        }
        perIndex.update(repeating: 0)
    }

    /// Counts `documents` documents with the numeric `value` (NaN: they have none).
    @inline(__always)
    private func tally(_ value: Double, documents: Int = 1) {
        guard !value.isNaN else { return }
        minimum = min(minimum, value)
        maximum = max(maximum, value)
        if bounds.isEmpty {
            valueCounts[value.bitPattern, default: 0] += documents
        } else if bounds.count <= 16 {
            // Few bounds (the usual price or rating buckets): a branch-free count of the bounds at
            // or below the value beats a binary search's unpredictable branches.
            var bucket = 0
            for bound in bounds { bucket &+= bound <= value ? 1 : 0 }
            bucketCounts[bucket] += documents
        } else {
            var low = 0, high = bounds.count
            while low < high {
                let mid = (low + high) / 2
                if bounds[mid] <= value { low = mid + 1 } else { high = mid }
            }
            bucketCounts[low] += documents
        }
    }

    deinit {
        counts.deallocate()
        perIndex.deallocate()
        bounds.deallocate()
        bucketCounts.deallocate()
    }

    /// The finished counts; a hierarchical facet's paths come from `names`.
    func result(txn: ReadTransaction, layout: IndexLayout, names cache: FacetNameCache) throws -> FacetResult {
        settle()
        var result = FacetResult(field: request.field)
        if numericReader != nil {
            if minimum <= maximum {
                result.minimum = minimum
                result.maximum = maximum
            }
            if !request.ranges.isEmpty {
                result.ranges = bucketCounts.enumerated().map { i, count in
                    FacetResult.Range(lower: i == 0 ? nil : request.ranges[i - 1], upper: i == request.ranges.count ? nil : request.ranges[i], count: count)
                }
            }
            guard request.ranges.isEmpty else { return result }
            let values = valueCounts.map { (value: Double(bitPattern: $0.key), count: $0.value) }
                .sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
            let shown = values.prefix(max(request.limit, 0)) + values.dropFirst(max(request.limit, 0)).filter { selectedNumbers.contains($0.value) }
            result.values = shown.map {
                FacetResult.Value(value: $0.value == $0.value.rounded() && abs($0.value) < 1e15 ? String(Int64($0.value)) : String($0.value),
                                  count: $0.count, selected: selectedNumbers.contains($0.value))
            }
            return result
        }
        let nonzero = (0..<ordinalLimit).filter { counts[$0] > 0 || selectedOrdinals.contains(UInt32($0)) }.map(UInt32.init)
        result.hierarchical = column.kind == .hierarchy
        if column.kind == .hierarchy {
            let names = try cache.names(column: column.id, ordinalLimit: ordinalLimit, txn: txn, layout: layout)
            let selectedPaths = selectedOrdinals.compactMap { Int($0) < names.count ? names[Int($0)]?.value : nil }
            // Expanded nodes: every selected path and its ancestors; their children are shown.
            var expanded: Set<String> = [""]
            for path in selectedPaths {
                var prefix = ""
                for level in path.components(separatedBy: " > ") {
                    prefix = prefix.isEmpty ? level : prefix + " > " + level
                    expanded.insert(prefix)
                }
            }
            var groups: [String: [FacetResult.Value]] = [:]
            for ordinal in nonzero {
                guard let name = names[Int(ordinal)], expanded.contains(name.parent) else { continue }
                groups[name.parent, default: []].append(FacetResult.Value(value: name.value, count: Int(counts[Int(ordinal)]),
                                                                          selected: selectedOrdinals.contains(ordinal)))
            }
            for parent in groups.keys.sorted(by: { ($0.isEmpty ? 0 : $0.components(separatedBy: " > ").count, $0) < ($1.isEmpty ? 0 : $1.components(separatedBy: " > ").count, $1) }) {
                result.values += limited(groups[parent]!)
            }
            return result
        }
        let ranked = nonzero.sorted { counts[Int($0)] != counts[Int($1)] ? counts[Int($0)] > counts[Int($1)] : $0 < $1 }
        let shown = Array(ranked.prefix(max(request.limit, 0))) + ranked.dropFirst(max(request.limit, 0)).filter { selectedOrdinals.contains($0) }
        let names = try FacetDictionary.values(shown, column: column.id, txn: txn, layout: layout)
        result.values = shown.compactMap { ordinal in
            names[ordinal].map { FacetResult.Value(value: $0, count: Int(counts[Int(ordinal)]), selected: selectedOrdinals.contains(ordinal)) }
        }
        return result
    }

    /// Most frequent first, capped at the limit, selected values kept.
    private func limited(_ values: [FacetResult.Value]) -> [FacetResult.Value] {
        let ranked = values.sorted { $0.count != $1.count ? $0.count > $1.count : $0.value < $1.value }
        return Array(ranked.prefix(max(request.limit, 0))) + ranked.dropFirst(max(request.limit, 0)).filter(\.selected)
    }
}

import Foundation
