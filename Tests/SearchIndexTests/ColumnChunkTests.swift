@testable import SearchIndex
import Testing

/// Where the body of an encoded chunk of kind `tag` starts (after its presence index).
private func bodyOffset(_ encoded: [UInt8], tag: UInt8) throws -> Int {
    try encoded.withUnsafeBytes { try #require(ChunkPresence($0, tag: tag)).bodyOffset }
}

/// Reads every slot of an encoded numeric chunk through `NumericChunk` (NaN: absent), ascending
/// with one cursor, then in a shuffled order with another, and checks that both agree.
private func numericSlots(_ encoded: [UInt8]) throws -> [Double] {
    try encoded.withUnsafeBytes { bytes in
        let chunk = try #require(NumericChunk(bytes))
        var cursor = 0
        let ascending = (0..<ColumnChunk.size).map { chunk.value(slot: $0, cursor: &cursor) }
        var rng = SplitMix64(seed: 5)
        for slot in (0..<ColumnChunk.size).shuffled(using: &rng) {
            // Each slot twice in a row: a read at the cursor's last slot must find it again.
            for _ in 0..<2 {
                let value = chunk.value(slot: slot, cursor: &cursor)
                #expect(value.bitPattern == ascending[slot].bitPattern, "slot \(slot) read out of order")
            }
        }
        return ascending
    }
}

@Test func columnChunksFindEveryPresentValueAndNothingElse() throws {
    var rng = SplitMix64(seed: 31)
    for density in [0.0005, 0.05, 0.5, 1.0] {
        var numbers: [Int: Double] = [:]
        var facets: [Int: [UInt32]] = [:]
        for slot in 0..<ColumnChunk.size where Double.random(in: 0..<1, using: &rng) < density {
            numbers[slot] = Double.random(in: -1e6...1e6, using: &rng)
            facets[slot] = Array(Set((0..<Int.random(in: 1...4, using: &rng)).map { _ in UInt32.random(in: 1...5000, using: &rng) })).sorted()
        }
        let numeric = ColumnChunk.encodeNumeric(numbers)
        let facet = ColumnChunk.encodeFacet(facets)
        #expect(try numeric.withUnsafeBytes { try ColumnChunk.decodeNumeric($0) } == numbers)
        #expect(try facet.withUnsafeBytes { try ColumnChunk.decodeFacet($0) } == facets)
        for (slot, value) in try numericSlots(numeric).enumerated() {
            if let expected = numbers[slot] { #expect(value == expected) } else { #expect(value.isNaN) }
        }
        try facet.withUnsafeBytes { bytes in
            let chunk = try #require(FacetChunk(bytes))
            #expect(chunk.presence.count == facets.count)
            var cursor = 0
            for slot in stride(from: 0, to: ColumnChunk.size, by: 5) {
                let ordinals = try #require(chunk.range(slot: slot, cursor: &cursor)).map(chunk.ordinal)
                #expect(ordinals == facets[slot] ?? [])
            }
        }
        // Random doubles have no short decimal form: they stay plain, behind the presence index,
        // which lists the slots of a sparse chunk (2 bytes each) and is a bitmap otherwise.
        let isList = 2 + 2 * numbers.count < ColumnChunk.bitmapBytes + ColumnChunk.rankBytes
        #expect((numeric[0] & ColumnChunk.listFlag != 0) == isList && (facet[0] & ColumnChunk.listFlag != 0) == isList)
        let presenceBytes = isList ? 3 + 2 * numbers.count : ColumnChunk.bitmapBodyOffset
        #expect(numeric.count == presenceBytes + 1 + 8 * numbers.count)
    }
}

@Test func decimalValuesArePackedAndReadBackBitForBit() throws {
    var rng = SplitMix64(seed: 7)
    // Prices in cents, ratings to one place, counts, shares to four places, negatives, and a chunk
    // of one repeated value (zero bits per value).
    let makers: [(Int, inout SplitMix64) -> Double] = [
        { _, rng in Double(Int.random(in: 99...250_000, using: &rng)) / 100 },
        { _, rng in Double(Int.random(in: 10...50, using: &rng)) / 10 },
        { _, rng in Double(Int.random(in: 0...40_000, using: &rng)) },
        { _, rng in Double(Int.random(in: 0...10_000, using: &rng)) / 10_000 },
        { _, rng in Double(Int.random(in: -5_000...5_000, using: &rng)) / 100 },
        { _, _ in 4.5 },
    ]
    for make in makers {
        var numbers: [Int: Double] = [:]
        for slot in 0..<ColumnChunk.size where Double.random(in: 0..<1, using: &rng) < 0.7 { numbers[slot] = make(slot, &rng) }
        let encoded = ColumnChunk.encodeNumeric(numbers)
        let body = try bodyOffset(encoded, tag: ColumnChunk.numericTag)
        #expect(encoded[body] == 1, "packed")
        #expect(encoded.count < body + 1 + 4 * numbers.count, "at most half the bytes of plain values")
        for (slot, value) in try numericSlots(encoded).enumerated() {
            if let expected = numbers[slot] { #expect(value.bitPattern == expected.bitPattern) } else { #expect(value.isNaN) }
        }
    }
}

@Test func valuesWithoutAShortExactDecimalFormStayPlain() throws {
    for odd in [0.1 + 0.2, -0.0, .infinity, 1e300, 1.0 / 3, Double(1 << 60)] {
        let numbers: [Int: Double] = [0: 1.5, 9: odd, 100: 2]
        let encoded = ColumnChunk.encodeNumeric(numbers)
        #expect(encoded[try bodyOffset(encoded, tag: ColumnChunk.numericTag)] == 0, "plain: \(odd)")
        let slots = try numericSlots(encoded)
        #expect(slots[9].bitPattern == odd.bitPattern && slots[0] == 1.5 && slots[100] == 2)
    }
}

@Test func singleValuedFacetChunksKeepNoOffsets() throws {
    let single = Dictionary(uniqueKeysWithValues: (0..<5000).map { ($0 * 3, [UInt32($0 % 300 + 1)]) })
    let encoded = ColumnChunk.encodeFacet(single)
    // Header, then 9 bits per ordinal (the largest is 300) and the padding: no offsets.
    #expect(encoded.count == ColumnChunk.bitmapBodyOffset + 7 + (5000 * 9 + 7) / 8 + ColumnChunk.padding)
    #expect(try encoded.withUnsafeBytes { try ColumnChunk.decodeFacet($0) } == single)
    var multi = single
    multi[3] = [2, 70_000]
    let wider = ColumnChunk.encodeFacet(multi)
    #expect(try wider.withUnsafeBytes { try ColumnChunk.decodeFacet($0) } == multi)
}

@Test func malformedColumnChunksAreRefused() throws {
    let numeric = ColumnChunk.encodeNumeric([0: 1.25, 5: 3])
    let facet = ColumnChunk.encodeFacet([0: [1, 2], 5: [3]])
    for bytes in [Array(numeric.dropLast()), numeric + [0], facet] {
        #expect(bytes.withUnsafeBytes { NumericChunk($0) } == nil)
    }
    for bytes in [Array(facet.dropLast()), facet + [0], numeric] {
        #expect(bytes.withUnsafeBytes { FacetChunk($0) } == nil)
    }
    var unknownEncoding = numeric
    unknownEncoding[try bodyOffset(numeric, tag: ColumnChunk.numericTag)] = 2
    #expect(unknownEncoding.withUnsafeBytes { NumericChunk($0) } == nil)
}

@Test func aRareAttributeCostsTwoBytesAValueForItsPresence() throws {
    // 40 products of 16,384 with a value: a list of 40 slots, not a 2.5 KB bitmap.
    var rare: [Int: [UInt32]] = [:]
    for i in 0..<40 { rare[i * 400 + 7] = [UInt32(i % 3 + 1)] }
    let encoded = ColumnChunk.encodeFacet(rare)
    // Tag and count, 40 slots, the facet header, 40 ordinals of 2 bits, the padding.
    let expected: Int = 3 + 80 + 7 + 10 + ColumnChunk.padding
    #expect(encoded.count == expected)
    try encoded.withUnsafeBytes { bytes in
        let chunk = try #require(FacetChunk(bytes))
        var cursor = 0
        for slot in stride(from: 0, to: ColumnChunk.size, by: 3) {
            let ordinals = try #require(chunk.range(slot: slot, cursor: &cursor)).map(chunk.ordinal)
            #expect(ordinals == rare[slot] ?? [], "slot \(slot)")
        }
    }
    // A list that claims more slots than the chunk holds is refused.
    var claimed = encoded
    claimed[1] = 200
    #expect(claimed.withUnsafeBytes { FacetChunk($0) } == nil)
}

@Test func packedCodesInARangeAreExactlyTheValuesInIt() throws {
    var rng = SplitMix64(seed: 47)
    // Prices in cents, ratings in tenths, counts, negative offsets, six places, one value.
    let kinds: [(ClosedRange<Int64>, Double)] = [(1...500_000, 100), (10...50, 10), (0...20_000, 1), (-90_000...90_000, 1_000),
                                                 (1...999_999, 1_000_000), (7...7, 100)]
    for (range, divisor) in kinds {
        for density in [0.01, 0.6] {
            var numbers: [Int: Double] = [:]
            for slot in 0..<ColumnChunk.size where Double.random(in: 0..<1, using: &rng) < density {
                numbers[slot] = Double(Int64.random(in: range, using: &rng)) / divisor
            }
            let encoded = ColumnChunk.encodeNumeric(numbers)
            try encoded.withUnsafeBytes { bytes in
                let chunk = try #require(NumericChunk(bytes))
                let stored = numbers.values.sorted()
                // Bounds on stored values (where rounding decides), between them, and unbounded.
                var bounds = (0..<12).map { _ in stored.randomElement(using: &rng)! }
                bounds += bounds.map { $0.nextUp } + bounds.map { $0.nextDown } + [-.infinity, .infinity, stored[0] - 1, stored[stored.count - 1] + 1]
                for _ in 0..<40 {
                    let lower = bounds.randomElement(using: &rng)!, upper = bounds.randomElement(using: &rng)!
                    let lowerInclusive = Bool.random(using: &rng), upperInclusive = Bool.random(using: &rng)
                    let codes = try #require(chunk.codes(lower: lower, lowerInclusive: lowerInclusive, upper: upper, upperInclusive: upperInclusive),
                                             "values of \(range) / \(divisor) are packed")
                    for rank in 0..<chunk.presence.count {
                        let v = chunk.value(rank: rank)
                        let passes = (lowerInclusive ? v >= lower : v > lower) && (upperInclusive ? v <= upper : v < upper)
                        #expect(codes.contains(chunk.code(rank: rank)) == passes, "\(v) in \(lower)...\(upper) (\(lowerInclusive), \(upperInclusive))")
                    }
                }
            }
        }
    }
    // Random doubles stay plain: no codes, the caller compares values.
    let plain = ColumnChunk.encodeNumeric([3: 0.1 + 0.2, 9: .pi])
    #expect(plain.withUnsafeBytes { NumericChunk($0)!.codes(lower: 0, lowerInclusive: true, upper: 1, upperInclusive: true) } == nil)
}
