import Foundation
@testable import SearchIndex
import Testing

/// The `aisle` executable as users run it: output, messages and exit codes.
@Suite struct CommandLineTests {
    let folder = TemporaryFolder()

    /// A judged corpus of a few products in the corpus format.
    func corpus() -> String {
        let directory = folder.path + "/corpus"
        try! FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        _ = folder.file("corpus/products.jsonl", lines: [
            Products.json(id: "1", title: "Cordless Drill", brand: "Voltmax", price: 99),
            Products.json(id: "2", title: "Garden Hose 50 ft", brand: "Greenline", price: 30),
            Products.json(id: "3", title: "Drill Bit Set", brand: "Bitwise", price: 20),
        ])
        _ = folder.file("corpus/queries.tsv", lines: ["query_id\tquery", "q1\tcordless drill", "q2\tgarden hose", "q3\tnothing here"])
        _ = folder.file("corpus/qrels.tsv", lines: ["query_id\tproduct_id\tgrade", "q1\t1\t2", "q1\t3\t1", "q2\t2\t2"])
        return directory
    }

    @Test func evalPrintsTheDocumentedJSONKeys() throws {
        let run = try Executables.runAisle(["eval", "--corpus", corpus(), "--json"])
        #expect(run.status == 0, "\(run.error)")
        let value = try JSONValue.parse(Array(run.output.utf8))
        for key in ["ndcg10", "mrr10", "recall100", "zero_results", "queries", "build_seconds", "p50_us", "p95_us", "p99_us"] {
            #expect(value[key] != nil, "missing \(key)")
        }
        #expect(value["ndcg10"] == .number(1))
        #expect(value["zero_results"] == .number(1))
        #expect(value["queries"] == .number(3))
    }

    @Test func badInputExitsWithTwoAndSaysWhy() throws {
        let index = folder.path + "/index"
        #expect(try Executables.runAisle(["index", "build", "--from", corpus() + "/products.jsonl", "--index", index]).status == 0)
        let badFilter = try Executables.runAisle(["search", "--index", index, "drill", "--filter", "price <"])
        #expect(badFilter.status == 2)
        #expect(badFilter.error.contains("--filter"))
        let badSort = try Executables.runAisle(["search", "--index", index, "drill", "--sort", "price"])
        #expect(badSort.status == 2)
        let unknownField = try Executables.runAisle(["search", "--index", index, "drill", "--filter", "colour:red"])
        #expect(unknownField.status == 1)
        #expect(unknownField.error.contains("unknown filter field 'colour'"))
        let missingIndex = try Executables.runAisle(["search", "--index", folder.path + "/nowhere", "drill"])
        #expect(missingIndex.status == 1)
        #expect(missingIndex.error.contains("no index at"))
        let missingProduct = try Executables.runAisle(["explain", "--index", index, "drill", "42"])
        #expect(missingProduct.status == 1 && missingProduct.error.contains("no product with id '42'"))
    }

    @Test func synonymsCommandSetsShowsAndRefusesBadRules() throws {
        let index = folder.path + "/index"
        #expect(try Executables.runAisle(["index", "build", "--from", corpus() + "/products.jsonl", "--index", index]).status == 0)
        #expect(try Executables.runAisle(["search", "--index", index, "driller", "--json"]).output.contains(#""total":0"#))
        let rules = folder.file("rules.txt", lines: ["# tools", "driller => drill"])
        let set = try Executables.runAisle(["index", "synonyms", "--index", index, "--set", rules])
        #expect(set.status == 0, "\(set.error)")
        #expect(set.error.contains("1 phrases have synonyms"))
        #expect(try Executables.runAisle(["index", "synonyms", "--index", index]).output == "# tools\ndriller => drill\n")
        let found = try JSONValue.parse(Array(try Executables.runAisle(["search", "--index", index, "driller", "--json"]).output.utf8))
        #expect(found["total"] == .number(2))
        let bad = try Executables.runAisle(["index", "synonyms", "--index", index, "--set", folder.file("bad.txt", lines: ["tv"])])
        #expect(bad.status == 2)
        #expect(bad.error.contains("synonyms line 1"))
        #expect(try Executables.runAisle(["index", "synonyms", "--index", index]).output.contains("driller => drill"))
        #expect(try Executables.runAisle(["index", "synonyms", "--index", index, "--clear"]).status == 0)
        #expect(try Executables.runAisle(["index", "synonyms", "--index", index]).output == "")
    }

    @Test func typosAndFacetLimitOptionsShapeTheSearch() throws {
        let index = folder.path + "/index"
        #expect(try Executables.runAisle(["index", "build", "--from", corpus() + "/products.jsonl", "--index", index]).status == 0)
        let total = { (arguments: [String]) throws -> JSONValue? in
            try JSONValue.parse(Array(try Executables.runAisle(["search", "--index", index, "--json"] + arguments).output.utf8))["total"]
        }
        #expect(try total(["hoze"]) == .number(0))
        #expect(try total(["hoze", "--typos", "4,8"]) == .number(1))
        #expect(try total(["cordles", "--typos", "off"]) == .number(0))
        #expect(try total(["cordles"]) == .number(1))
        let oneBrand = try JSONValue.parse(Array(try Executables.runAisle(["search", "--index", index, "--json", "--facet", "brand", "--facet-limit", "1", ""]).output.utf8))
        guard case .array(let facets)? = oneBrand["facets"], case .array(let values)? = facets.first?["values"] else {
            Issue.record("no facet values: \(oneBrand)")
            return
        }
        #expect(values.count == 1)
        #expect(try Executables.runAisle(["search", "--index", index, "--facet", "brand", "--facet-limit", "0", "drill"]).status == 2)
        let bad = try Executables.runAisle(["search", "--index", index, "hoze", "--typos", "2,8"])
        #expect(bad.status == 2)
        #expect(bad.error.contains("--typos"))
    }

    @Test func threadsOptionKeepsTheAnswerAndRefusesZero() throws {
        let index = folder.path + "/index"
        #expect(try Executables.runAisle(["index", "build", "--from", corpus() + "/products.jsonl", "--index", index]).status == 0)
        let one = try Executables.runAisle(["search", "--index", index, "--json", "--threads", "1", "drill"])
        let many = try Executables.runAisle(["search", "--index", index, "--json", "--threads", "8", "drill"])
        #expect(one.status == 0 && many.status == 0)
        let answers = try [one, many].map { try JSONValue.parse(Array($0.output.utf8)) }
        #expect(answers[0]["total"] == .number(2))
        #expect(answers[1]["total"] == answers[0]["total"])
        #expect(answers[1]["hits"] == answers[0]["hits"])
        for command in [["search", "--index", index, "--threads", "0", "drill"], ["query-server", "--index", index, "--threads", "0"]] {
            let refused = try Executables.runAisle(command)
            #expect(refused.status == 2)
            #expect(refused.error.contains("--threads"))
        }
    }

    @Test func searchAndStatsAnswerAsJSON() throws {
        let index = folder.path + "/index"
        #expect(try Executables.runAisle(["index", "build", "--from", corpus() + "/products.jsonl", "--index", index]).status == 0)
        let stats = try JSONValue.parse(Array(try Executables.runAisle(["index", "stats", "--index", index, "--json"]).output.utf8))
        #expect(stats["documents"] == .number(3))
        let search = try Executables.runAisle(["search", "--index", index, "drill", "--facet", "brand", "--sort", "price:asc", "--json"])
        let result = try JSONValue.parse(Array(search.output.utf8))
        #expect(result["total"] == .number(2))
        guard case .array(let hits)? = result["hits"] else { Issue.record("no hits array"); return }
        #expect(hits.map { $0["id"] } == [.string("3"), .string("1")])
    }
}
