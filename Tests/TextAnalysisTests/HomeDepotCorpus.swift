import Foundation
import Testing

/// The Home Depot corpus, read at run time from `<package root>/../shared/corpora/homedepot`
/// (no open license: tests read it, the repository never holds a copy of it).
enum HomeDepotCorpus {
    struct Missing: Error, CustomStringConvertible {
        let description: String
    }

    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
        .appendingPathComponent("shared/corpora/homedepot")

    private static let loaded: Result<[String], Missing> = {
        struct Product: Decodable { let title: String }
        let file = directory.appendingPathComponent("products.jsonl")
        guard let data = try? Data(contentsOf: file) else {
            return .failure(Missing(description: "Home Depot corpus not found at \(file.path); these tests need it there (see shared/corpora/README.md)"))
        }
        let decoder = JSONDecoder()
        var titles: [String] = []
        for line in data.split(separator: UInt8(ascii: "\n")) {
            guard let product = try? decoder.decode(Product.self, from: Data(line)) else {
                return .failure(Missing(description: "Malformed line in \(file.path)"))
            }
            titles.append(product.title)
        }
        return .success(titles)
    }()

    /// All product titles, in file order. Throws (failing the test) if the corpus is missing.
    static func titles() throws -> [String] {
        try loaded.get()
    }

    /// The first title that contains `fragment` exactly. Throws if the corpus is missing or no
    /// title contains it, so a test never passes on an empty selection.
    static func title(containing fragment: String) throws -> String {
        guard let title = try titles().first(where: { $0.contains(fragment) }) else {
            throw Missing(description: "no Home Depot title contains \"\(fragment)\"")
        }
        return title
    }
}
