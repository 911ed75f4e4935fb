import SearchIndex
import Testing

private let parser = FilterParser()

private func parse(_ text: String) throws -> FilterExpression {
    try parser.parse(text)
}

private func inclusive(_ number: Double) -> FilterExpression.Bound { .init(.number(number), inclusive: true) }
private func exclusive(_ number: Double) -> FilterExpression.Bound { .init(.number(number), inclusive: false) }

@Suite struct FilterParserTests {
    @Test func bareAndQuotedValuesBecomeStringsNumbersAndBooleans() throws {
        #expect(try parse("brand:DeWalt") == .equals(field: "brand", value: .string("DeWalt")))
        #expect(try parse(#"brand:"Black & Decker""#) == .equals(field: "brand", value: .string("Black & Decker")))
        #expect(try parse(#"category:"Tools > Power Tools""#) == .equals(field: "category", value: .string("Tools > Power Tools")))
        #expect(try parse("price:10") == .equals(field: "price", value: .number(10)))
        #expect(try parse("delta:-1.5e3") == .equals(field: "delta", value: .number(-1500)))
        #expect(try parse("in_stock:true") == .equals(field: "in_stock", value: .bool(true)))
        #expect(try parse("in_stock:FALSE") == .equals(field: "in_stock", value: .bool(false)))
        #expect(try parse(#"flag:"true""#) == .equals(field: "flag", value: .string("true")))
    }

    @Test func onlyJSONNumbersAreNumbers() throws {
        #expect(try parse("sku:007") == .equals(field: "sku", value: .string("007")))
        #expect(try parse("size:2x4") == .equals(field: "size", value: .string("2x4")))
        #expect(try parse("size:3/4") == .equals(field: "size", value: .string("3/4")))
        #expect(try parse("v:1.") == .equals(field: "v", value: .string("1.")))
        #expect(try parse("v:.5") == .equals(field: "v", value: .string(".5")))
        #expect(try parse("sku:#SC-141") == .equals(field: "sku", value: .string("#SC-141")))
        #expect(try parse("v:0.25") == .equals(field: "v", value: .number(0.25)))
    }

    @Test func quotedValuesUnescapeQuotesAndBackslashes() throws {
        #expect(try parse(#"size:"3/4\" x 2\\1""#) == .equals(field: "size", value: .string(#"3/4" x 2\1"#)))
    }

    @Test func listsAndParenthesisedAlternativesGiveOneOf() throws {
        let expected = FilterExpression.oneOf(field: "brand", values: [.string("A"), .string("B")])
        #expect(try parse(#"brand IN ["A", "B"]"#) == expected)
        #expect(try parse("brand in [A,B]") == expected)
        #expect(try parse("brand:(A OR B)") == expected)
        #expect(try parse("brand:( A or B )") == expected)
        #expect(try parse("brand:(A)") == .oneOf(field: "brand", values: [.string("A")]))
        #expect(try parse("x IN [1, true, \"y\"]") == .oneOf(field: "x", values: [.number(1), .bool(true), .string("y")]))
    }

    @Test func bracketsAndBracesGiveInclusiveAndExclusiveRanges() throws {
        #expect(try parse("price:[10 TO 50]") == .range(field: "price", lower: inclusive(10), upper: inclusive(50)))
        #expect(try parse("price:{10 TO 50}") == .range(field: "price", lower: exclusive(10), upper: exclusive(50)))
        #expect(try parse("price:[10 to 50}") == .range(field: "price", lower: inclusive(10), upper: exclusive(50)))
        #expect(try parse("rating:[4 TO *]") == .range(field: "rating", lower: inclusive(4), upper: nil))
        #expect(try parse("rating:{* TO *}") == .range(field: "rating", lower: nil, upper: nil))
        #expect(try parse(#"added:["2024-01-01" TO 2024-12-31]"#) == .range(
            field: "added", lower: .init(.string("2024-01-01"), inclusive: true), upper: .init(.string("2024-12-31"), inclusive: true)))
    }

    @Test func comparisonsGiveHalfOpenRangesOrEquality() throws {
        #expect(try parse("price >= 10") == .range(field: "price", lower: inclusive(10), upper: nil))
        #expect(try parse("price>10") == .range(field: "price", lower: exclusive(10), upper: nil))
        #expect(try parse("price < 50.5") == .range(field: "price", lower: nil, upper: exclusive(50.5)))
        #expect(try parse("price <= 50") == .range(field: "price", lower: nil, upper: inclusive(50)))
        #expect(try parse("brand = DeWalt") == .equals(field: "brand", value: .string("DeWalt")))
        #expect(try parse("brand != DeWalt") == .not(.equals(field: "brand", value: .string("DeWalt"))))
    }

    @Test func notBindsTighterThanAndWhichBindsTighterThanOr() throws {
        let a = FilterExpression.equals(field: "a", value: .number(1))
        let b = FilterExpression.equals(field: "b", value: .number(2))
        let c = FilterExpression.equals(field: "c", value: .number(3))
        #expect(try parse("a:1 OR b:2 AND NOT c:3") == .or([a, .and([b, .not(c)])]))
        #expect(try parse("NOT a:1 AND b:2 OR c:3") == .or([.and([.not(a), b]), c]))
        #expect(try parse("(a:1 OR b:2) AND c:3") == .and([.or([a, b]), c]))
        #expect(try parse("a:1 and b:2 and c:3") == .and([a, b, c]))
        #expect(try parse("(a:1 AND b:2) AND c:3") == .and([.and([a, b]), c]))
        #expect(try parse("NOT NOT ((a:1))") == .not(.not(a)))
    }

    @Test(arguments: [
        ("", 0, "the filter is empty"),
        ("brand:", 6, "expected a value after ':', found the end of the filter"),
        ("brand: AND x:1", 7, "expected a value after ':', found the keyword 'AND' (quote it to use it as a value)"),
        ("brand:DeWalt AND", 16, "expected a field name, NOT or '(', found the end of the filter"),
        ("brand:A brand:B", 8, "expected AND, OR or the end of the filter, found 'brand'"),
        ("brand", 5, "expected ':', a comparison (<, <=, >, >=, =, !=) or IN after the field name 'brand', found the end of the filter"),
        ("(brand:A", 8, "expected ')' to close the '(' at 0, found the end of the filter"),
        ("brand:A)", 7, "expected AND, OR or the end of the filter, found ')'"),
        ("price:[10 TO 50", 15, "expected ']' or '}' to close the range, found the end of the filter"),
        ("price:[10 50]", 10, "expected TO in the range, found '50'"),
        ("price:[TO 50]", 7, "expected a value after '[', found the keyword 'TO' (quote it to use it as a value)"),
        (#"brand:"Black"#, 6, "unclosed quote"),
        (#"x:"a\nb""#, 4, #"unknown escape '\n': inside quotes only \" and \\ are escapes"#),
        ("brand:“DeWalt”", 6, "typographic quotes are not supported: put values in straight double quotes (\")"),
        ("brand IN []", 10, "expected a value after '[', found ']'"),
        ("brand IN [A B]", 12, "expected ',' or ']' after a value in the list, found 'B'"),
        ("brand IN [A,]", 12, "expected a value after ',', found ']'"),
        ("brand IN A", 9, "expected '[' after IN, found 'A'"),
        ("brand:(A AND B)", 9, "values inside 'brand:( … )' can only be combined with OR; write 'brand:a AND brand:b' instead"),
        ("brand:(A B)", 9, "expected OR or ')' after a value, found 'B'"),
        ("price:>=10", 6, "a comparison goes without ':' — write 'price >= …'"),
        ("price ! 5", 6, "'!' must be followed by '=' (write '!=' for 'not equal', or NOT before an expression)"),
        ("in_stock >= true", 12, "a range or comparison needs a number or a string, not a boolean"),
        ("rating:[4 TO false]", 13, "a range or comparison needs a number or a string, not a boolean"),
        ("brand:*", 6, "'*' only stands for an open range bound; quote it to match the text \"*\""),
        ("price < *", 8, "'*' only stands for an open range bound; quote it to match the text \"*\""),
        ("price:1e400", 6, "the number 1e400 is too large; quote it to compare it as text"),
        ("#sku:1", 0, "'#sku' is not a field name: field names are letters, digits, '_' and '.'"),
        ("or:1", 0, "expected a field name, NOT or '(', found the keyword 'OR'"),
        ("a:1 OR OR b:2", 7, "expected a field name, NOT or '(', found the keyword 'OR'"),
        ("NOT", 3, "expected a field name, NOT or '(', found the end of the filter"),
        ("()", 1, "expected a field name, NOT or '(', found ')'"),
    ] as [(String, Int, String)])
    func errorsPointAtTheProblem(text: String, position: Int, message: String) {
        let error = #expect(throws: QuerySyntaxError.self) { try parser.parse(text) }
        #expect(error == QuerySyntaxError(position: position, message: message))
    }

    @Test func errorDescriptionsEndWithThePosition() {
        let error = #expect(throws: QuerySyntaxError.self) { try parser.parse("price:[10 TO 20] OR brand:") }
        #expect(error?.description == "expected a value after ':', found the end of the filter at 26")
    }

    @Test func nestingIsCappedSoDeepInputsFailInsteadOfExhaustingTheStack() throws {
        let depth = FilterParser.maxNestingDepth
        let atLimit = String(repeating: "(", count: depth) + "a:1" + String(repeating: ")", count: depth)
        #expect(try parse(atLimit) == .equals(field: "a", value: .number(1)))
        var negated = FilterExpression.equals(field: "a", value: .number(1))
        for _ in 0..<depth { negated = .not(negated) }
        #expect(try parse(String(repeating: "NOT ", count: depth) + "a:1") == negated)

        let tooDeep = String(repeating: "(", count: depth + 1) + "a:1" + String(repeating: ")", count: depth + 1)
        let error = #expect(throws: QuerySyntaxError.self) { try parser.parse(tooDeep) }
        #expect(error?.position == depth)
        let hugelyDeep = String(repeating: "NOT (", count: 50_000)
        #expect(throws: QuerySyntaxError.self) { try parser.parse(hugelyDeep) }
    }

    @Test func longFlatFiltersParse() throws {
        let terms = (0..<2_000).map { "f\($0):\($0)" }
        guard case .or(let operands) = try parse(terms.joined(separator: " OR ")) else {
            Issue.record("expected an OR of 2000 terms")
            return
        }
        #expect(operands.count == 2_000)
    }
}
