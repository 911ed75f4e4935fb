import SearchIndex
import Testing

private let parser = QueryParser(fields: ["brand", "title", "category.path", "size"])

private func word(_ text: String, _ range: Range<Int>, _ occur: QueryClause.Occur = .should, field: String? = nil, last: Bool = false) -> QueryClause {
    QueryClause(occur: occur, field: field, kind: .word(text), isLastWord: last, range: range)
}

private func phrase(_ words: [String], slop: Int = 0, _ range: Range<Int>, _ occur: QueryClause.Occur = .should, field: String? = nil) -> QueryClause {
    QueryClause(occur: occur, field: field, kind: .phrase(words, slop: slop), range: range)
}

private func prefix(_ text: String, _ range: Range<Int>, _ occur: QueryClause.Occur = .should, field: String? = nil) -> QueryClause {
    QueryClause(occur: occur, field: field, kind: .prefix(text), range: range)
}

private func warning(_ position: Int, _ message: String) -> QuerySyntaxError {
    QuerySyntaxError(position: position, message: message)
}

@Suite struct QueryParserTests {
    @Test func freeTextWordsBecomeShouldClausesAndTheLastWordIsMarked() {
        #expect(parser.parse("cordless  drill") == ParsedQuery(clauses: [
            word("cordless", 0..<8), word("drill", 10..<15, last: true),
        ]))
    }

    @Test func trailingWhitespaceEndsTheLastWord() {
        #expect(parser.parse("cordless drill ").clauses == [word("cordless", 0..<8), word("drill", 9..<14)])
    }

    @Test func emptyAndBlankInputsHaveNoClausesAndNoWarnings() {
        #expect(parser.parse("") == ParsedQuery(clauses: []))
        #expect(parser.parse(" \t\n\u{3000}") == ParsedQuery(clauses: []))
    }

    @Test func quotedPhrasesSplitAtWhitespaceAndTakeASlop() {
        #expect(parser.parse(#""cordless  drill"~2 bit"#).clauses == [
            phrase(["cordless", "drill"], slop: 2, 0..<19), word("bit", 20..<23, last: true),
        ])
        #expect(parser.parse(#""hammer drill""#).clauses == [phrase(["hammer", "drill"], 0..<14)])
    }

    @Test func minusExcludesAndPlusRequiresAWordOrAPhrase() {
        #expect(parser.parse(#"-corded +drill -"hammer drill""#).clauses == [
            word("corded", 0..<7, .mustNot), word("drill", 8..<14, .must),
            phrase(["hammer", "drill"], 15..<30, .mustNot),
        ])
    }

    @Test func knownFieldsTakeAWordAPhraseOrAPrefix() {
        #expect(parser.parse(#"brand:dewalt -title:"hammer drill" category.path:pow*"#).clauses == [
            word("dewalt", 0..<12, field: "brand"),
            phrase(["hammer", "drill"], 13..<34, .mustNot, field: "title"),
            prefix("pow", 35..<53, field: "category.path"),
        ])
    }

    @Test func unknownOrDifferentlyCasedFieldNamesStayText() {
        #expect(parser.parse("color:red 12:30 Brand:x http://x.com").clauses == [
            word("color:red", 0..<9), word("12:30", 10..<15), word("Brand:x", 16..<23),
            word("http://x.com", 24..<36, last: true),
        ])
    }

    @Test func fieldNamesOutsideLettersDigitsUnderscoresAndDotsNeverMatch() {
        let odd = QueryParser(fields: ["a:b", "x y", "-z", "größe"])
        #expect(odd.parse("a:b:c -z:1 größe:xl").clauses == [
            word("a:b:c", 0..<5), word("z:1", 6..<10, .mustNot), word("xl", 11..<19, field: "größe", last: true),
        ])
    }

    @Test func onlyTheFirstColonCanNameAField() {
        #expect(parser.parse("brand:a:b x:brand:c").clauses == [
            word("a:b", 0..<9, field: "brand"), word("x:brand:c", 10..<19, last: true),
        ])
    }

    @Test func trailingStarsMakeAPrefixAndInnerStarsAreText() {
        #expect(parser.parse("dril** 2*4 +bi*").clauses == [
            prefix("dril", 0..<6), word("2*4", 7..<10), prefix("bi", 11..<15, .must),
        ])
    }

    @Test func theLastWordIsMarkedOnlyWhenItCanStillBeBeingTyped() {
        #expect(parser.parse("drill +bi").clauses.last == word("bi", 6..<9, .must, last: true))
        #expect(parser.parse("brand:dew").clauses == [word("dew", 0..<9, field: "brand", last: true)])
        #expect(parser.parse("drill -bi").clauses.last?.isLastWord == false)
        #expect(parser.parse("drill bi*").clauses.last?.isLastWord == false)
        #expect(parser.parse(#"drill "bi""#).clauses.last?.isLastWord == false)
        #expect(parser.parse("drill -").clauses.last?.isLastWord == false)
        #expect(parser.parse("drill\u{0}").clauses.last?.isLastWord == false)
    }

    @Test func anUnclosedQuoteIsAPhraseToTheEndWithAWarning() throws {
        let parsed = parser.parse(#"drill "cordless ham"#)
        #expect(parsed == ParsedQuery(
            clauses: [word("drill", 0..<5), phrase(["cordless", "ham"], 6..<19)],
            warnings: [warning(6, "unclosed quote: the phrase runs to the end of the query")]
        ))
        let error = #expect(throws: QuerySyntaxError.self) { try parser.parseStrict(#"drill "cordless ham"#) }
        #expect(error?.description == "unclosed quote: the phrase runs to the end of the query at 6")
    }

    @Test func emptyPhrasesAreDroppedWithAWarning() {
        #expect(parser.parse(#"drill "" "  ""#) == ParsedQuery(
            clauses: [word("drill", 0..<5)],
            warnings: [warning(6, "empty phrase"), warning(9, "empty phrase")]
        ))
        #expect(parser.parse(#"drill ""#) == ParsedQuery(
            clauses: [word("drill", 0..<5)],
            warnings: [warning(6, "unclosed quote: the phrase runs to the end of the query")]
        ))
    }

    @Test func strayOperatorsAndStarsAreDroppedWithWarnings() {
        #expect(parser.parse("saw - blade + -* *").clauses == [word("saw", 0..<3), word("blade", 6..<11)])
        #expect(parser.parse("saw - blade + -* *").warnings == [
            warning(4, "'-' must be followed by a word or a phrase"),
            warning(12, "'+' must be followed by a word or a phrase"),
            warning(15, "'*' must follow the beginning of a word"),
            warning(17, "'*' must follow the beginning of a word"),
        ])
    }

    @Test func aFieldWithoutAValueIsDroppedWithAWarning() {
        #expect(parser.parse("brand: drill brand:").clauses == [word("drill", 7..<12)])
        #expect(parser.parse("brand: drill brand:").warnings == [
            warning(6, "expected a value after 'brand:'"), warning(19, "expected a value after 'brand:'"),
        ])
    }

    @Test func aBadSlopIsIgnoredOrClampedWithAWarning() {
        #expect(parser.parse(#""a b"~ c"#) == ParsedQuery(
            clauses: [phrase(["a", "b"], 0..<6), word("c", 7..<8, last: true)],
            warnings: [warning(6, "expected a number after '~'")]
        ))
        #expect(parser.parse(#""a b"~"# + String(repeating: "9", count: 23)) == ParsedQuery(
            clauses: [phrase(["a", "b"], slop: QueryParser.maxSlop, 0..<29)],
            warnings: [warning(6, "a phrase slop can be at most 100")]
        ))
    }

    @Test func strictParsingThrowsTheLeftmostProblemAndOtherwiseMatchesLenientParsing() throws {
        let error = #expect(throws: QuerySyntaxError.self) { try parser.parseStrict(#"a - b "c"#) }
        #expect(error == warning(2, "'-' must be followed by a word or a phrase"))
        let text = #"+brand:dewalt "hammer drill"~1 -corded bit*"#
        #expect(try parser.parseStrict(text) == parser.parse(text))
        #expect(parser.parse(text).warnings.isEmpty)
    }

    @Test func quotesDirectlyAfterADigitAreInchMarks() {
        #expect(parser.parse(#"3/4" copper pipe"#).clauses == [
            word(#"3/4""#, 0..<4), word("copper", 5..<11), word("pipe", 12..<16, last: true),
        ])
        #expect(parser.parse(#"24" vanity "marble top""#).clauses == [
            word(#"24""#, 0..<3), word("vanity", 4..<10), phrase(["marble", "top"], 11..<23),
        ])
        #expect(parser.parse(#"size:24""#).clauses == [word(#"24""#, 0..<8, field: "size", last: true)])
        #expect(parser.parse(#"24”x36” mirror"#).clauses == [word("24”x36”", 0..<7), word("mirror", 8..<14, last: true)])
    }

    @Test func aQuoteAtTheStartOfATokenAlwaysOpensAPhrase() {
        #expect(parser.parse(#""2x4" stud"#).clauses == [phrase(["2x4"], 0..<5), word("stud", 6..<10, last: true)])
        #expect(parser.parse(#"foo"bar baz""#).clauses == [word("foo", 0..<3), phrase(["bar", "baz"], 3..<12)])
        #expect(parser.parse("“hammer drill”").clauses == [phrase(["hammer", "drill"], 0..<14)])
    }

    @Test func hyphensInsideWordsAreText() {
        #expect(parser.parse("R-13 insulation #SC-141 20-Volt drill-").clauses == [
            word("R-13", 0..<4), word("insulation", 5..<15), word("#SC-141", 16..<23),
            word("20-Volt", 24..<31), word("drill-", 32..<38, last: true),
        ])
    }

    @Test func aHyphenStartingATokenExcludesIt() {
        #expect(parser.parse("1/2 -in. x 10 ft.").clauses == [
            word("1/2", 0..<3), word("in.", 4..<8, .mustNot), word("x", 9..<10),
            word("10", 11..<13), word("ft.", 14..<17, last: true),
        ])
        #expect(parser.parse("--x +-y").clauses == [word("-x", 0..<3, .mustNot), word("-y", 4..<7, .must, last: true)])
    }

    @Test func operatorsDirectlyAfterAPhraseAreText() {
        #expect(parser.parse(#""a b"-c"#).clauses == [phrase(["a", "b"], 0..<5), word("-c", 5..<7, last: true)])
    }

    @Test func junkBecomesWordsOrSeparatorsWithoutFailing() {
        #expect(parser.parse("!!! ... ??").clauses == [word("!!!", 0..<3), word("...", 4..<7), word("??", 8..<10, last: true)])
        #expect(parser.parse("drill\u{7}\u{1B}bit\u{85}").clauses == [word("drill", 0..<5), word("bit", 7..<10)])
        #expect(parser.parse("👩‍🔧 tools 🔨").clauses == [word("👩‍🔧", 0..<3), word("tools", 4..<9), word("🔨", 10..<11, last: true)])
        #expect(parser.parse("e\u{301}tagère").clauses == [word("e\u{301}tagère", 0..<8, last: true)])
    }

    @Test func rangesCountUnicodeScalars() {
        let text = "🔨 \"é drill\" x"
        let parsed = parser.parse(text)
        #expect(parsed.clauses.map(\.range) == [0..<1, 2..<11, 12..<13])
        let scalars = Array(text.unicodeScalars)
        #expect(String(String.UnicodeScalarView(scalars[parsed.clauses[1].range])) == "\"é drill\"")
    }

    @Test func longInputsParseInLinearTime() {
        let words = String(repeating: "drill ", count: 2_000)
        let parsed = parser.parse(words)
        #expect(parsed.clauses.count == 2_000)
        #expect(parsed.clauses.last?.range == 11_994..<11_999)
        let quotes = String(repeating: "\"", count: 10_001)
        #expect(parser.parse(quotes).warnings.count == 5_001)
    }
}
