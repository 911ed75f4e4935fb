@testable import SearchIndex
import Testing

@Suite struct QueryLanguageSearchTests {
    let folder = TemporaryFolder()

    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        try index.write([
            .upsert(try Products.document(id: "1", title: "Cordless Hammer Drill", brand: "Voltmax", description: "A drill for masonry")),
            .upsert(try Products.document(id: "2", title: "Hammer for Drill Bits", brand: "Bitwise", description: "Steel hammer")),
            .upsert(try Products.document(id: "3", title: "Corded Drill", brand: "Voltmax", description: "Hammer mode included")),
            .upsert(try Products.document(id: "4", title: "Drill Press Stand", brand: "Hammerhead", description: "Bench stand")),
        ])
        return index
    }

    @Test func excludedWordsRemoveDocumentsContainingThem() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "drill -hammer") == ["4"])
        #expect(try Products.matching(index, "drill -press -cordless") == ["2", "3"])
    }

    @Test func aQuotedPhraseNeedsItsWordsInOrderInOneField() throws {
        let index = try catalog()
        #expect(try Products.matching(index, #""hammer drill""#) == ["1"])
        // "hammer ... drill" with one word between them, in order, within the title.
        #expect(try Products.matching(index, #""hammer drill"~1"#) == ["1", "2"])
        #expect(try Products.matching(index, #"drill -"hammer drill""#) == ["2", "3", "4"])
    }

    @Test func requiredWordsMustMatchAndOthersStayOptional() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "+press drill") == ["4"])
        #expect(try Products.matching(index, "cordless press") == ["1", "4"])
    }

    @Test func aFieldedWordMatchesOnlyThatField() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "title:hammer") == ["1", "2"])
        #expect(try Products.matching(index, "description:hammer") == ["2", "3"])
    }

    @Test func aFieldedValueOnAColumnBecomesAFilter() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "drill brand:voltmax") == ["1", "3"])
        #expect(try Products.matching(index, "drill -brand:voltmax") == ["2", "4"])
    }

    @Test func aPrefixMatchesEveryTermStartingWithIt() throws {
        let index = try catalog()
        #expect(try Products.matching(index, "cord*") == ["1", "3"])
        #expect(try Products.matching(index, "+hammer* press") == ["1", "2", "3", "4"])
    }

    @Test func onlyPunctuationMatchesNothingAndAnEmptyQueryMatchesEverything() throws {
        let index = try catalog()
        #expect(try index.search(SearchRequest(query: " - * ")).total == 0)
        #expect(try index.search(SearchRequest(query: "")).total == 4)
        #expect(try Products.matching(index, "-drill") == [])
    }
}
