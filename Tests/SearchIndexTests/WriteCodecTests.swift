@testable import SearchIndex
import Testing

/// Round trips of the write path's own encodings: per-document postings entries and compressed
/// stored documents, on random inputs.
@Suite struct WriteCodecTests {
    @Test func documentPostingsEntriesDecodeToWhatWasEncoded() throws {
        var rng = SplitMix64(seed: 7)
        for _ in 0..<500 {
            var expected = PostingList()
            var encoded: [UInt8] = []
            var ends: [Int] = []
            var doc = UInt32.random(in: 0..<10, using: &rng)
            for _ in 0..<Int.random(in: 1...20, using: &rng) {
                var fields: [(field: UInt8, norm: UInt8, positions: [UInt32])] = []
                for f in UInt8(0)..<8 where Int.random(in: 0..<3, using: &rng) == 0 || (f == 7 && fields.isEmpty) {
                    var position = UInt32.random(in: 0..<100_000, using: &rng)
                    var positions: [UInt32] = []
                    for _ in 0..<Int.random(in: 1...(Bool.random(using: &rng) ? 3 : 200), using: &rng) {
                        positions.append(position)
                        position += UInt32.random(in: 1...(Bool.random(using: &rng) ? 2 : 70_000), using: &rng)
                    }
                    fields.append((f, UInt8.random(in: 0...255, using: &rng), positions))
                }
                expected.append(doc: doc, fields: fields)
                DocumentPostings.append(fields.map { ($0.field, $0.norm, $0.positions[...]) }, to: &encoded)
                ends.append(encoded.count)
                doc += UInt32.random(in: 1...1_000_000, using: &rng)
            }
            var decoded = PostingList()
            try encoded.withUnsafeBytes { bytes in
                var offset = 0
                for (i, end) in ends.enumerated() {
                    let next = try #require(DocumentPostings.decode(bytes, at: offset, doc: expected.docs[i], into: &decoded))
                    #expect(next == end)
                    offset = next
                }
            }
            #expect(decoded == expected)
        }
    }

    @Test func truncatedDocumentPostingsEntriesAreRejected() {
        var encoded: [UInt8] = []
        DocumentPostings.append([(field: 1, norm: 9, positions: [3, 400, 70_000][...])], to: &encoded)
        for length in 0..<encoded.count {
            var list = PostingList()
            let result = Array(encoded.prefix(length)).withUnsafeBytes { DocumentPostings.decode($0, at: 0, doc: 1, into: &list) }
            #expect(result == nil)
        }
    }

    /// Product-like JSON documents with shared vocabulary, like a catalog's.
    func documents(_ count: Int, seed: UInt64) -> [[UInt8]] {
        var rng = SplitMix64(seed: seed)
        let words = ["Cordless", "Drill", "Brushless", "20V", "Stainless", "Steel", "Faucet", "Chrome", "LED", "Bulb", "Soft", "White",
                     "Outdoor", "Patio", "Chair", "Wood", "Screws", "Box", "1/4 in.", "x 3 in.", "Gal.", "Paint", "Primer", "Ceiling", "Fan"]
        return (0..<count).map { i in
            let title = (0..<Int.random(in: 3...12, using: &rng)).map { _ in words.randomElement(using: &rng)! }.joined(separator: " ")
            return Array(#"{"id":"P\#(100_000 + i)","title":"\#(title)","price":\#(Int.random(in: 1...900, using: &rng)).99}"#.utf8)
        }
    }

    @Test func storedDocumentsRoundTripWithAndWithoutADictionary() throws {
        let samples = documents(2_000, seed: 1)
        let dictionary = DocumentCompressor.train(samples: samples)
        #expect(!dictionary.isEmpty)
        var rng = SplitMix64(seed: 3)
        let odd = [[], [0], Array("é\u{0}\"".utf8), (0..<5_000).map { _ in UInt8.random(in: 0...255, using: &rng) }]
        for compressor in [DocumentCompressor(dictionary: dictionary), DocumentCompressor()] {
            for document in documents(300, seed: 2) + odd {
                let value = compressor.compress(document)
                #expect(value.count <= document.count + 1)
                let restored = value.withUnsafeBytes { compressor.decompress($0) }
                #expect(restored == document)
            }
        }
    }

    @Test func theTrainedDictionaryMakesSmallDocumentsSmaller() {
        let dictionary = DocumentCompressor.train(samples: documents(2_000, seed: 1))
        let test = documents(500, seed: 9)
        let raw = test.reduce(0) { $0 + $1.count }
        let plain = test.reduce(0) { $0 + DocumentCompressor().compress($1).count }
        let trained = test.reduce(0) { $0 + DocumentCompressor(dictionary: dictionary).compress($1).count }
        #expect(trained * 2 < raw, "dictionary compression: \(trained) of \(raw) bytes")
        #expect(trained < plain)
    }

    @Test func tooFewSamplesGiveNoDictionary() {
        #expect(DocumentCompressor.train(samples: documents(3, seed: 1)).isEmpty)
    }

    @Test func malformedStoredValuesAreRejectedNotMisread() {
        let compressor = DocumentCompressor(dictionary: DocumentCompressor.train(samples: documents(2_000, seed: 1)))
        let value = compressor.compress(documents(1, seed: 5)[0])
        for bad in [[], [7] + value.dropFirst(), Array(value.prefix(value.count - 3)), [1, 0xFF]] as [[UInt8]] {
            #expect(bad.withUnsafeBytes { compressor.decompress($0) } == nil)
        }
    }
}
