import Benchmark
import Foundation
import SearchIndex
import SyntheticCatalog

/// Benchmarks of the search path. Corpora: the Home Depot titles (54,667 products, real customer
/// queries; read from <repo>/../shared/corpora/homedepot, indexed once into a temporary folder)
/// and a 100,000-product synthetic catalog (seed 1) for facets. One iteration runs a fixed set of
/// queries on one thread; instructions and mallocs are deterministic, so regressions show
/// without timing noise.
let benchmarks: @Sendable () -> Void = {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aisle-search-bench-\(getpid())").path
    let homeDepot = folder + "/homedepot"
    let synthetic = folder + "/synthetic"
    do {
        _ = try IndexBuilder(path: homeDepot).build(fromJSONL: HomeDepotFiles.products)
        try CatalogGenerator(seed: 1).writeCorpus(to: folder + "/synthetic-corpus", count: 100_000, queryCount: 100)
        _ = try IndexBuilder(path: synthetic).build(fromJSONL: folder + "/synthetic-corpus/products.jsonl")
    } catch {
        fatalError("cannot build the benchmark indexes: \(error)")
    }
    let index = try! Index(path: homeDepot, readOnly: true)
    let catalog = try! Index(path: synthetic, readOnly: true)
    let queries = Array(HomeDepotFiles.queries().prefix(500))
    let singleWords = queries.compactMap { $0.split(separator: " ").first.map(String.init) }
    let phrases = queries.map { "\"" + $0.split(separator: " ").prefix(2).joined(separator: " ") + "\"" }
    // Each query's longest word with two letters swapped: typo correction on every query.
    let typos = queries.map { query -> String in
        var words = query.split(separator: " ").map(String.init)
        guard let i = words.indices.max(by: { words[$0].count < words[$1].count }), words[i].count >= 5 else { return query }
        var letters = Array(words[i])
        letters.swapAt(1, 2)
        words[i] = String(letters)
        return words.joined(separator: " ")
    }

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .instructions, .mallocCountTotal, .throughput],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 20
    )

    func run(_ name: String, _ texts: [String], on searched: Index, _ configure: @escaping @Sendable (inout SearchRequest) -> Void) {
        Benchmark(name) { benchmark in
            for _ in benchmark.scaledIterations {
                for text in texts {
                    var request = SearchRequest(query: text, plainText: !text.hasPrefix("\""))
                    configure(&request)
                    blackHole(try searched.search(request))
                }
            }
        }
    }

    // Postings decoding: a 100,000-document list in 782 blocks, decoded whole per iteration.
    Benchmark("Postings decode (100k docs)") { benchmark in
        var list = PostingList()
        for doc in 0..<100_000 where doc % 3 != 1 {
            list.append(doc: UInt32(doc), fields: [(field: 0, norm: UInt8(doc % 20 + 1), positions: [UInt32(doc % 7)])])
        }
        var blocks: [[UInt8]] = []
        var start = 0
        while start < list.count {
            var bytes: [UInt8] = []
            PostingsCodec.encodeBlock(list, docs: start..<min(start + PostingsCodec.blockSize, list.count), into: &bytes)
            blocks.append(bytes)
            start += PostingsCodec.blockSize
        }
        let block = DecodedBlock()
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            for bytes in blocks { _ = bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) } }
        }
    }
    run("Term query, top 10 (500 queries)", singleWords, on: index) { $0.exactTotal = false }
    run("OR, top 10, block-max WAND (500 queries)", queries, on: index) { $0.exactTotal = false }
    run("OR, top 10, exact total (500 queries)", queries, on: index) { _ in }
    run("AND, top 10, exact total (500 queries)", queries, on: index) { $0.mode = .all }
    run("Phrase of the first two words (500 queries)", phrases, on: index) { _ in }
    run("Typo in the longest word, OR top 10 (500 queries)", typos, on: index) { $0.exactTotal = false }
    let facetQueries = ["drill", "paint", "faucet", "lamp", "hose", "cabinet", "saw", "light", "tile", "fan"]
    run("5 facets over the match set, 100k catalog (10 queries)", facetQueries, on: catalog) { request in
        request.facets = [FacetRequest(field: "brand"), FacetRequest(field: "category"), FacetRequest(field: "price", ranges: [25, 50, 100, 250, 500]),
                          FacetRequest(field: "rating", ranges: [3, 4, 4.5]), FacetRequest(field: "color")]
    }
}

/// The Home Depot corpus files, located from this source file (<repo>/../shared/corpora/homedepot).
enum HomeDepotFiles {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/homedepot")

    static var products: String { directory.appendingPathComponent("products.jsonl").path }

    static func queries() -> [String] {
        let file = directory.appendingPathComponent("queries.tsv")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            fatalError("Home Depot corpus not found: cannot read \(file.path). Put the corpus at <repo>/../shared/corpora/homedepot.")
        }
        return text.split(separator: "\n").dropFirst().compactMap { $0.split(separator: "\t", maxSplits: 1).last.map(String.init) }
    }
}
