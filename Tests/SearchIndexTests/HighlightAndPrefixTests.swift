@testable import SearchIndex
import Testing

@Suite struct HighlightAndPrefixTests {
    let folder = TemporaryFolder()

    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        let long = "This drill has a two-speed gearbox. " + String(repeating: "It is sturdy and light. ", count: 12) + "Batteries <sold> separately & quickly charged."
        try index.write([
            .upsert(try Products.document(id: "1", title: "Cordless Drill 3/4 in. Chuck", brand: "Voltmax", description: long)),
            .upsert(try Products.document(id: "2", title: "Corded Hammer", brand: "Cordova")),
        ])
        return index
    }

    @Test func highlightsMarkMatchedWordsAndEscapeTheRest() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(query: "drills 3/4 inch batteries", highlight: true))
        let hit = try #require(result.hits.first { $0.id == "1" })
        // "3/4 inch" in the query is the measurement "3/4 in" of the title.
        #expect(hit.highlights["title"] == "Cordless <em>Drill</em> <em>3/4 in</em>. Chuck")
        let description = try #require(hit.highlights["description"])
        #expect(description.hasPrefix("This <em>drill</em>"))
        #expect(description.hasSuffix("…"))
        #expect(hit.highlights["brand"] == nil)
        let tail = try index.search(SearchRequest(query: "separately", highlight: true))
        #expect(tail.hits.first?.highlights["description"]?.contains("&lt;sold&gt; <em>separately</em> &amp;") == true)
        #expect(tail.hits.first?.highlights["description"]?.hasPrefix("…") == true)
    }

    @Test func asYouTypeTheLastWordMatchesWhatItBegins() throws {
        let index = try catalog()
        // (Typo tolerance off: "cordl" is also one edit from "cord".)
        #expect(try index.search(SearchRequest(query: "cordl", typoTolerance: false)).total == 0)
        let typing = try index.search(SearchRequest(query: "cordl", typoTolerance: false, prefixLastWord: true))
        #expect(Set(typing.hits.map(\.id)) == ["1"])
        let both = try index.search(SearchRequest(query: "drill cord", typoTolerance: false, prefixLastWord: true))
        #expect(Set(both.hits.map(\.id)) == ["1", "2"])
        // A finished word (trailing space) is not expanded.
        #expect(try index.search(SearchRequest(query: "cordl ", typoTolerance: false, prefixLastWord: true)).total == 0)
    }
}
