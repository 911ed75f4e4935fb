@testable import SearchIndex
import Testing

/// `LMDBTermCursor` steps over nearby keys instead of seeking: every seek, forwards or backwards,
/// near or far, past the end or before the start, must land where a plain B-tree seek lands.
@Suite struct LMDBTermCursorTests {
    let folder = TemporaryFolder()

    @Test func seeksLandOnTheKeysAPlainSeekFinds() throws {
        var rng = SplitMix64(seed: 7)
        let letters = Array("abcdefgh")
        func word(_ length: ClosedRange<Int>) -> String {
            String((0..<Int.random(in: length, using: &rng)).map { _ in letters[Int.random(in: 0..<letters.count, using: &rng)] })
        }
        let index = try Index.create(at: folder.path + "/cursor")
        try index.write((0..<300).map { .upsert(try Products.document(id: "p\($0)", title: (0..<4).map { _ in word(2...6) }.joined(separator: " "))) })
        // Mostly small steps forward, some far jumps, some backwards, and targets past the last key.
        var targets = (0..<400).map { _ in word(1...7) }.sorted()
        targets += (0..<60).map { _ in word(1...7) } + ["hhhhhhhhh", "a", "zzz", "b"]
        try index.environment.read { txn in
            var stepping = LMDBTermCursor(cursor: try txn.cursor(index.layout.terms))
            let seeking = try txn.cursor(index.layout.terms)
            for (i, target) in targets.enumerated() {
                let bytes = Array(target.utf8)
                let stepped = try bytes.withUnsafeBytes { try stepping.seek(atLeast: $0).map { Array($0) } }
                let sought = try bytes.withUnsafeBytes { try seeking.seek(atLeast: $0).map { Array($0.key) } }
                #expect(stepped == sought, "target \(i) '\(target)'")
                if i % 7 == 0 {
                    let next = try stepping.next().map { Array($0) }
                    #expect(next == (try seeking.next().map { Array($0.key) }), "next after target \(i)")
                }
            }
        }
    }
}
