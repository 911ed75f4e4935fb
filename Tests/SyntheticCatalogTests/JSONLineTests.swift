import Foundation
import Testing
@testable import SyntheticCatalog

@Suite struct JSONLineTests {
    private func parse(_ line: String) throws -> [String: Any] {
        let object = try JSONSerialization.jsonObject(with: Data(line.utf8))
        return try #require(object as? [String: Any])
    }

    @Test func everyLineOfASampleIsValidJSONWithTheCorporaFields() throws {
        let generator = CatalogGenerator(seed: 2024)
        for product in generator.products(0..<2_000) {
            let line = product.jsonLine()
            #expect(!line.contains("\n"))
            let object = try parse(line)
            #expect(object["id"] as? String == product.id)
            #expect(object["title"] as? String == product.title)
            #expect(object["description"] as? String == product.description)
            #expect(object["brand"] as? String == product.brand)
            #expect(object["category"] as? String == product.categoryPath.joined(separator: " > "))
            #expect(object["sku"] as? String == product.sku)
            #expect(object["model"] as? String == product.modelNumber)
            #expect(object["currency"] as? String == "USD")
            #expect((object["price"] as? NSNumber)?.doubleValue == product.price)
            #expect((object["review_count"] as? NSNumber)?.intValue == product.reviewCount)
            #expect((object["stock"] as? NSNumber)?.intValue == product.stock)
            #expect((object["popularity"] as? NSNumber)?.doubleValue == product.popularity)
            #expect((object["rating"] as? NSNumber)?.doubleValue == product.rating)
            let attributes = try #require(object["attributes"] as? [String: String])
            #expect(attributes.count == product.attributes.count)
            for attribute in product.attributes {
                #expect(attributes[attribute.name] == attribute.value)
            }
        }
    }

    @Test func numbersHaveFixedDecimals() throws {
        for product in CatalogGenerator(seed: 9).products(0..<300) {
            let line = product.jsonLine()
            #expect(line.contains(#""price":\#(product.priceCents / 100).\#(String(format: "%02d", product.priceCents % 100)),"#))
            if let tenths = product.ratingTenths {
                #expect(line.contains(#""rating":\#(tenths / 10).\#(tenths % 10),"#))
            } else {
                #expect(!line.contains(#""rating""#))
            }
            #expect(line.contains(#""popularity":\#(product.popularityBasisPoints / 10_000).\#(String(format: "%04d", product.popularityBasisPoints % 10_000)),"#))
        }
    }

    @Test func stringsAreEscaped() throws {
        var buffer: [UInt8] = []
        let tricky = "12\" saw \\ blade\nline\ttab\r\u{01} café ½"
        JSONText.appendString(tricky, to: &buffer)
        let encoded = String(decoding: buffer, as: UTF8.self)
        #expect(encoded == #""12\" saw \\ blade\nline\ttab\r\u0001 café ½""#)
        let decoded = try JSONSerialization.jsonObject(with: Data(buffer), options: .fragmentsAllowed)
        #expect(decoded as? String == tricky)
    }

    @Test func fixedPointFormattingPadsTheFraction() {
        var buffer: [UInt8] = []
        JSONText.appendFixed(5, decimals: 2, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        JSONText.appendFixed(1_999, decimals: 2, to: &buffer)
        buffer.append(UInt8(ascii: " "))
        JSONText.appendFixed(10_000, decimals: 4, to: &buffer)
        #expect(String(decoding: buffer, as: UTF8.self) == "0.05 19.99 1.0000")
    }
}
