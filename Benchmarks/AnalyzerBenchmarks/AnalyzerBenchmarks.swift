import Benchmark
import BenchmarkSupport
import TextAnalysis

/// Benchmarks of TextAnalysis.Analyzer (English, default options: stemming, product tokens,
/// stop words kept) on the Home Depot corpus. One iteration analyzes the whole corpus once on
/// one thread. Two rates of UTF-8 input bytes (10^6 bytes = 1 MB) are reported: per second of
/// wall-clock time, and per second of the thread's CPU time, which is the per-core rate and stays
/// meaningful on a machine shared with other work.
let benchmarks: @Sendable () -> Void = {
    let titles = HomeDepotCorpus.titles()
    let queries = HomeDepotCorpus.queries()
    let titleBytes = titles.reduce(0) { $0 + $1.utf8.count }
    let queryBytes = queries.reduce(0) { $0 + $1.utf8.count }
    let wallRate = BenchmarkMetric.custom("MB/s (wall clock)", polarity: .prefersLarger, useScalingFactor: false)
    let cpuRate = BenchmarkMetric.custom("MB/s (thread CPU)", polarity: .prefersLarger, useScalingFactor: false)

    Benchmark.defaultConfiguration = .init(
        metrics: [.wallClock, .cpuTotal, .throughput, .instructions, .mallocCountTotal, wallRate, cpuRate],
        warmupIterations: 1,
        maxDuration: .seconds(10),
        maxIterations: 30
    )

    // The indexing path: every title into one reused token array.
    Benchmark("Titles, reused token array") { benchmark in
        let analyzer = Analyzer()
        var tokens: [Token] = []
        tokens.reserveCapacity(512)
        for _ in benchmark.scaledIterations {
            let start = Stopwatch()
            for title in titles {
                tokens.removeAll(keepingCapacity: true)
                analyzer.analyze(title, into: &tokens)
            }
            start.recordRate(of: titleBytes, per: 1e6, to: benchmark, wall: wallRate, cpu: cpuRate)
            blackHole(tokens)
        }
    }

    // The convenience API: a new token array per title.
    Benchmark("Titles, new array per title") { benchmark in
        let analyzer = Analyzer()
        for _ in benchmark.scaledIterations {
            let start = Stopwatch()
            var count = 0
            for title in titles {
                count &+= analyzer.analyze(title).count
            }
            start.recordRate(of: titleBytes, per: 1e6, to: benchmark, wall: wallRate, cpu: cpuRate)
            blackHole(count)
        }
    }

    // The query path: short texts, typos and all, each analyzed on its own.
    Benchmark("Queries") { benchmark in
        let analyzer = Analyzer()
        var tokens: [Token] = []
        for _ in benchmark.scaledIterations {
            let start = Stopwatch()
            for query in queries {
                tokens.removeAll(keepingCapacity: true)
                analyzer.analyze(query, into: &tokens)
            }
            start.recordRate(of: queryBytes, per: 1e6, to: benchmark, wall: wallRate, cpu: cpuRate)
            blackHole(tokens)
        }
    }
}
