/// Splits a filter into tokens. Separators (whitespace, control characters) only end tokens.
///
/// A bare word is a run of characters other than separators and `( ) [ ] { } , : " < > = !`
/// (and typographic quotes, which are rejected). A quoted string knows the escapes `\"` and `\\`.
struct FilterTokenizer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    /// All tokens, ending with `.end`; throws at the first character that starts no token.
    mutating func tokenize() throws(QuerySyntaxError) -> [FilterToken] {
        var tokens: [FilterToken] = []
        while true {
            while index < scalars.count, scalars[index].isSyntaxSeparator { index += 1 }
            let start = index
            guard index < scalars.count else {
                tokens.append(FilterToken(kind: .end, range: start..<start))
                return tokens
            }
            let kind = try scanToken()
            tokens.append(FilterToken(kind: kind, range: start..<index))
        }
    }

    private mutating func scanToken() throws(QuerySyntaxError) -> FilterToken.Kind {
        let start = index
        let scalar = scalars[index]
        index += 1
        switch scalar {
        case "(": return .openParen
        case ")": return .closeParen
        case "[": return .openBracket
        case "]": return .closeBracket
        case "{": return .openBrace
        case "}": return .closeBrace
        case ",": return .comma
        case ":": return .colon
        case "<": return .comparison(consumeEquals() ? .lessOrEqual : .less)
        case ">": return .comparison(consumeEquals() ? .greaterOrEqual : .greater)
        case "=": return .comparison(.equal)
        case "!":
            guard consumeEquals() else {
                throw QuerySyntaxError(position: start, message: "'!' must be followed by '=' (write '!=' for 'not equal', or NOT before an expression)")
            }
            return .comparison(.notEqual)
        case "\"":
            return .string(try scanString(open: start))
        default:
            if scalar.isQuotationMark {
                throw QuerySyntaxError(position: start, message: "typographic quotes are not supported: put values in straight double quotes (\")")
            }
            while index < scalars.count, Self.isWordCharacter(scalars[index]) { index += 1 }
            return .word(scalars.text(start..<index))
        }
    }

    private mutating func consumeEquals() -> Bool {
        guard index < scalars.count, scalars[index] == "=" else { return false }
        index += 1
        return true
    }

    /// Reads a quoted string whose opening quote is at `open`, up to and including its closing quote.
    private mutating func scanString(open: Int) throws(QuerySyntaxError) -> String {
        var text = ""
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            switch scalar {
            case "\"":
                return text
            case "\\":
                guard index < scalars.count else { break }
                let escaped = scalars[index]
                guard escaped == "\"" || escaped == "\\" else {
                    throw QuerySyntaxError(position: index - 1, message: "unknown escape '\\\(escaped)': inside quotes only \\\" and \\\\ are escapes")
                }
                text.unicodeScalars.append(escaped)
                index += 1
            default:
                text.unicodeScalars.append(scalar)
            }
        }
        throw QuerySyntaxError(position: open, message: "unclosed quote")
    }

    private static func isWordCharacter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "(", ")", "[", "]", "{", "}", ",", ":", "\"", "<", ">", "=", "!": false
        default: !scalar.isSyntaxSeparator && !scalar.isQuotationMark
        }
    }
}
