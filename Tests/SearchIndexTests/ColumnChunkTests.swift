@testable import SearchIndex
import Testing

/// Reads every slot of an encoded numeric chunk through `NumericChunk` (NaN: absent).
private func numericSlots(_ encoded: [UInt8]) throws -> [Double] {
    try encoded.withUnsafeBytes { bytes in
        let chunk = try #require(NumericChunk(bytes))
        return (0..<ColumnChunk.size).map { chunk.value(slot: $0) }
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
            #expect(chunk.present == facets.count)
            for slot in stride(from: 0, to: ColumnChunk.size, by: 5) {
                let ordinals = ColumnChunk.rank(chunk.base, slot: slot).flatMap(chunk.range).map { $0.map(chunk.ordinal) }
                #expect(ordinals == facets[slot])
            }
        }
        // Random doubles have no short decimal form: they stay plain, behind the presence index.
        #expect(numeric.count == ColumnChunk.bodyOffset + 1 + 8 * numbers.count)
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
        #expect(encoded[ColumnChunk.bodyOffset] == 1, "packed")
        #expect(encoded.count < ColumnChunk.bodyOffset + 1 + 4 * numbers.count, "at most half the bytes of plain values")
        for (slot, value) in try numericSlots(encoded).enumerated() {
            if let expected = numbers[slot] { #expect(value.bitPattern == expected.bitPattern) } else { #expect(value.isNaN) }
        }
    }
}

@Test func valuesWithoutAShortExactDecimalFormStayPlain() throws {
    for odd in [0.1 + 0.2, -0.0, .infinity, 1e300, 1.0 / 3, Double(1 << 60)] {
        let numbers: [Int: Double] = [0: 1.5, 9: odd, 100: 2]
        let encoded = ColumnChunk.encodeNumeric(numbers)
        #expect(encoded[ColumnChunk.bodyOffset] == 0, "plain: \(odd)")
        let slots = try numericSlots(encoded)
        #expect(slots[9].bitPattern == odd.bitPattern && slots[0] == 1.5 && slots[100] == 2)
    }
}

@Test func singleValuedFacetChunksKeepNoOffsets() throws {
    let single = Dictionary(uniqueKeysWithValues: (0..<1000).map { ($0 * 3, [UInt32($0 % 300 + 1)]) })
    let encoded = ColumnChunk.encodeFacet(single)
    // Header, then 9 bits per ordinal (the largest is 300) and the padding: no offsets.
    #expect(encoded.count == ColumnChunk.bodyOffset + 7 + (1000 * 9 + 7) / 8 + ColumnChunk.padding)
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
    unknownEncoding[ColumnChunk.bodyOffset] = 2
    #expect(unknownEncoding.withUnsafeBytes { NumericChunk($0) } == nil)
}
