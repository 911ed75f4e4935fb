import ArgumentParser
import Foundation
import SyntheticCatalog

/// `aisle generate`: a deterministic synthetic judged corpus.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a deterministic synthetic catalog as a judged corpus (products.jsonl, queries.tsv, qrels.tsv).",
        discussion: "The same --seed and --count always give byte-identical files. Products stream to disk, so any size fits in memory."
    )

    @Option(help: "Number of products.")
    var count: Int

    @Option(help: "Random seed.")
    var seed: UInt64 = 1

    @Option(help: "Number of judged queries.")
    var queries = 500

    @Option(help: "The corpus folder to write (created if missing).")
    var out: String

    func run() throws {
        try reportingErrors {
            guard count > 0, count <= CatalogGenerator.maximumCount else {
                Terminal.error("--count must be between 1 and \(CatalogGenerator.maximumCount)")
                throw CommandFailure(code: 2)
            }
            let started = DispatchTime.now()
            func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9 }
            var lastReport = 0.0
            try CatalogGenerator(seed: seed).writeCorpus(to: out, count: count, queryCount: max(queries, 0)) { written in
                let now = elapsed()
                guard now - lastReport >= 0.5 || written == count else { return }
                lastReport = now
                let fraction = Double(written) / Double(count)
                let eta = fraction > 0 ? now * (1 - fraction) / fraction : .nan
                Terminal.progress("\(Terminal.bar(fraction)) \(written)/\(count) products, \(Int(Double(written) / max(now, 1e-9))) /s, ETA \(Terminal.duration(eta))")
            }
            Terminal.progress("wrote \(count) products and \(queries) judged queries to \(out) in \(Terminal.duration(elapsed()))", final: true)
        }
    }
}
