@testable import SearchIndex
import Testing

@Suite struct FilterFacetSortTests {
    let folder = TemporaryFolder()

    /// Twelve drills and saws over three brands and a category tree.
    func catalog() throws -> Index {
        let index = try Index.create(at: folder.path + "/index")
        let rows: [(String, String, String, String, Double?, String)] = [
            ("1", "Cordless Drill 20V", "Voltmax", "Tools > Power Tools > Drills", 99, #""attributes": {"color": "Yellow", "voltage": 20}, "stock": 5"#),
            ("2", "Cordless Drill 12V", "Voltmax", "Tools > Power Tools > Drills", 79, #""attributes": {"color": "Yellow", "voltage": 12}, "stock": 0"#),
            ("3", "Hammer Drill", "TORQUEPRO", "Tools > Power Tools > Drills", 149, #""attributes": {"color": "Red", "voltage": 18}, "stock": 2"#),
            ("4", "Right Angle Drill", "Torquepro", "Tools > Power Tools > Drills", 189, #""attributes": {"color": "Red"}, "stock": 1"#),
            ("5", "Drill Bit Set", "Bitwise", "Tools > Accessories > Bits", 25, #""attributes": {"color": "Black"}, "stock": 40"#),
            ("6", "Circular Saw", "Voltmax", "Tools > Power Tools > Saws", 129, #""stock": 3"#),
            ("7", "Drill Press", "Bitwise", "Tools > Power Tools > Drills", nil, #""stock": 1"#),
            ("8", "Garden Hose", "Greenline", "Garden > Watering", 30, #""stock": 9"#),
        ]
        try index.write(rows.map { id, title, brand, category, price, extra in
            .upsert(try Products.mapper.document(fromJSONLine: Array(Products.json(id: id, title: title, brand: brand, category: category, price: price, extra: extra).utf8)))
        })
        return index
    }

    func filter(_ text: String) throws -> FilterExpression { try FilterParser().parse(text) }

    @Test func numericRangeFilterKeepsOnlyValuesInside() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(query: "drill", filter: try filter("price:[50 TO 150]"), limit: 20))
        #expect(Set(Products.ids(result)) == ["1", "2", "3"])
        #expect(result.total == 3)
        let exclusive = try index.search(SearchRequest(query: "drill", filter: try filter("price:{79 TO 149}"), limit: 20))
        #expect(Products.ids(exclusive) == ["1"])
    }

    @Test func facetValueFiltersIgnoreCaseAndCombineWithBooleans() throws {
        let index = try catalog()
        let torque = try index.search(SearchRequest(query: "drill", filter: try filter("brand:torquepro"), limit: 20))
        #expect(Set(Products.ids(torque)) == ["3", "4"])
        let notVoltmax = try index.search(SearchRequest(query: "drill", filter: try filter("NOT brand:Voltmax AND color:Red"), limit: 20))
        #expect(Set(Products.ids(notVoltmax)) == ["3", "4"])
        let inStock = try index.search(SearchRequest(query: "cordless", filter: try filter("in_stock:true"), limit: 20))
        #expect(Products.ids(inStock) == ["1"])
        let unknownValue = try index.search(SearchRequest(query: "drill", filter: try filter("brand:Nobody"), limit: 20))
        #expect(unknownValue.total == 0)
    }

    @Test func aCategoryFilterMatchesTheNodeAndEverythingBelow() throws {
        let index = try catalog()
        let power = try index.search(SearchRequest(query: "", filter: try filter(#"category:"Tools > Power Tools""#), limit: 20))
        #expect(Set(Products.ids(power)) == ["1", "2", "3", "4", "6", "7"])
    }

    @Test func disjunctiveFacetCountsIgnoreTheirOwnSelection() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(
            query: "drill", filter: try filter("brand:Voltmax AND price < 200"),
            facets: [FacetRequest(field: "brand"), FacetRequest(field: "color")], limit: 20))
        #expect(Set(Products.ids(result)) == ["1", "2"])
        // Brand counts ignore the brand selection but honour the price clause (7 has no price).
        let brands = Dictionary(uniqueKeysWithValues: result.facets[0].values.map { ($0.value, $0.count) })
        #expect(brands == ["Voltmax": 2, "TORQUEPRO": 1, "Torquepro": 1, "Bitwise": 1])
        #expect(result.facets[0].values.first { $0.value == "Voltmax" }?.selected == true)
        // Color counts honour every clause.
        #expect(result.facets[1].values.map(\.value) == ["Yellow"])
        #expect(result.facets[1].values.first?.count == 2)
    }

    @Test func hierarchicalFacetShowsTopLevelAndChildrenOfTheSelection() throws {
        let index = try catalog()
        let plain = try index.search(SearchRequest(query: "", facets: [FacetRequest(field: "category")]))
        #expect(plain.facets[0].values.map(\.value) == ["Tools", "Garden"])
        #expect(plain.facets[0].values.map(\.count) == [7, 1])
        let drilled = try index.search(SearchRequest(query: "", filter: try filter(#"category:"Tools > Power Tools""#), facets: [FacetRequest(field: "category")]))
        let values = drilled.facets[0].values.map(\.value)
        #expect(values.starts(with: ["Tools", "Garden"]))
        #expect(values.contains("Tools > Power Tools") && values.contains("Tools > Accessories"))
        #expect(values.contains("Tools > Power Tools > Drills") && values.contains("Tools > Power Tools > Saws"))
        #expect(!values.contains("Tools > Accessories > Bits"))
        #expect(drilled.facets[0].values.first { $0.value == "Tools > Power Tools > Drills" }?.count == 5)
    }

    /// Category paths are read once per index (`FacetNameCache`); a path written after a
    /// faceted search must still show in the next one, under its parent.
    @Test func categoryAddedAfterAFacetedSearchShowsInTheNext() throws {
        let index = try catalog()
        let before = try index.search(SearchRequest(query: "", facets: [FacetRequest(field: "category")]))
        #expect(before.facets[0].values.map(\.value) == ["Tools", "Garden"])
        try index.write([.upsert(try Products.document(id: "9", title: "Patio Chair", category: "Outdoor > Furniture"))])
        let after = try index.search(SearchRequest(query: "", facets: [FacetRequest(field: "category")]))
        #expect(after.facets[0].values.map(\.value) == ["Tools", "Garden", "Outdoor"])
        let drilled = try index.search(SearchRequest(query: "", filter: try filter(#"category:"Outdoor""#), facets: [FacetRequest(field: "category")]))
        #expect(drilled.facets[0].values.first { $0.value == "Outdoor > Furniture" }?.count == 1)
    }

    @Test func parentOfAPathIsWhatComesBeforeItsLastSeparator() {
        func parent(_ path: String) -> String { Array(path.utf8).withUnsafeBytes { FacetNameCache.parent(of: $0) } }
        #expect(parent("Tools > Power Tools > Drills") == "Tools > Power Tools")
        #expect(parent("Tools") == "")
        #expect(parent("") == "")
        #expect(parent("Küche > Töpfe") == "Küche")
        #expect(parent("A>B > C") == "A>B")
    }

    @Test func numericFacetsGiveMinMaxAndExactBuckets() throws {
        let index = try catalog()
        let result = try index.search(SearchRequest(query: "", facets: [FacetRequest(field: "price", ranges: [50, 100, 150])]))
        let price = result.facets[0]
        #expect(price.minimum == 25 && price.maximum == 189)
        #expect(price.ranges.map(\.count) == [2, 2, 2, 1])
        #expect(price.ranges.first?.lower == nil && price.ranges.last?.upper == nil)
        // A numeric attribute facets by exact value and filters by range.
        let voltage = try index.search(SearchRequest(query: "drill", filter: try filter("voltage >= 18"), facets: [FacetRequest(field: "voltage")]))
        #expect(Set(Products.ids(voltage)) == ["1", "3"])
        #expect(voltage.facets[0].values.map(\.value) == ["12", "18", "20"])
        #expect(voltage.facets[0].values.map(\.count) == [1, 1, 1])
    }

    /// A column keeps the kind its first value gave it: a later number under a facet column is
    /// faceted as its text, a later numeric string under a numeric column is its number, and a
    /// string that is no number stays out of the numeric column (its product is still found by it).
    @Test func aColumnKeepsTheKindOfItsFirstValueAndCoercesLaterOnes() throws {
        let index = try Index.create(at: folder.path + "/kinds")
        let lines = [
            Products.json(id: "a", title: "Drill", extra: #""attributes": {"voltage": 12, "finish": "Matte"}"#),
            Products.json(id: "b", title: "Saw", extra: #""attributes": {"voltage": "18", "finish": 3}"#),
            Products.json(id: "c", title: "Sander", extra: #""attributes": {"voltage": "high"}"#),
        ]
        try index.write(lines.map { .upsert(try Products.mapper.document(fromJSONLine: Array($0.utf8))) })
        let all = try index.search(SearchRequest(query: "", facets: [FacetRequest(field: "voltage"), FacetRequest(field: "finish")]))
        #expect(all.total == 3)
        #expect(all.facets[0].values.map(\.value) == ["12", "18"])
        #expect(Set(all.facets[1].values.map(\.value)) == ["3", "Matte"])
        #expect(Products.ids(try index.search(SearchRequest(query: "", filter: try filter("voltage >= 15")))) == ["b"])
        #expect(Products.ids(try index.search(SearchRequest(query: "high"))) == ["c"])
    }

    @Test func deletedProductDisappearsFromFacetCounts() throws {
        let index = try catalog()
        try index.write([.delete(id: "3")])
        let result = try index.search(SearchRequest(query: "drill", facets: [FacetRequest(field: "brand")]))
        let brands = Dictionary(uniqueKeysWithValues: result.facets[0].values.map { ($0.value, $0.count) })
        #expect(brands["TORQUEPRO"] == nil)
        #expect(brands["Torquepro"] == 1)
    }

    @Test func sortingByPriceKeepsMissingValuesLast() throws {
        let index = try catalog()
        let ascending = try index.search(SearchRequest(query: "drill", sort: .field("price", descending: false), limit: 20))
        #expect(Products.ids(ascending) == ["5", "2", "1", "3", "4", "7"])
        let descending = try index.search(SearchRequest(query: "drill", sort: .field("price", descending: true), limit: 20))
        #expect(Products.ids(descending) == ["4", "3", "1", "2", "5", "7"])
    }

    @Test func keysetCursorPagesThroughEveryMatchOnce() throws {
        let index = try catalog()
        for sort in [SearchRequest.SortOrder.relevance, .field("price", descending: false)] {
            var seen: [String] = []
            var after: SearchCursor?
            repeat {
                let page = try index.search(SearchRequest(query: "drill saw hose", sort: sort, limit: 3, after: after))
                seen += Products.ids(page)
                #expect(page.total == 8)
                after = page.nextCursor
            } while after != nil
            let all = try index.search(SearchRequest(query: "drill saw hose", sort: sort, limit: 20))
            #expect(seen == Products.ids(all))
            #expect(SearchCursor(encoded: all.hits[2].cursor.encoded) == all.hits[2].cursor)
        }
    }

    @Test func unknownFieldsAreErrorsNotSilentMatches() throws {
        let index = try catalog()
        #expect(throws: IndexError.invalidRequest(field: "colour", "unknown filter field 'colour'")) {
            try index.search(SearchRequest(query: "drill", filter: try filter("colour:Red")))
        }
        #expect(throws: IndexError.self) { try index.search(SearchRequest(query: "drill", facets: [FacetRequest(field: "weight")])) }
        #expect(throws: IndexError.self) { try index.search(SearchRequest(query: "drill", sort: .field("brand", descending: false))) }
    }
}
