import SearchIndex

/// Reads and checks the members of one product object for `ProductInput`; every failure names its
/// field.
///
/// Rules shared by every string: no control characters other than tab, line feed and carriage
/// return (PostgreSQL cannot store NUL, and the others are never meant); lengths count Unicode
/// scalars of the string as sent (as JSON Schema's `maxLength` does), and separators (`/`, `>`)
/// are found by scalar, not by grapheme (a combining mark after `>` does not hide it); surrounding
/// whitespace is trimmed before storing, except in ids, which must not have any.
struct ProductFields {
    let members: [String: JSONValue]
    /// The largest integer accepted where a string is expected (ids, SKUs): 15 digits.
    static let largestIntegerCode: Double = 999_999_999_999_999

    init(members: [(key: String, value: JSONValue)]) {
        var byKey: [String: JSONValue] = [:]
        for member in members { byKey[member.key] = member.value }
        self.members = byKey
    }

    /// The member `key`, nil when absent or null.
    func value(_ key: String) -> JSONValue? {
        if case .null? = members[key] { return nil }
        return members[key]
    }

    /// Whether `scalar` is a control character a text field must not hold.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control && scalar != "\t" && scalar != "\n" && scalar != "\r"
    }

    /// Checks the shared string rules on `text` (for `field`), with at most `limit` scalars.
    static func check(_ text: String, field: String, limit: Int) throws(CatalogError) {
        guard text.unicodeScalars.count <= limit else { throw .invalid(field: field, "must have at most \(limit) characters") }
        guard !text.unicodeScalars.contains(where: isForbidden) else {
            throw .invalid(field: field, "must not contain control characters (other than tab and line breaks)")
        }
    }

    func id() throws(CatalogError) -> String {
        switch value("id") {
        case .string(let id)?:
            guard !id.isEmpty else { throw .invalid(field: "id", "must not be empty") }
            try Self.check(id, field: "id", limit: 128)
            guard !id.unicodeScalars.contains(where: { $0 == "/" || $0.properties.generalCategory == .control }) else {
                throw .invalid(field: "id", "must not contain '/' or control characters")
            }
            guard id.trimmedWhitespace == id else { throw .invalid(field: "id", "must not start or end with whitespace") }
            return id
        case .number(let number)? where number == number.rounded() && (0...Self.largestIntegerCode).contains(number):
            return String(Int64(number))
        case nil: throw .invalid(field: "id", "is required")
        default: throw .invalid(field: "id", "must be a string or an integer from 0 to 999999999999999")
        }
    }

    /// A string member, trimmed; nil when absent, null, or only whitespace (then an error if
    /// `required`).
    func text(_ key: String, limit: Int, required: Bool = false) throws(CatalogError) -> String? {
        guard let member = value(key) else {
            if required { throw .invalid(field: key, "is required") }
            return nil
        }
        guard case .string(let raw) = member else { throw .invalid(field: key, "must be a string") }
        try Self.check(raw, field: key, limit: limit)
        let text = raw.trimmedWhitespace
        if text.isEmpty {
            if required { throw .invalid(field: key, "must not be blank") }
            return nil
        }
        return text
    }

    /// A code such as a SKU: a string, or an integer as written in many catalogs.
    func code(_ key: String, limit: Int) throws(CatalogError) -> String? {
        if case .number(let number)? = value(key) {
            guard number == number.rounded(), (0...Self.largestIntegerCode).contains(number) else {
                throw .invalid(field: key, "must be a string or an integer from 0 to 999999999999999")
            }
            return String(Int64(number))
        }
        return try text(key, limit: limit)
    }

    /// Category levels from a path ("A > B > C", at most 2000 characters) or an array of levels
    /// (each at most 2000 characters, without '>') in member `key`: 1 to 10 levels, none blank.
    func categoryLevels(key: String = "category") throws(CatalogError) -> [String] {
        let levels: [String]
        switch value(key) {
        case nil: return []
        case .string(let path)?:
            try Self.check(path, field: key, limit: 2000)
            levels = path.unicodeScalars.split(separator: ">", omittingEmptySubsequences: false).map { String(String.UnicodeScalarView($0)).trimmedWhitespace }
        case .array(let items)?:
            guard !items.isEmpty else { throw .invalid(field: key, "needs at least one level") }
            levels = try items.map { item throws(CatalogError) -> String in
                guard case .string(let level) = item else { throw .invalid(field: key, "levels must be strings") }
                try Self.check(level, field: key, limit: 2000)
                guard !level.unicodeScalars.contains(">") else { throw .invalid(field: key, "a level must not contain '>'") }
                return level.trimmedWhitespace
            }
        default: throw .invalid(field: key, "must be a path such as \"Tools > Drills\" or an array of levels")
        }
        guard !levels.contains(where: \.isEmpty) else { throw .invalid(field: key, "has an empty level") }
        guard levels.count <= 10 else { throw .invalid(field: key, "has more than 10 levels") }
        return levels
    }

    func number(_ key: String, in range: ClosedRange<Double>) throws(CatalogError) -> Double? {
        guard let member = value(key) else { return nil }
        guard case .number(let number) = member else { throw .invalid(field: key, "must be a number") }
        guard range.contains(number) else {
            let upper = range.upperBound == .greatestFiniteMagnitude ? "" : " and at most \(JSONValue.numberText(range.upperBound))"
            throw .invalid(field: key, "must be at least \(JSONValue.numberText(range.lowerBound))\(upper)")
        }
        return number
    }

    func integer(_ key: String) throws(CatalogError) -> Int? {
        guard let member = value(key) else { return nil }
        guard case .number(let number) = member, number == number.rounded(), number >= 0, number <= Double(Int32.max) else {
            throw .invalid(field: key, "must be an integer from 0 to \(Int32.max)")
        }
        return Int(number)
    }

    /// Three capital letters exactly (no trimming: " USD" is a mistake worth reporting).
    func currency() throws(CatalogError) -> String? {
        guard let member = value("currency") else { return nil }
        guard case .string(let code) = member, code.utf8.count == 3, code.utf8.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }) else {
            throw .invalid(field: "currency", "must be three capital letters (ISO 4217), e.g. \"USD\"")
        }
        return code
    }

    func attributes() throws(CatalogError) -> [(key: String, value: JSONValue)] {
        guard let member = value("attributes") else { return [] }
        guard case .object(let items) = member else { throw .invalid(field: "attributes", "must be an object") }
        guard items.count <= 200 else { throw .invalid(field: "attributes", "at most 200 attributes") }
        var result: [(key: String, value: JSONValue)] = []
        for item in items {
            try Self.attributeName(item.key)
            if case .null = item.value { continue }
            result.append((item.key.trimmedWhitespace, try Self.attributeValue(item.value, field: "attributes." + item.key)))
        }
        return result
    }

    /// Checks an attribute name: 1 to 100 characters, not blank.
    static func attributeName(_ name: String) throws(CatalogError) {
        try check(name, field: "attributes." + name, limit: 100)
        guard !name.trimmedWhitespace.isEmpty else { throw .invalid(field: "attributes", "attribute names must not be blank") }
    }

    /// An attribute value: a string (at most 1,000 characters, trimmed), number or boolean, or an
    /// array of at most 100 of them.
    static func attributeValue(_ value: JSONValue, field: String) throws(CatalogError) -> JSONValue {
        func scalar(_ value: JSONValue) throws(CatalogError) -> JSONValue {
            switch value {
            case .string(let text):
                try check(text, field: field, limit: 1000)
                return .string(text.trimmedWhitespace)
            case .number, .bool: return value
            default: throw .invalid(field: field, "must be a string, number, boolean or an array of them")
            }
        }
        if case .array(let items) = value {
            guard items.count <= 100 else { throw .invalid(field: field, "must have at most 100 values") }
            var values: [JSONValue] = []
            for item in items { values.append(try scalar(item)) }
            return .array(values)
        }
        return try scalar(value)
    }

    /// `http(s)://` URLs of at most 2048 characters, without whitespace or control characters.
    func imageURLs() throws(CatalogError) -> [String] {
        guard let member = value("image_urls") else { return [] }
        guard case .array(let items) = member else { throw .invalid(field: "image_urls", "must be an array of URLs") }
        guard items.count <= 50 else { throw .invalid(field: "image_urls", "must have at most 50 URLs") }
        return try items.map { item throws(CatalogError) -> String in
            guard case .string(let url) = item else { throw .invalid(field: "image_urls", "must be an array of URLs") }
            let scalars = url.unicodeScalars
            let scheme = scalars.starts(with: "https://".unicodeScalars) ? 8 : scalars.starts(with: "http://".unicodeScalars) ? 7 : nil
            guard let scheme, scalars.count > scheme, scalars.count <= 2048,
                  !url.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.properties.generalCategory == .control }) else {
                throw .invalid(field: "image_urls", "'\(url.prefix(80))' is not an http(s) URL of at most 2048 characters without spaces")
            }
            return url
        }
    }
}
