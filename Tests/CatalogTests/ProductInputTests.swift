import Catalog
import SearchIndex
import Testing

@Suite struct ProductInputTests {
    @Test func trimsStringsAndReadsEveryField() throws {
        let input = try Products.input(#"""
            {"id": "S1", "title": "  Drill  ", "description": "d", "brand": "Torvane", "sku": 654608370, "model": "TV-1",
             "category": ["Tools", " Drills "], "price": 79.97, "currency": "USD", "rating": 4.5, "review_count": 3,
             "popularity": 0.5, "stock": 7, "attributes": {"voltage": "20 V", "cordless": true, "amps": [2, 4]},
             "image_urls": ["https://example.com/a.jpg"]}
            """#)
        #expect(input.id == "S1")
        #expect(input.title == "Drill")
        #expect(input.sku == "654608370")
        #expect(input.categoryPath == "Tools > Drills")
        #expect(input.stock == 7)
        #expect(input.reviewCount == 3)
        #expect(input.attributes.map(\.key) == ["voltage", "cordless", "amps"])
        #expect(input.imageURLs == ["https://example.com/a.jpg"])
    }

    @Test func namesTheFieldThatIsWrong() throws {
        let cases: [(String, String)] = [
            (#"{"title": "x"}"#, "id"),
            (#"{"id": "a/b", "title": "x"}"#, "id"),
            (#"{"id": " S1", "title": "x"}"#, "id"),
            (#"{"id": "a/\u0301b", "title": "x"}"#, "id"),
            (#"{"id": "1", "title": "x", "category": ["A", ">\u0301"]}"#, "category"),
            (#"{"id": -1, "title": "x"}"#, "id"),
            (#"{"id": "1", "title": "a\u0000b"}"#, "title"),
            (#"{"id": "1", "title": "x", "currency": " USD"}"#, "currency"),
            (#"{"id": "1", "title": "x", "category": ""}"#, "category"),
            (#"{"id": "1", "title": "   "}"#, "title"),
            (#"{"id": "1", "title": "x", "price": -1}"#, "price"),
            (#"{"id": "1", "title": "x", "price": "12"}"#, "price"),
            (#"{"id": "1", "title": "x", "rating": 6}"#, "rating"),
            (#"{"id": "1", "title": "x", "review_count": 1.5}"#, "review_count"),
            (#"{"id": "1", "title": "x", "currency": "usd"}"#, "currency"),
            (#"{"id": "1", "title": "x", "category": "A > > B"}"#, "category"),
            (#"{"id": "1", "title": "x", "attributes": {"a": {"nested": 1}}}"#, "attributes.a"),
            (#"{"id": "1", "title": "x", "image_urls": ["ftp://x"]}"#, "image_urls"),
            (#"{"id": "1", "title": "x", "colour": "red"}"#, "colour"),
            (#"{"id": "1", "title": "x", "created_at": "2024-01-01"}"#, "created_at"),
        ]
        for (text, field) in cases {
            #expect(throws: CatalogError.self, "\(text)") { try Products.input(text) }
            do {
                _ = try Products.input(text)
            } catch let error as CatalogError {
                guard case .invalid(let named, _) = error else { Issue.record("\(text): \(error)"); continue }
                #expect(named == field, "\(text)")
            }
        }
    }

    @Test func separatorsAreFoundEvenWhenAMarkCombinesWithThem() throws {
        let input = try Products.input(#"{"id": "1", "title": "x", "category": "A >\u0301 B", "image_urls": ["https://\ud83c\udffbx"]}"#)
        #expect(input.category == ["A", "\u{301} B"])
        #expect(input.imageURLs == ["https://\u{1F3FB}x"])
    }

    @Test func corpusModeKeepsUnknownFieldsAsAttributes() throws {
        let input = try Products.input(#"{"id": 100001, "title": "x", "color": "Red", "created_at": "2024-01-01", "note": null}"#, mode: .corpus)
        #expect(input.id == "100001")
        #expect(input.attributes.map(\.key) == ["color"])
        #expect(input.attributes.first?.value == .string("Red"))
    }

    @Test func nullMeansAbsent() throws {
        let input = try Products.input(#"{"id": "1", "title": "x", "brand": "  ", "price": null, "attributes": null, "category": null}"#)
        #expect(input.brand == nil)
        #expect(input.price == nil)
        #expect(input.attributes.isEmpty)
        #expect(input.category.isEmpty)
    }

    @Test func mergePatchReplacesRemovesAndAdds() throws {
        let original = try Products.json(#"{"a": 1, "b": {"c": 2, "d": 3}, "e": [1]}"#)
        let patched = original.merging(try Products.json(#"{"a": null, "b": {"c": 9, "d": null}, "e": [2], "f": {"g": null, "h": 1}}"#))
        #expect(patched == (try Products.json(#"{"b": {"c": 9}, "e": [2], "f": {"h": 1}}"#)))
    }

    @Test func serializationRoundTrips() throws {
        let text = #"{"s":"a\"b\\c\n\u0001é","n":-12,"f":0.8696,"big":1e+20,"t":true,"z":null,"a":[1,"x",{}]}"#
        let value = try Products.json(text)
        #expect(try Products.json(value.serialized) == value)
        #expect(JSONValue.number(3).serialized == "3")
    }
}
