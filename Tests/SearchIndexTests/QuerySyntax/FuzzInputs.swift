import SearchIndex

/// Generators of hostile inputs for the query and filter parsers.
enum FuzzInputs {
    /// Fragments that exercise both grammars: their operators, keywords, quotes and product text.
    static let pieces: [String] = [
        "\"", "(", ")", ":", "*", "-", "+", "[", "]", "{", "}", "~", ",", "<", "<=", ">", ">=", "=", "!=", "!",
        "\\", "\\\"", " ", "  ", "\t", "\n", "\u{0}", "\u{7F}", "\u{85}", "\u{3000}", "“", "”", "＂", "\u{200D}", "\u{301}",
        "AND", "OR", "NOT", "IN", "TO", "and", "or", "not", "in", "to", "true", "FALSE",
        "brand", "price", "title", "category.path", "size", "unknown", "brand:", "price:", "title:",
        "drill", "DeWalt", "Black & Decker", "Tools > Power Tools", "10", "50.5", "-3", "1e400", "007", "0", "~2", "~999",
        #"3/4""#, "2x4", "R-13", "#SC-141", "20-Volt", "1/2 in.", "-in.", "24”", "🔨", "👩‍🔧", "é",
    ]

    static let querySeeds: [String] = [
        #"cordless drill"#, #""hammer drill"~2 -corded +dewalt"#, #"brand:dewalt title:"impact driver" bit*"#,
        #"3/4" copper pipe"#, #"1/2 -in. x 10 ft."#, #""2x4" stud"#, #"R-13 insulation #SC-141"#,
        #"20-Volt MAX brand:"Black & Decker" -refurbished"#, #"category.path:tools unknown:xyz 12:30"#, #"“smart quotes” 24” mirror"#,
    ]

    static let filterSeeds: [String] = [
        #"brand:DeWalt AND price >= 10"#, #"brand IN ["A", "B"] OR NOT in_stock:true"#, #"brand:(A OR B) AND rating:[4 TO *]"#,
        #"price:{10 TO 50} AND category:"Tools > Power Tools""#, #"(a:1 OR b:2) AND NOT (c:"x\"y" OR d != 3)"#,
        #"price < 50.5 AND price > -1e3 AND sku:"007""#, #"NOT NOT x.y_z:[* TO "m"}"#,
    ]

    private static let syntaxScalars = Array(#""():*-+[]{}~,<>=!\ "#.unicodeScalars)
    private static let specialScalars: [UInt32] = [0x200D, 0x301, 0xA0, 0x3000, 0x201C, 0x201D, 0xFF02, 0x85, 0xFEFF, 0x2028]

    static func randomScalars(_ generator: inout SplitMix64, maxLength: Int) -> String {
        var text = ""
        for _ in 0..<generator.below(maxLength + 1) {
            text.unicodeScalars.append(randomScalar(&generator))
        }
        return text
    }

    static func soup(_ generator: inout SplitMix64, maxPieces: Int) -> String {
        var text = ""
        for _ in 0..<generator.below(maxPieces + 1) {
            if generator.below(8) == 0 {
                text.unicodeScalars.append(randomScalar(&generator))
            } else {
                text += generator.pick(pieces)
            }
        }
        return text
    }

    /// `seed` with one to four random edits: deletions, insertions, replacements, duplications, cuts.
    static func mutate(_ seed: String, _ generator: inout SplitMix64) -> String {
        var scalars = Array(seed.unicodeScalars)
        for _ in 0..<1 + generator.below(4) {
            let at = generator.below(scalars.count + 1)
            let to = at + generator.below(min(scalars.count - at, 6) + 1)
            switch generator.below(6) {
            case 0: scalars.removeSubrange(at..<to)
            case 1: scalars.insert(contentsOf: generator.pick(pieces).unicodeScalars, at: at)
            case 2: scalars.replaceSubrange(at..<to, with: [randomScalar(&generator)])
            case 3: scalars.insert(contentsOf: scalars[at..<to], at: at)
            case 4: scalars.removeSubrange(at...)
            default: scalars.removeSubrange(..<at)
            }
        }
        var text = ""
        text.unicodeScalars.append(contentsOf: scalars)
        return text
    }

    /// Every prefix and every suffix of `text`, cut at Unicode scalar boundaries.
    static func truncations(of text: String) -> [String] {
        let scalars = Array(text.unicodeScalars)
        return (0...scalars.count).flatMap { cut in
            [String(String.UnicodeScalarView(scalars[..<cut])), String(String.UnicodeScalarView(scalars[cut...]))]
        }
    }

    static func randomScalar(_ generator: inout SplitMix64) -> Unicode.Scalar {
        while true {
            let value: UInt32 = switch generator.below(5) {
            case 0: UInt32(generator.below(0x80))
            case 1: generator.pick(syntaxScalars).value
            case 2: UInt32(0x80 + generator.below(0x1_0000 - 0x80))
            case 3: UInt32(0x1_0000 + generator.below(0x11_0000 - 0x1_0000))
            default: generator.pick(specialScalars)
            }
            if let scalar = Unicode.Scalar(value) { return scalar }
        }
    }

    // MARK: Random filter expressions

    private static let fieldNames = ["brand", "price", "in_stock", "category.path", "größe", "x1", "_", "9lives", "Rating"]

    /// A random expression of the shape `FilterParser` produces.
    static func expression(_ generator: inout SplitMix64, depth: Int) -> FilterExpression {
        let field = generator.pick(fieldNames)
        let choice = generator.below(depth == 0 ? 4 : 8)
        switch choice {
        case 0:
            return .equals(field: field, value: value(&generator))
        case 1:
            return .oneOf(field: field, values: (0..<1 + generator.below(4)).map { _ in value(&generator) })
        case 2, 3:
            return .range(field: field, lower: bound(&generator), upper: bound(&generator))
        case 4, 5:
            let operands = (0..<2 + generator.below(3)).map { _ in expression(&generator, depth: depth - 1) }
            return choice == 4 ? .and(operands) : .or(operands)
        default:
            return .not(expression(&generator, depth: depth - 1))
        }
    }

    private static func bound(_ generator: inout SplitMix64) -> FilterExpression.Bound? {
        guard generator.below(4) > 0 else { return nil }
        var bounded = value(&generator)
        if case .bool = bounded { bounded = .number(0) }
        return .init(bounded, inclusive: generator.below(2) == 1)
    }

    private static func value(_ generator: inout SplitMix64) -> FilterValue {
        switch generator.below(6) {
        case 0: return .bool(generator.below(2) == 1)
        case 1: return .number(Double(generator.below(2_001) - 1_000))
        case 2:
            while true {
                let number = Double(bitPattern: generator.next())
                if number.isFinite { return .number(number) }
            }
        case 3: return .string(generator.pick(pieces))
        default: return .string(randomScalars(&generator, maxLength: 8))
        }
    }
}
