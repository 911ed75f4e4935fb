import TextAnalysis

extension [Token] {
    /// The terms of the tokens of `kind`, in order.
    func terms(_ kind: Token.Kind) -> [String] {
        filter { $0.kind == kind }.map(\.term)
    }

    /// The first token with this term.
    func first(_ term: String) -> Token? {
        first { $0.term == term }
    }

    /// The terms on the base path (positionLength 1), in position order.
    var basePath: [String] {
        filter { $0.positionLength == 1 }.map(\.term)
    }
}

extension String {
    /// The source text of a token: its UTF-8 byte span of this string.
    func source(of token: Token) -> String {
        String(decoding: Array(utf8)[token.start..<token.end], as: UTF8.self)
    }
}
