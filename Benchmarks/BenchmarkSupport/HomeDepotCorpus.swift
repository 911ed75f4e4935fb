import Foundation

/// The Home Depot product-search corpus, read at run time from `../shared/corpora/homedepot`
/// next to the Aisle repository (it has no open license: it is never copied into the repo).
/// Every accessor stops the benchmark run with a message naming the path when the corpus is
/// missing or unreadable: a benchmark over no data would report nonsense.
public enum HomeDepotCorpus {
    /// The corpus folder, located from this source file: Benchmarks/BenchmarkSupport/ → repo root → ../shared.
    public static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/homedepot")

    /// The path of products.jsonl (checked to exist).
    public static var productsPath: String {
        let path = directory.appendingPathComponent("products.jsonl").path
        guard FileManager.default.isReadableFile(atPath: path) else {
            fatalError("Home Depot corpus not found: cannot read \(path). Put the corpus at <repo>/../shared/corpora/homedepot (see its README).")
        }
        return path
    }

    /// Every product title in products.jsonl, in file order.
    public static func titles() -> [String] {
        struct Product: Decodable { let title: String }
        let path = productsPath
        guard let data = FileManager.default.contents(atPath: path) else {
            fatalError("Home Depot corpus not readable: \(path).")
        }
        let decoder = JSONDecoder()
        return data.split(separator: UInt8(ascii: "\n")).map { line in
            guard let product = try? decoder.decode(Product.self, from: Data(line)) else {
                fatalError("Malformed line in \(path): \(String(decoding: line.prefix(120), as: UTF8.self))")
            }
            return product.title
        }
    }

    /// Every query in queries.tsv (the header line skipped), as customers typed them, in file order.
    public static func queries() -> [String] {
        let file = directory.appendingPathComponent("queries.tsv")
        guard let text = try? String(contentsOf: file, encoding: .utf8) else {
            fatalError("Home Depot corpus not found: cannot read \(file.path). Put the corpus at <repo>/../shared/corpora/homedepot (see its README).")
        }
        return text.split(separator: "\n").dropFirst().compactMap { line in
            line.split(separator: "\t", maxSplits: 1).last.map(String.init)
        }
    }
}
