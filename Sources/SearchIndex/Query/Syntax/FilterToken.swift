/// A lexical unit of the filter language, with where it was typed (Unicode scalar offsets).
struct FilterToken {
    enum Comparison: Equatable {
        case less, lessOrEqual, greater, greaterOrEqual, equal, notEqual
    }

    enum Kind: Equatable {
        /// A bare run of characters: a field name, a keyword or an unquoted value.
        case word(String)
        /// A quoted value, unescaped.
        case string(String)
        case openParen, closeParen, openBracket, closeBracket, openBrace, closeBrace, comma, colon
        case comparison(Comparison)
        case end
    }

    let kind: Kind
    let range: Range<Int>
    /// The keyword this token spells (case-insensitive), if it is a bare word that spells one.
    let keyword: FilterKeyword?

    init(kind: Kind, range: Range<Int>) {
        self.kind = kind
        self.range = range
        if case .word(let text) = kind {
            keyword = FilterKeyword(spelling: text)
        } else {
            keyword = nil
        }
    }

    /// How an error message names this token.
    var quoted: String {
        switch kind {
        case .word(let text): "'\(Self.shortened(text))'"
        case .string(let text): "\"\(Self.shortened(text))\""
        case .openParen: "'('"
        case .closeParen: "')'"
        case .openBracket: "'['"
        case .closeBracket: "']'"
        case .openBrace: "'{'"
        case .closeBrace: "'}'"
        case .comma: "','"
        case .colon: "':'"
        case .comparison(let comparison): "'\(comparison.symbol)'"
        case .end: "the end of the filter"
        }
    }

    private static func shortened(_ text: String) -> String {
        text.unicodeScalars.count <= 40 ? text : String(String.UnicodeScalarView(text.unicodeScalars.prefix(40))) + "…"
    }
}

extension FilterToken.Comparison {
    var symbol: String {
        switch self {
        case .less: "<"
        case .lessOrEqual: "<="
        case .greater: ">"
        case .greaterOrEqual: ">="
        case .equal: "="
        case .notEqual: "!="
        }
    }
}
