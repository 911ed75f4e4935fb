import Foundation
import LMDB
@testable import SearchIndex
import Testing

/// A small index written by the current format version is checked in (`Fixtures/format-7`, built
/// with `aisle index build --from <the first 20 lines of corpora/sample/products.jsonl>`), so that
/// any change to the on-disk layout is deliberate: it must bump `IndexLayout.formatVersion` and add
/// a fixture. `Fixtures/format-1` to `format-6` are indexes of earlier versions, which must be
/// refused (the server's reindex test uses `format-1` too).
@Suite struct FormatFixtureTests {
    let folder = TemporaryFolder()

    /// A writable copy of the fixture (LMDB needs to create its lock file).
    func fixtureCopy(_ name: String = "format-7") throws -> String {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/\(name)").path
        let copy = folder.path + "/" + name
        try FileManager.default.copyItem(atPath: source, toPath: copy)
        return copy
    }

    @Test func theCheckedInFixtureOpensAndAnswersAsWhenItWasWritten() throws {
        #expect(IndexLayout.formatVersion == 7, "the format changed: bump the version deliberately and rebuild the fixture")
        let index = try Index(path: try fixtureCopy())
        #expect(try index.statistics().liveDocuments == 20)
        let result = try index.search(SearchRequest(query: "drill", facets: [FacetRequest(field: "brand")], limit: 2))
        #expect(result.total == 15)
        #expect(result.hits.map(\.id) == ["S00007", "S00001"])
        #expect(result.facets[0].values.first?.value == "Torvane")
        let priced = try index.search(SearchRequest(query: "", filter: try FilterParser().parse("price < 100"), limit: 50))
        #expect(priced.total > 0 && priced.total < 20)
        // Name words written otherwise than their term are indexed as written ("Batteries").
        let batteries = try index.search(SearchRequest(query: "batteries", limit: 20))
        let typed = try batteries.hits.compactMap { try index.explain(SearchRequest(query: "batteries"), id: $0.id) }.filter { $0.typedWords == 1 }
        #expect(!typed.isEmpty && typed.count < batteries.hits.count)
    }

    @Test func anIndexOfAnotherFormatVersionIsRefusedWithAClearError() throws {
        let path = try fixtureCopy()
        let generation = try IndexDirectory(path: path).currentGeneration()
        do {
            let environment = try Environment(path: generation, maxDatabases: IndexLayout.databaseCount)
            let layout = try IndexLayout(environment: environment, create: false)
            try environment.write { txn in try txn.store(layout.meta, key: Array(MetaKey.format.utf8), value: [99, 0, 0, 0]) }
        }
        #expect(throws: IndexError.formatMismatch(found: 99, expected: 7, path: generation)) { try Index(path: path) }
        #expect(IndexError.formatMismatch(found: 99, expected: 7, path: generation).description.contains("aisle index build"))
    }

    @Test(arguments: [1, 2, 3, 4, 5, 6] as [UInt32]) func anIndexOfAnEarlierFormatIsRefused(version: UInt32) throws {
        let path = try fixtureCopy("format-\(version)")
        let generation = try IndexDirectory(path: path).currentGeneration()
        #expect(throws: IndexError.formatMismatch(found: version, expected: 7, path: generation)) { try Index(path: path) }
    }
}
