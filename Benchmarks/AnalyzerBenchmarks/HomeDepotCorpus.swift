import Foundation

/// The Home Depot product-search corpus, read at run time from `../shared/corpora/homedepot`
/// next to the Aisle repository (it has no open license: it is never copied into the repo).
enum HomeDepotCorpus {
    /// The corpus folder, located from this source file: Benchmarks/AnalyzerBenchmarks/ → repo root → ../shared.
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/homedepot")

    /// Every product title in products.jsonl. Stops the benchmark run with a clear message if the
    /// corpus is missing or unreadable: a benchmark over no data would report nonsense.
    static func titles() -> [String] {
        struct Product: Decodable { let title: String }
        let file = directory.appendingPathComponent("products.jsonl")
        guard let data = try? Data(contentsOf: file) else {
            fatalError("Home Depot corpus not found: cannot read \(file.path). Put the corpus at <repo>/../shared/corpora/homedepot (see its README).")
        }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).map { line in
            guard let product = try? decoder.decode(Product.self, from: Data(line)) else {
                fatalError("Malformed line in \(file.path): \(String(decoding: line.prefix(120), as: UTF8.self))")
            }
            return product.title
        }
    }

    /// Every query in queries.tsv (the header line skipped), as customers typed them.
    static func queries() -> [String] {
        let file = directory.appendingPathComponent("queries.tsv")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            fatalError("Home Depot corpus not found: cannot read \(file.path). Put the corpus at <repo>/../shared/corpora/homedepot (see its README).")
        }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: "\t", maxSplits: 1).last.map(String.init)
        }
    }
}
