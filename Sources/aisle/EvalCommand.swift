import ArgumentParser
import Foundation
import SearchIndex

/// `aisle eval`: ranking quality and query latency on a judged corpus.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Build an index of a judged corpus in a temporary folder and report NDCG@10, MRR@10, Recall@100 and latency.",
        discussion: "DIR holds products.jsonl, queries.tsv and qrels.tsv (see corpora/README.md). Every query runs with the default ranking, as plain words (as the side-by-side benchmark gives queries to every engine); latency is single-threaded and warm (a second pass over all queries)."
    )

    @Option(help: "The judged corpus folder.")
    var corpus: String

    @Option(help: "any (OR, default) or all (AND).")
    var mode: String = "any"

    @Flag(help: "Print one JSON object: ndcg10, mrr10, recall100, zero_results, queries, build_seconds, p50_us, p95_us, p99_us.")
    var json = false

    func run() throws {
        try reportingErrors {
            guard let matchMode = SearchRequest.MatchMode(rawValue: mode) else {
                Terminal.error("--mode must be 'any' or 'all', not '\(mode)'")
                throw CommandFailure(code: 2)
            }
            let judged = try JudgedCorpus(directory: corpus)
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("aisle-eval-\(getpid())").path
            defer { try? FileManager.default.removeItem(atPath: folder) }
            let summary = try IndexBuilder(path: folder).build(fromJSONL: judged.productsPath) { p in
                if !json { Terminal.progress("indexing: \(p.documents) docs") }
            }
            if !json { Terminal.progress("indexed \(summary.documents) documents in \(Terminal.duration(summary.seconds))", final: true) }
            let index = try Index(path: folder, readOnly: true)

            var rankings: [String: [String]] = [:]
            for query in judged.queries {
                let result = try index.search(SearchRequest(query: query.text, mode: matchMode, limit: 100, plainText: true, storedDocuments: false))
                rankings[query.id] = result.hits.map(\.id)
            }
            var latencies: [Double] = []
            latencies.reserveCapacity(judged.queries.count)
            for query in judged.queries {
                let started = DispatchTime.now()
                _ = try index.search(SearchRequest(query: query.text, mode: matchMode, limit: 100, plainText: true, storedDocuments: false))
                latencies.append(Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1000)
            }
            latencies.sort()
            func percentile(_ p: Double) -> Double {
                latencies.isEmpty ? 0 : latencies[min(latencies.count - 1, Int((p * Double(latencies.count)).rounded(.up)) - 1)]
            }
            let metrics = RelevanceMetrics(rankings: rankings, judgments: judged.judgments)
            if json {
                print(String(format: #"{"ndcg10": %.4f, "mrr10": %.4f, "recall100": %.4f, "zero_results": %d, "queries": %d, "build_seconds": %.2f, "p50_us": %.1f, "p95_us": %.1f, "p99_us": %.1f}"#,
                             metrics.ndcg10, metrics.mrr10, metrics.recall100, metrics.zeroResults, metrics.queries, summary.seconds,
                             percentile(0.5), percentile(0.95), percentile(0.99)))
                return
            }
            print(String(format: "NDCG@10     %.4f", metrics.ndcg10))
            print(String(format: "MRR@10      %.4f", metrics.mrr10))
            print(String(format: "Recall@100  %.4f", metrics.recall100))
            print("zero results \(metrics.zeroResults) of \(metrics.queries) queries")
            print(String(format: "build        %.2f s for %d documents", summary.seconds, summary.documents))
            print(String(format: "latency      p50 %.0f µs, p95 %.0f µs, p99 %.0f µs (single thread, warm, top 100)", percentile(0.5), percentile(0.95), percentile(0.99)))
        }
    }
}
