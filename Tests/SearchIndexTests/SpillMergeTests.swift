import Foundation
import LMDB
@testable import SearchIndex
import Testing

/// The bulk build's postings runs: a memory budget small enough to spill many runs must give
/// exactly the index that one in-memory run gives.
@Suite struct SpillMergeTests {
    let folder = TemporaryFolder()

    /// Products whose terms repeat across many runs, occur once, or span many blocks.
    func catalog(_ count: Int) -> String {
        var rng = SplitMix64(seed: 11)
        let words = ["cordless", "drill", "hammer", "chrome", "faucet", "white", "paint", "outdoor", "patio", "cedar", "fence",
                     "copper", "pipe", "valve", "brass", "hinge", "ceiling", "fan", "light", "bulb"]
        return folder.file("products.jsonl", lines: (0..<count).map { i in
            let title = (0..<(2 + rng.below(8))).map { _ in words[rng.below(words.count)] }.joined(separator: " ") + " model\(rng.below(count))"
            let description = (0..<rng.below(30)).map { _ in words[rng.below(words.count)] }.joined(separator: " ")
            return Products.json(id: "P\(i % (count - 50))", title: title, brand: i % 3 == 0 ? "Voltmax" : "Cedarline",
                                 category: "Tools > Power Tools", description: description, price: Double(i % 300) + 0.5)
        })
    }

    /// Every entry of every database, and the statistics, of the live generation at `path`.
    func contents(_ path: String) throws -> [String: [[UInt8]]] {
        let index = try Index(path: path, readOnly: true)
        var contents: [String: [[UInt8]]] = [:]
        try index.environment.read { txn in
            for (name, db) in index.layout.all {
                var entries: [[UInt8]] = []
                try txn.forEach(db) { entry in
                    entries.append(Array(entry.key))
                    entries.append(Array(entry.value))
                    return true
                }
                contents[name] = entries
            }
        }
        return contents
    }

    @Test func aSmallMemoryBudgetSpillsSeveralRunsAndGivesTheSameIndexAsOneRun() throws {
        let file = catalog(3_000)
        var oneRun = IndexBuilder(path: folder.path + "/one")
        oneRun.batchSize = 700
        let single = try oneRun.build(fromJSONL: file)
        var manyRuns = IndexBuilder(path: folder.path + "/many")
        manyRuns.batchSize = 700
        manyRuns.memoryBudget = 64 << 10
        let spilled = try manyRuns.build(fromJSONL: file)
        #expect(single.postingRuns == 1)
        #expect(spilled.postingRuns > 5)
        #expect(single.documents == 2_950 && spilled.documents == 2_950)
        let expected = try contents(folder.path + "/one")
        #expect(expected["postings"]!.count > 200 && expected["terms"]!.count > 200)
        #expect(try contents(folder.path + "/many") == expected)
        // The run files are gone from the published generation.
        let generation = try IndexDirectory(path: folder.path + "/many").currentGeneration()
        #expect(try FileManager.default.contentsOfDirectory(atPath: generation).sorted() == ["data.mdb", "lock.mdb"])
        let index = try Index(path: folder.path + "/many")
        #expect(try index.search(SearchRequest(query: "cedar fence")).total > 0)
    }

    /// The entries of `terms` and `postings` after merging `file`'s products cut into `runs` runs
    /// (all but the last spilled to files, as a build spills them; the last one in memory), in
    /// windows of `windowPostings` postings. With `indexed` false, a single run is read only in
    /// order, as a file run is, so that it takes the k-way merge.
    func mergedEntries(_ file: String, runs runCount: Int = 1, windowPostings: Int, indexed: Bool = true) throws -> [[UInt8]] {
        let schema = Schema.products
        let analyzer = Index.analyzer(for: schema)
        let mapper = ProductDocumentMapper(schema: schema)
        let accumulator = PostingsAccumulator()
        let lines = try String(contentsOfFile: file, encoding: .utf8).split(separator: "\n")
        let path = folder.path + "/merged-\(runCount)-\(windowPostings)-\(indexed)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        var runs: [PostingRunSource] = []
        for (i, line) in lines.enumerated() {
            let document = try mapper.document(fromJSONLine: Array(line.utf8))
            accumulator.add([AnalyzedDocument(document, analyzer: analyzer, fieldCount: schema.textFields.count, nameFields: schema.productNameFields)],
                            at: 0, as: UInt32(i))
            if runs.count < runCount - 1, (i + 1) * runCount / lines.count > runs.count {
                try PostingsAccumulator.spill(accumulator.takeRun(), to: path + "/run-\(runs.count)")
                runs.append(try PostingRunFile(path: path + "/run-\(runs.count)"))
            }
        }
        let last = accumulator.takeSortedRun()
        runs.append(indexed ? last : SerialRun(last))
        #expect(runs.count == runCount)
        let environment = try Environment(path: path, mapSize: 1 << 30, maxDatabases: IndexLayout.databaseCount)
        let layout = try IndexLayout(environment: environment, create: true)
        var merger = PostingsMerger(environment: environment, layout: layout)
        merger.windowPostings = windowPostings
        let terms = try merger.merge(runs, firstTerm: 0)
        var entries: [[UInt8]] = []
        try environment.read { txn in
            for db in [layout.terms, layout.postings] {
                try txn.forEach(db) { entry in
                    entries.append(Array(entry.key))
                    entries.append(Array(entry.value))
                    return true
                }
            }
            #expect(try txn.entryCount(layout.terms) == Int(terms))
        }
        return entries
    }

    /// Later batches skip the written forms earlier ones recorded (`BulkWriter`'s known words)
    /// and still record every new one; and they write their column values over the chunks that
    /// earlier batches wrote (`BatchApplier`), where one batch writes each chunk once.
    @Test func writtenFormsAndColumnsAreTheSameInSmallBatchesAsInOne() throws {
        let file = catalog(1_500)
        var oneBatch = IndexBuilder(path: folder.path + "/one-batch")
        oneBatch.batchSize = 1_500
        _ = try oneBatch.build(fromJSONL: file)
        var smallBatches = IndexBuilder(path: folder.path + "/small-batches")
        smallBatches.batchSize = 97
        _ = try smallBatches.build(fromJSONL: file)
        let expected = try contents(folder.path + "/one-batch")
        #expect(expected["words"]!.count >= 10)
        let small = try contents(folder.path + "/small-batches")
        #expect(small["words"] == expected["words"])
        #expect(expected["columns"]!.count >= 6 && expected["facetValues"]!.count >= 4)
        for database in ["columns", "facetValues", "facetNames"] {
            let same = small[database] == expected[database]  // compared apart: a failure would print every chunk's bytes
            #expect(same, "\(database) differs")
        }
    }

    @Test func runsMergedInWindowsOnAllCoresWriteWhatOneRunInOneWindowWrites() throws {
        let file = catalog(1_500)
        let oneWindow = try mergedEntries(file, windowPostings: 1 << 21)
        #expect(oneWindow.count > 400)
        #expect(try mergedEntries(file, windowPostings: 100) == oneWindow)
        #expect(try mergedEntries(file, windowPostings: 100, indexed: false) == oneWindow)
        #expect(try mergedEntries(file, runs: 3, windowPostings: 100) == oneWindow)
        #expect(try mergedEntries(file, runs: 3, windowPostings: 1 << 21) == oneWindow)
        #expect(try mergedEntries(file, runs: 7, windowPostings: 1) == oneWindow)
    }
}

/// A run read only in order, so that the merger takes its k-way path.
private final class SerialRun: PostingRunSource {
    let run: any PostingRunSource
    init(_ run: any PostingRunSource) { self.run = run }
    func next(into segment: inout RunSegment) throws -> Bool { try run.next(into: &segment) }
}
