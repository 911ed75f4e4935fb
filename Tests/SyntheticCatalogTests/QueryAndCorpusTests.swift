import Foundation
import Testing
@testable import SyntheticCatalog

@Suite struct QueryAndCorpusTests {
    @Test func queriesAreDeterministicDistinctAndNumbered() {
        let generator = CatalogGenerator(seed: 8)
        let first = generator.queries(count: 200, catalogSize: 50_000)
        let second = CatalogGenerator(seed: 8).queries(count: 200, catalogSize: 50_000)
        #expect(first == second)
        #expect(first.count == 200)
        #expect(Set(first.map(\.text)).count == 200)
        #expect(first.map(\.id) == (1...200).map(String.init))
    }

    @Test func queriesCoverEveryKindAndSomeAreMisspelled() {
        let queries = CatalogGenerator(seed: 8).queries(count: 300, catalogSize: 50_000)
        #expect(Set(queries.map(\.kind)) == Set(SyntheticQueryKind.allCases))
        let misspelled = queries.filter(\.isMisspelled).count
        #expect(misspelled > 5 && misspelled < 80)
        #expect(queries.allSatisfy { !$0.text.isEmpty && !$0.text.contains("\t") && !$0.text.contains("\n") })
    }

    @Test func anchorProductHasTopGradeAndQueryTextMentionsItsFacts() {
        let generator = CatalogGenerator(seed: 21)
        for query in generator.queries(count: 150, catalogSize: 10_000) {
            let anchor = generator.product(at: query.anchorIndex)
            #expect(query.grade(of: anchor) == 2, "\(query.text)")
            #expect(query.anchorIndex < 10_000)
            switch query.kind {
            case .modelNumber:
                #expect(query.text.lowercased().contains(anchor.modelNumber.lowercased()))
            case .brandAndNoun, .brandAttributeAndNoun:
                if !query.isMisspelled {
                    #expect(query.text.hasPrefix(anchor.brand.lowercased()))
                }
            case .category, .attributeAndNoun:
                break
            }
        }
    }

    @Test func gradesFollowTheKindRules() throws {
        let generator = CatalogGenerator(seed: 4)
        let products = Array(generator.products(0..<2_000))
        let queries = generator.queries(count: 80, catalogSize: 2_000)
        for query in queries {
            let anchorCategory = generator.product(at: query.anchorIndex).category
            for product in products {
                let grade = query.grade(of: product)
                let sameLeaf = product.category == anchorCategory
                switch query.kind {
                case .category:
                    #expect((grade == 2) == product.categoryPath.starts(with: query.categoryPath))
                case .brandAndNoun:
                    #expect((grade == 2) == (sameLeaf && product.brand == query.brand))
                    #expect((grade == 1) == (sameLeaf && product.brand != query.brand))
                case .attributeAndNoun:
                    let attribute = try #require(query.attribute)
                    #expect((grade == 2) == (sameLeaf && product.attribute(attribute.name) == attribute.value))
                    #expect((grade > 0) == sameLeaf)
                case .brandAttributeAndNoun, .modelNumber:
                    #expect(grade == 0 || sameLeaf)
                }
            }
        }
    }

    @Test func writtenCorpusIsCompleteAndConsistent() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("synthetic-corpus-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let generator = CatalogGenerator(seed: 17)
        var reported: [Int] = []
        try generator.writeCorpus(to: directory.path, count: 3_000, queryCount: 60, maxJudgmentsPerGrade: 40) { reported.append($0) }
        #expect(reported == [3_000])

        let productLines = try String(contentsOf: directory.appendingPathComponent("products.jsonl"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false)
        #expect(productLines.count == 3_001 && productLines.last == "")
        #expect(String(productLines[2_999]) == generator.product(at: 2_999).jsonLine())

        let queryLines = try String(contentsOf: directory.appendingPathComponent("queries.tsv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(queryLines[0] == ["query_id", "query"])
        let queries = generator.queries(count: 60, catalogSize: 3_000)
        #expect(queryLines.dropFirst().map { $0 } == queries.map { [$0.id, $0.text] })

        let qrelLines = try String(contentsOf: directory.appendingPathComponent("qrels.tsv"), encoding: .utf8)
            .split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(qrelLines[0] == ["query_id", "product_id", "grade"])
        let byId = Dictionary(uniqueKeysWithValues: queries.map { ($0.id, $0) })
        var judged: [String: [Int: Int]] = [:]
        for row in qrelLines.dropFirst() {
            #expect(row.count == 3)
            let query = try #require(byId[row[0]], "qrels names unknown query \(row[0])")
            let index = try #require(Int(row[1]))
            #expect((0..<3_000).contains(index), "qrels names unknown product \(row[1])")
            let grade = try #require(Int(row[2]))
            #expect(grade == query.grade(of: generator.product(at: index)))
            judged[row[0], default: [:]][grade, default: 0] += 1
            #expect(Set(qrelLines.dropFirst().filter { $0[0] == row[0] && $0[1] == row[1] }.map { $0[2] }).count == 1)
        }
        for query in queries {
            let grades = try #require(judged[query.id], "query \(query.id) has no judgments")
            #expect((grades[2] ?? 0) >= 1)
            #expect((grades[2] ?? 0) <= 40 && (grades[1] ?? 0) <= 40)
            #expect(qrelLines.contains { $0[0] == query.id && $0[1] == String(query.anchorIndex) && $0[2] == "2" })
        }
        let source = try String(contentsOf: directory.appendingPathComponent("SOURCE.md"), encoding: .utf8)
        #expect(source.contains("seed 17"))
    }

    @Test func judgmentsBelowTheBoundAreComplete() throws {
        let generator = CatalogGenerator(seed: 30)
        let queries = generator.queries(count: 20, catalogSize: 2_000)
        var collector = JudgmentCollector(queries: queries, taxonomy: generator.taxonomy, seed: generator.seed, limit: 10_000)
        for product in generator.products(0..<2_000) {
            collector.observe(product)
        }
        let judged = Set(collector.judgments().map { "\($0.queryIndex)/\($0.productIndex)/\($0.grade)" })
        var expected: Set<String> = []
        for (queryIndex, query) in queries.enumerated() {
            for product in generator.products(0..<2_000) where query.grade(of: product) > 0 {
                expected.insert("\(queryIndex)/\(product.index)/\(query.grade(of: product))")
            }
        }
        #expect(judged == expected)
    }

    @Test func invalidArgumentsAreRejectedWithAClearError() {
        let generator = CatalogGenerator(seed: 1)
        #expect(throws: SyntheticCorpusError.invalidArgument("count must be in 1...1000000000, got 0")) {
            try generator.writeCorpus(to: "/tmp/unused", count: 0, queryCount: 10)
        }
        #expect(throws: SyntheticCorpusError.self) {
            try generator.writeCorpus(to: "/proc/forbidden/corpus", count: 10, queryCount: 1)
        }
    }
}
