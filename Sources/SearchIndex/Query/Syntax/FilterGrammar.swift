/// Recursive descent over the tokens of one filter; see `FilterParser` for the grammar.
/// Recursion happens only through parentheses and `NOT`, and is capped at
/// `FilterParser.maxNestingDepth`.
struct FilterGrammar {
    private let tokens: [FilterToken]
    private var index = 0

    /// `tokens` must end with `.end`, as `FilterTokenizer.tokenize()` returns them.
    init(tokens: [FilterToken]) {
        self.tokens = tokens
    }

    mutating func parseFilter() throws(QuerySyntaxError) -> FilterExpression {
        if current.kind == .end {
            throw error("the filter is empty")
        }
        let expression = try parseOr(depth: 0)
        guard current.kind == .end else {
            throw error("expected AND, OR or the end of the filter, found \(current.quoted)")
        }
        return expression
    }

    private var current: FilterToken { tokens[index] }

    private mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    private func error(_ message: String) -> QuerySyntaxError {
        QuerySyntaxError(position: current.range.lowerBound, message: message)
    }

    // MARK: Boolean structure

    private mutating func parseOr(depth: Int) throws(QuerySyntaxError) -> FilterExpression {
        var operands = [try parseAnd(depth: depth)]
        while current.keyword == .or {
            advance()
            operands.append(try parseAnd(depth: depth))
        }
        return operands.count == 1 ? operands[0] : .or(operands)
    }

    private mutating func parseAnd(depth: Int) throws(QuerySyntaxError) -> FilterExpression {
        var operands = [try parseNot(depth: depth)]
        while current.keyword == .and {
            advance()
            operands.append(try parseNot(depth: depth))
        }
        return operands.count == 1 ? operands[0] : .and(operands)
    }

    private mutating func parseNot(depth: Int) throws(QuerySyntaxError) -> FilterExpression {
        guard current.keyword == .not else { return try parsePrimary(depth: depth) }
        try checkDepth(depth)
        advance()
        return .not(try parseNot(depth: depth + 1))
    }

    private mutating func parsePrimary(depth: Int) throws(QuerySyntaxError) -> FilterExpression {
        switch current.kind {
        case .openParen:
            try checkDepth(depth)
            let open = current.range.lowerBound
            advance()
            let inner = try parseOr(depth: depth + 1)
            guard current.kind == .closeParen else {
                throw error("expected ')' to close the '(' at \(open), found \(current.quoted)")
            }
            advance()
            return inner
        case .word(let name):
            if let keyword = current.keyword {
                throw error("expected a field name, NOT or '(', found the keyword '\(keyword.rawValue)'")
            }
            guard name.unicodeScalars.allSatisfy(\.isFieldNameCharacter) else {
                throw error("\(current.quoted) is not a field name: field names are letters, digits, '_' and '.'")
            }
            advance()
            return try parsePredicate(field: name)
        default:
            throw error("expected a field name, NOT or '(', found \(current.quoted)")
        }
    }

    private func checkDepth(_ depth: Int) throws(QuerySyntaxError) {
        if depth >= FilterParser.maxNestingDepth {
            throw error("the filter nests parentheses and NOT more than \(FilterParser.maxNestingDepth) levels deep")
        }
    }

    // MARK: Predicates

    private mutating func parsePredicate(field: String) throws(QuerySyntaxError) -> FilterExpression {
        switch current.kind {
        case .colon:
            advance()
            return try parseColonValue(field: field)
        case .comparison(let comparison):
            advance()
            return try parseComparison(field: field, comparison)
        default:
            guard current.keyword == .in else {
                throw error("expected ':', a comparison (<, <=, >, >=, =, !=) or IN after the field name '\(field)', found \(current.quoted)")
            }
            advance()
            return .oneOf(field: field, values: try parseList())
        }
    }

    /// After `field:` — a value, a range, or a parenthesised OR of values.
    private mutating func parseColonValue(field: String) throws(QuerySyntaxError) -> FilterExpression {
        switch current.kind {
        case .openBracket, .openBrace:
            return try parseRange(field: field)
        case .openParen:
            return .oneOf(field: field, values: try parseValueGroup(field: field))
        case .comparison(let comparison):
            throw error("a comparison goes without ':' — write '\(field) \(comparison.symbol) …'")
        default:
            return .equals(field: field, value: try parseValue(after: "':'"))
        }
    }

    private mutating func parseComparison(field: String, _ comparison: FilterToken.Comparison) throws(QuerySyntaxError) -> FilterExpression {
        let after = "'\(comparison.symbol)'"
        switch comparison {
        case .equal:
            return .equals(field: field, value: try parseValue(after: after))
        case .notEqual:
            return .not(.equals(field: field, value: try parseValue(after: after)))
        case .less:
            return .range(field: field, lower: nil, upper: .init(try parseOrderedValue(after: after), inclusive: false))
        case .lessOrEqual:
            return .range(field: field, lower: nil, upper: .init(try parseOrderedValue(after: after), inclusive: true))
        case .greater:
            return .range(field: field, lower: .init(try parseOrderedValue(after: after), inclusive: false), upper: nil)
        case .greaterOrEqual:
            return .range(field: field, lower: .init(try parseOrderedValue(after: after), inclusive: true), upper: nil)
        }
    }

    /// `[a TO b]`, `{a TO b}`, or mixed brackets; `*` for an open bound.
    private mutating func parseRange(field: String) throws(QuerySyntaxError) -> FilterExpression {
        let lowerInclusive = current.kind == .openBracket
        advance()
        let lower = try parseBound(after: lowerInclusive ? "'['" : "'{'")
        guard current.keyword == .to else {
            throw error("expected TO in the range, found \(current.quoted)")
        }
        advance()
        let upper = try parseBound(after: "TO")
        let upperInclusive: Bool
        switch current.kind {
        case .closeBracket: upperInclusive = true
        case .closeBrace: upperInclusive = false
        default: throw error("expected ']' or '}' to close the range, found \(current.quoted)")
        }
        advance()
        return .range(
            field: field,
            lower: lower.map { .init($0, inclusive: lowerInclusive) },
            upper: upper.map { .init($0, inclusive: upperInclusive) }
        )
    }

    /// A range bound: nil for `*`.
    private mutating func parseBound(after context: String) throws(QuerySyntaxError) -> FilterValue? {
        if case .word("*") = current.kind {
            advance()
            return nil
        }
        return try parseOrderedValue(after: context)
    }

    /// `(a OR b OR …)` after `field:`.
    private mutating func parseValueGroup(field: String) throws(QuerySyntaxError) -> [FilterValue] {
        advance()
        var values = [try parseValue(after: "'('")]
        while true {
            if current.kind == .closeParen {
                advance()
                return values
            }
            switch current.keyword {
            case .or:
                advance()
                values.append(try parseValue(after: "OR"))
            case .and:
                throw error("values inside '\(field):( … )' can only be combined with OR; write '\(field):a AND \(field):b' instead")
            default:
                throw error("expected OR or ')' after a value, found \(current.quoted)")
            }
        }
    }

    /// `[a, b, …]` after `IN`.
    private mutating func parseList() throws(QuerySyntaxError) -> [FilterValue] {
        guard current.kind == .openBracket else {
            throw error("expected '[' after IN, found \(current.quoted)")
        }
        advance()
        var values = [try parseValue(after: "'['")]
        while true {
            switch current.kind {
            case .closeBracket:
                advance()
                return values
            case .comma:
                advance()
                values.append(try parseValue(after: "','"))
            default:
                throw error("expected ',' or ']' after a value in the list, found \(current.quoted)")
            }
        }
    }

    // MARK: Values

    /// A value that can be ordered: a number or a string, not a boolean.
    private mutating func parseOrderedValue(after context: String) throws(QuerySyntaxError) -> FilterValue {
        let position = current.range.lowerBound
        let value = try parseValue(after: context)
        if case .bool = value {
            throw QuerySyntaxError(position: position, message: "a range or comparison needs a number or a string, not a boolean")
        }
        return value
    }

    private mutating func parseValue(after context: String) throws(QuerySyntaxError) -> FilterValue {
        switch current.kind {
        case .string(let text):
            advance()
            return .string(text)
        case .word(let text):
            if let keyword = current.keyword {
                throw error("expected a value after \(context), found the keyword '\(keyword.rawValue)' (quote it to use it as a value)")
            }
            if text == "*" {
                throw error("'*' only stands for an open range bound; quote it to match the text \"*\"")
            }
            let value = try Self.bareValue(text, at: current.range.lowerBound)
            advance()
            return value
        default:
            throw error("expected a value after \(context), found \(current.quoted)")
        }
    }

    private static func bareValue(_ text: String, at position: Int) throws(QuerySyntaxError) -> FilterValue {
        if text.utf8.count <= 5, text.utf8.allSatisfy({ $0 < 0x80 }) {
            switch text.lowercased() {
            case "true": return .bool(true)
            case "false": return .bool(false)
            default: break
            }
        }
        guard isJSONNumber(text) else { return .string(text) }
        guard let number = Double(text), number.isFinite else {
            throw QuerySyntaxError(position: position, message: "the number \(text) is too large; quote it to compare it as text")
        }
        return .number(number)
    }

    /// Whether `text` is `-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?`.
    private static func isJSONNumber(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var index = 0
        func digits() -> Int {
            let start = index
            while index < bytes.count, bytes[index] >= 0x30, bytes[index] <= 0x39 { index += 1 }
            return index - start
        }
        if index < bytes.count, bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count else { return false }
        if bytes[index] == 0x30 {
            index += 1
        } else if digits() == 0 {
            return false
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard digits() > 0 else { return false }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard digits() > 0 else { return false }
        }
        return index == bytes.count
    }
}
