@testable import SearchIndex
import Testing

@Test func columnChunksFindEveryPresentValueAndNothingElse() throws {
    var rng = SplitMix64(seed: 31)
    for density in [0.0005, 0.05, 0.5, 1.0] {
        var numbers: [Int: Double] = [:]
        var facets: [Int: [UInt32]] = [:]
        for slot in 0..<ColumnChunk.size where Double.random(in: 0..<1, using: &rng) < density {
            numbers[slot] = Double.random(in: -1e6...1e6, using: &rng)
            facets[slot] = (0..<Int.random(in: 1...4, using: &rng)).map { _ in UInt32.random(in: 1...5000, using: &rng) }.sorted()
        }
        let numeric = ColumnChunk.encodeNumeric(numbers)
        let facet = ColumnChunk.encodeFacet(facets)
        #expect(try numeric.withUnsafeBytes { try ColumnChunk.decodeNumeric($0) } == numbers)
        #expect(try facet.withUnsafeBytes { try ColumnChunk.decodeFacet($0) } == facets)
        numeric.withUnsafeBytes { bytes in
            for slot in stride(from: 0, to: ColumnChunk.size, by: 7) {
                let value = ColumnChunk.numericValue(bytes, slot: slot)
                if let expected = numbers[slot] { #expect(value == expected) } else { #expect(value.isNaN) }
            }
        }
        facet.withUnsafeBytes { bytes in #expect(ColumnChunk.presentCount(bytes) == facets.count) }
        // A sparse column stays small: the presence index plus the values.
        #expect(numeric.count == ColumnChunk.bodyOffset + 8 * numbers.count)
    }
}
