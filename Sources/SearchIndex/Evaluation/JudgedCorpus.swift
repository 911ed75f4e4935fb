import Foundation

/// A judged corpus directory in the format of `shared/corpora/README.md`: `products.jsonl`,
/// `queries.tsv` (query_id, query; header line) and `qrels.tsv` (query_id, product_id, grade;
/// header line).
public struct JudgedCorpus: Sendable {
    /// The corpus folder.
    public let directory: String
    /// Queries in file order.
    public let queries: [(id: String, text: String)]
    /// Grades per query id, per product id.
    public let judgments: [String: [String: Int]]

    /// Path of the products file.
    public var productsPath: String { directory + "/products.jsonl" }

    /// Reads `queries.tsv` and `qrels.tsv` of `directory`. Throws with the file and line of any
    /// malformed row.
    public init(directory: String) throws {
        self.directory = directory
        let queryRows = try Self.rows(directory + "/queries.tsv", columns: 2)
        queries = queryRows.map { ($0[0], $0[1]) }
        var judgments: [String: [String: Int]] = [:]
        for (number, row) in try Self.rows(directory + "/qrels.tsv", columns: 3).enumerated() {
            guard let grade = Int(row[2]) else {
                throw IndexError.io("\(directory)/qrels.tsv line \(number + 2): grade '\(row[2])' is not an integer")
            }
            judgments[row[0], default: [:]][row[1]] = grade
        }
        self.judgments = judgments
    }

    private static func rows(_ path: String, columns: Int) throws -> [[String]] {
        guard let data = FileManager.default.contents(atPath: path) else { throw IndexError.io("cannot read \(path)") }
        let lines = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: true)
        return try lines.dropFirst().enumerated().map { number, line in
            let fields = line.split(separator: "\t", maxSplits: columns - 1, omittingEmptySubsequences: false).map {
                String($0).trimmingCharacters(in: .whitespacesAndNewlines)
            }
            guard fields.count == columns else {
                throw IndexError.io("\(path) line \(number + 2): expected \(columns) tab-separated columns")
            }
            return fields
        }
    }
}
