import SearchIndex
import Testing

@Suite struct FilterDescriptionTests {
    @Test(arguments: [
        ("brand:DeWalt", #"brand:"DeWalt""#),
        (#"size:"3/4\" x 2\\1""#, #"size:"3/4\" x 2\\1""#),
        ("price:10.0", "price:10"),
        ("price:-0.5", "price:-0.5"),
        ("price:1e20", "price:1e+20"),
        ("in_stock:TRUE", "in_stock:true"),
        ("brand:(A OR B)", #"brand IN ["A", "B"]"#),
        ("x in [1,false]", "x IN [1, false]"),
        ("price:{10 to 50]", "price:{10 TO 50]"),
        ("rating:{* TO *}", "rating:[* TO *]"),
        ("price >= 10", "price:[10 TO *]"),
        ("price < 50.5", "price:[* TO 50.5}"),
        ("brand != A", #"NOT brand:"A""#),
        ("a:1 OR b:2 AND NOT c:3", "a:1 OR b:2 AND NOT c:3"),
        ("(a:1 OR b:2) AND c:3", "(a:1 OR b:2) AND c:3"),
        ("(a:1 AND b:2) AND c:3", "(a:1 AND b:2) AND c:3"),
        ("a:1 OR (b:2 OR c:3)", "a:1 OR (b:2 OR c:3)"),
        ("NOT (a:1 OR b:2)", "NOT (a:1 OR b:2)"),
        ("NOT NOT (a:1)", "NOT NOT a:1"),
    ] as [(String, String)])
    func descriptionIsTheCanonicalFormAndParsesBack(text: String, canonical: String) throws {
        let parsed = try FilterParser().parse(text)
        #expect(parsed.description == canonical)
        #expect(try FilterParser().parse(canonical) == parsed)
    }

    @Test func valuesDescribeThemselvesAsLiterals() {
        #expect(FilterValue.string(#"say "hi""#).description == #""say \"hi\"""#)
        #expect(FilterValue.number(3).description == "3")
        #expect(FilterValue.number(1e16).description == "1e+16")
        #expect(FilterValue.number(0.1).description == "0.1")
        #expect(FilterValue.bool(false).description == "false")
    }
}
