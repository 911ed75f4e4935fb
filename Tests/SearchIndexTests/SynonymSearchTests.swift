import Foundation
@testable import SearchIndex
import Testing

/// Query-time synonym rules of an index: what they find, how they rank, where they apply, and
/// how they are stored.
@Suite struct SynonymSearchTests {
    let folder = TemporaryFolder()

    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        var operations: [IndexOperation] = [
            .upsert(try Products.document(id: "tv", title: "Samsung 55 in. TV")),
            .upsert(try Products.document(id: "television", title: "LG 55 in. Television")),
            .upsert(try Products.document(id: "window-ac", title: "Window Air Conditioner 8000 BTU")),
            .upsert(try Products.document(id: "portable-ac", title: "Portable AC Unit")),
            .upsert(try Products.document(id: "air-filter", title: "Air Filter 16 x 25 for Conditioner Vents")),
            .upsert(try Products.document(id: "two-fields", title: "Conditioner Refill", brand: "Air")),
            .upsert(try Products.document(id: "sweatshirt", title: "Grey Sweatshirt")),
            .upsert(try Products.document(id: "hoodie", title: "Black Hoodie")),
        ]
        for i in 0..<20 { operations.append(.upsert(try Products.document(id: "filler\(i)", title: "Saw Blade \(i)"))) }
        try index.write(operations)
        return index
    }

    @Test func anEquivalenceFindsProductsNamedEitherWay() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "television") == ["television"])
        try index.setSynonymRules("tv, television\n")
        #expect(try Products.matching(index, "television") == ["television", "tv"])
        #expect(try Products.matching(index, "tv") == ["television", "tv"])
        // The word as typed outranks its synonym in otherwise equal names.
        #expect(Products.ids(try index.search(SearchRequest(query: "television"))).first == "television")
        #expect(Products.ids(try index.search(SearchRequest(query: "tv"))).first == "tv")
    }

    @Test func aMultiWordSynonymMatchesOnlyTheWholePhrase() throws {
        let index = try catalog()
        try index.setSynonymRules("ac, air conditioner")
        // "air filter ... conditioner vents" has both words, not the phrase; "two-fields" has them
        // in different fields.
        #expect(try Products.matching(index, "ac") == ["portable-ac", "window-ac"])
        #expect(try Products.matching(index, "ac unit", mode: .all) == ["portable-ac"])
        // The other way: each of the two words takes "ac", so "Portable AC Unit" has both (the
        // filter and "two-fields" have them too, apart); the phrase as typed ranks first.
        let conditioner = try index.search(SearchRequest(query: "air conditioner", mode: .all, limit: 50))
        #expect(Set(Products.ids(conditioner)) == ["portable-ac", "window-ac", "air-filter", "two-fields"])
        #expect(Products.ids(conditioner).first == "window-ac")
    }

    @Test func aOneWayRuleWorksOnlyInItsDirection() throws {
        let index = try catalog()
        try index.setSynonymRules("hoodie => sweatshirt")
        #expect(try Products.matching(index, "hoodie") == ["hoodie", "sweatshirt"])
        #expect(try Products.matching(index, "sweatshirt") == ["sweatshirt"])
        #expect(Products.ids(try index.search(SearchRequest(query: "hoodie"))).first == "hoodie")
    }

    @Test func quotedPhrasesExclusionsAndPrefixesMeanTheWordsTyped() throws {
        let index = try catalog()
        try index.setSynonymRules("tv, television")
        #expect(try Products.matching(index, #""55 in. tv""#) == ["tv"])
        #expect(try Products.matching(index, "55 -television") == ["tv"])
        #expect(try Products.matching(index, "televis*") == ["television"])
    }

    @Test func aWordARuleKnowsIsNotCorrected() throws {
        let index = try catalog()
        try index.setSynonymRules("telly, television")
        let result = try index.search(SearchRequest(query: "telly"))
        #expect(Products.ids(result) == ["television"])
        #expect(result.didYouMean == nil)
    }

    @Test func everyCollectorAndExplainAgreeOnSynonymScores() throws {
        let index = try catalog()
        try index.setSynonymRules("tv, television\nac, air conditioner")
        for query in ["television 55", "portable ac", "air conditioner"] {
            var reference = SearchRequest(query: query, limit: 5)
            reference.scoreEveryMatch = true
            let exhaustive = try index.search(reference).hits
            let wand = try index.search(SearchRequest(query: query, limit: 5, exactTotal: false)).hits
            #expect(wand.map { "\($0.id):\($0.score)" } == exhaustive.map { "\($0.id):\($0.score)" }, "\(query)")
            for hit in exhaustive {
                let explanation = try #require(try index.explain(SearchRequest(query: query), id: hit.id))
                #expect(explanation.score == hit.score, "\(query) \(hit.id)")
            }
        }
        let explanation = try #require(try index.explain(SearchRequest(query: "ac"), id: "window-ac"))
        #expect(explanation.terms.map(\.term) == ["air condition"])
        #expect(explanation.terms.first?.fields.first?.frequency == 1)
        #expect(explanation.nameWords == 1)
    }

    @Test func highlightsMarkTheSynonymsFound() throws {
        let index = try catalog()
        try index.setSynonymRules("ac, air conditioner")
        let result = try index.search(SearchRequest(query: "ac", highlight: true))
        let window = try #require(result.hits.first { $0.id == "window-ac" })
        #expect(window.highlights["title"]?.contains("<em>Air</em> <em>Conditioner</em>") == true)
    }

    @Test func wrongRulesAreRefusedWithTheirLineAndChangeNothing() throws {
        let index = try catalog()
        try index.setSynonymRules("tv, television")
        #expect {
            try index.setSynonymRules("# fine\nsofa, couch\ntv")
        } throws: { error in
            guard case IndexError.invalidRequest(let field, let message) = error else { return false }
            return field == "synonyms" && message.contains("line 3")
        }
        #expect(try index.synonymRulesText() == "tv, television")
        #expect(try Products.matching(index, "television") == ["television", "tv"])
        try index.setSynonymRules("  \n")
        #expect(try Products.matching(index, "television") == ["television"])
    }

    @Test func rulesSurviveReopeningAndRebuilding() throws {
        let path = folder.path + "/index"
        do {
            let index = try catalog()
            try index.setSynonymRules("tv, television")
        }
        let products = folder.file("products.jsonl", lines: [Products.json(id: "a", title: "Sharp TV"), Products.json(id: "b", title: "Sony Television")])
        _ = try IndexBuilder(path: path).build(fromJSONL: products)
        let rebuilt = try Index(path: path)
        #expect(try rebuilt.synonymRulesText() == "tv, television")
        #expect(Set(Products.ids(try rebuilt.search(SearchRequest(query: "tv")))) == ["a", "b"])
    }

    @Test func aChangeByAnotherProcessIsSeenWithinAQuarterSecond() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "television") == ["television"])
        // What `aisle index synonyms --set` in another process does: replace the file.
        try "tv, television\n".write(toFile: folder.path + "/index/synonyms.txt", atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try Products.matching(index, "television") == ["television", "tv"])
        // A file broken by hand keeps the last good rules in force and says what is wrong.
        try "tv\n".write(toFile: folder.path + "/index/synonyms.txt", atomically: true, encoding: .utf8)
        Thread.sleep(forTimeInterval: 0.3)
        #expect(try Products.matching(index, "television") == ["television", "tv"])
        #expect(throws: IndexError.self) { try index.synonymRulesText() }
    }
}
