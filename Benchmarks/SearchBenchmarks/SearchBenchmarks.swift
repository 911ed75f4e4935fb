import Benchmark
import BenchmarkSupport
import SearchIndex

/// Benchmarks of the search path. Corpora: the Home Depot titles (54,667 products, the first 500
/// real customer queries; read from <repo>/../shared/corpora/homedepot) and a 100,000-product
/// synthetic catalog (seed 1) for facets; both indexed once per benchmark binary (`BenchmarkIndexes`).
/// One iteration runs a fixed set of requests on one thread. Mallocs (and instructions, where the
/// machine exposes hardware counters) are deterministic, so regressions show without timing noise;
/// `µs/query (thread CPU)` is the per-core cost and stays meaningful on a shared machine.
let benchmarks: @Sendable () -> Void = {
    let queries = Array(HomeDepotCorpus.queries().prefix(500))
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
    let queryWall = BenchmarkMetric.custom("µs/query (wall clock)", polarity: .prefersSmaller, useScalingFactor: false)
    let queryCPU = BenchmarkMetric.custom("µs/query (thread CPU)", polarity: .prefersSmaller, useScalingFactor: false)

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .instructions, .mallocCountTotal, .throughput, queryWall, queryCPU],
        warmupIterations: 1,
        maxDuration: .seconds(5),
        maxIterations: 20
    )

    /// One benchmark: every text as a request (configured by `configure`) against `index()`, which is
    /// opened (or built) before the measurement starts. `check` sees every result once, before the
    /// measurement, and returns why the benchmark would measure the wrong thing, or nil.
    func run(_ name: String, _ texts: [String], on index: @escaping @Sendable () -> Index,
             configure: @escaping @Sendable (inout SearchRequest) -> Void,
             check: @escaping @Sendable ([SearchResult]) -> String? = { _ in nil }) {
        Benchmark(name) { benchmark in
            let searched = index()
            let requests = texts.map { text in
                var request = SearchRequest(query: text, plainText: !text.hasPrefix("\""))
                configure(&request)
                return request
            }
            if let problem = check(try requests.map(searched.search)) {
                fatalError("\(name): \(problem)")
            }
            benchmark.startMeasurement()
            for _ in benchmark.scaledIterations {
                let stopwatch = Stopwatch()
                for request in requests {
                    blackHole(try searched.search(request))
                }
                stopwatch.recordMicroseconds(per: requests.count, to: benchmark, wall: queryWall, cpu: queryCPU)
            }
        }
    }

    // Postings decoding: a 66,667-document list in 521 blocks, decoded whole 10 times per iteration.
    let postingsWall = BenchmarkMetric.custom("M postings/s (wall clock)", polarity: .prefersLarger, useScalingFactor: false)
    let postingsCPU = BenchmarkMetric.custom("M postings/s (thread CPU)", polarity: .prefersLarger, useScalingFactor: false)
    Benchmark("Postings decode (66,667 docs × 10)",
              configuration: .init(metrics: [.wallClock, .instructions, .mallocCountTotal, .throughput, postingsWall, postingsCPU])) { benchmark in
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
        guard blocks.allSatisfy({ bytes in bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) } }) else {
            fatalError("Postings decode: the codec rejected a block it encoded")
        }
        benchmark.startMeasurement()
        for _ in benchmark.scaledIterations {
            let stopwatch = Stopwatch()
            for _ in 0..<10 {
                for bytes in blocks { _ = bytes.withUnsafeBytes { PostingsCodec.decodeBlock($0, into: block) } }
            }
            stopwatch.recordRate(of: list.count * 10, per: 1e6, to: benchmark, wall: postingsWall, cpu: postingsCPU)
        }
    }

    let homeDepot: @Sendable () -> Index = { BenchmarkIndexes.homeDepot }
    let matchesSome: @Sendable ([SearchResult]) -> String? = { results in
        results.contains { $0.total > 0 } ? nil : "no query matched anything"
    }
    run("Term query, top 10 (500 queries)", singleWords, on: homeDepot, configure: { $0.exactTotal = false }, check: matchesSome)
    run("OR, top 10, block-max WAND (500 queries)", queries, on: homeDepot, configure: { $0.exactTotal = false }, check: matchesSome)
    run("OR, top 10, exact total (500 queries)", queries, on: homeDepot, configure: { _ in }, check: matchesSome)
    run("AND, top 10, exact total (500 queries)", queries, on: homeDepot, configure: { $0.mode = .all }, check: matchesSome)
    run("Phrase of the first two words (500 queries)", phrases, on: homeDepot, configure: { _ in }, check: matchesSome)
    run("Typo in the longest word, OR top 10 (500 queries)", typos, on: homeDepot, configure: { $0.exactTotal = false }) { results in
        results.contains { $0.didYouMean != nil } ? nil : "no query was corrected: typo expansion is not exercised"
    }
    let facetQueries = ["drill", "paint", "faucet", "lamp", "hose", "cabinet", "saw", "light", "tile", "fan"]
    run("5 facets over the match set, 100k catalog (10 queries)", facetQueries, on: { BenchmarkIndexes.synthetic }, configure: { request in
        request.facets = [FacetRequest(field: "brand"), FacetRequest(field: "category"), FacetRequest(field: "price", ranges: [25, 50, 100, 250, 500]),
                          FacetRequest(field: "rating", ranges: [3, 4, 4.5]), FacetRequest(field: "color")]
    }) { results in
        results.allSatisfy { $0.facets.count == 5 && $0.facets[0].values.count > 1 } ? nil : "a query did not return 5 facets with brand counts"
    }
}
