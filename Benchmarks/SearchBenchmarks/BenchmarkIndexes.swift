import BenchmarkSupport
import Foundation
import SearchIndex
import SyntheticCatalog

/// The indexes the search benchmarks query, built on first use and kept in the system's temporary
/// folder for the benchmark binary that built them.
///
/// ordo-one runs every benchmark in a process of its own (and once more to list them), so an index
/// built per process would be rebuilt ten times and, left behind, fill the disk. Here each index is
/// built once per benchmark binary into `<tmp>/aisle-search-benchmarks/<binary stamp>/<name>`, where
/// the stamp is the executable's modification time and size: a rebuilt binary (changed code, changed
/// index format) gets fresh indexes, and the folders of older binaries are deleted. A build that is
/// interrupted publishes nothing (`IndexBuilder` publishes atomically) and is redone by the next process.
enum BenchmarkIndexes {
    /// The Home Depot titles (54,667 products), built from the corpus on first use.
    static let homeDepot: Index = open("homedepot") { path in
        _ = try IndexBuilder(path: path).build(fromJSONL: HomeDepotCorpus.productsPath)
    }

    /// A 100,000-product synthetic catalog (seed 1, every field, facets), generated and built on first use.
    static let synthetic: Index = open("synthetic-100k") { path in
        let corpus = path + ".corpus"
        defer { try? FileManager.default.removeItem(atPath: corpus) }
        try CatalogGenerator(seed: 1).writeCorpus(to: corpus, count: 100_000, queryCount: 0)
        _ = try IndexBuilder(path: path).build(fromJSONL: corpus + "/products.jsonl")
    }

    private static let folder: String = {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("aisle-search-benchmarks").path
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: executable),
              let modified = attributes[.modificationDate] as? Date, let size = attributes[.size] as? Int else {
            fatalError("cannot read the modification time and size of the benchmark executable \(executable)")
        }
        let stamp = "\(Int(modified.timeIntervalSince1970))-\(size)"
        for stale in (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [] where stale != stamp {
            try? FileManager.default.removeItem(atPath: root + "/" + stale)
        }
        return root + "/" + stamp
    }()

    private static func open(_ name: String, build: (String) throws -> Void) -> Index {
        let path = folder + "/" + name
        do {
            if !IndexDirectory(path: path).exists {
                try build(path)
            }
            return try Index(path: path, readOnly: true)
        } catch {
            fatalError("cannot build or open the benchmark index \(path): \(error)")
        }
    }
}
