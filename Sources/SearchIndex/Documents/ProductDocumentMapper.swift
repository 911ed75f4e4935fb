/// Turns one product in the corpus JSONL format into an `IndexDocument` for a schema with the
/// product field names (`Schema.products`).
///
/// | JSON key | goes to |
/// | --- | --- |
/// | `id` (string or integer, required) | the document id |
/// | `title` (required), `alt_titles` | text `title` |
/// | `brand` | text `brand`, facet `brand` |
/// | `category` ("A > B > C" or an array of levels) | text `category` (each level), hierarchical facet `category` |
/// | `description` | text `description` |
/// | `sku`, `model` | text `sku` |
/// | `attributes` (object) | text `attributes` (values); strings and booleans: facet `attributes.<key>`; numbers: numeric `attributes.<key>` (the first of an array) |
/// | `price`, `rating`, `review_count`, `popularity`, `stock` | numeric columns |
/// | `currency` | facet `currency` |
/// | any other scalar or array of scalars | kept as an attribute, as if under `attributes` |
///
/// Strings are trimmed; empty ones are ignored. The stored document is the line as given.
public struct ProductDocumentMapper: Sendable {
    /// The schema whose text fields are filled (by name; absent fields are skipped).
    public let schema: Schema
    static let numericKeys: Set<String> = ["price", "rating", "review_count", "popularity", "stock"]
    static let handledKeys: Set<String> = Set(["id", "title", "alt_titles", "brand", "category", "description", "sku", "model", "attributes", "currency", "image_urls", "images", "created_at", "updated_at"])
        .union(numericKeys)

    /// A mapper for `schema`.
    public init(schema: Schema = .products) {
        self.schema = schema
    }

    /// Maps one JSON line. Throws `IndexError.invalidDocument` with the reason (and `line`).
    public func document(fromJSONLine bytes: [UInt8], line: Int? = nil) throws -> IndexDocument {
        let value: JSONValue
        do {
            value = try JSONValue.parse(bytes)
        } catch {
            throw IndexError.invalidDocument(line: line, "not valid JSON: \(error)")
        }
        return try document(from: value, stored: bytes, line: line)
    }

    /// Maps a parsed product object.
    public func document(from value: JSONValue, stored: [UInt8], line: Int? = nil) throws -> IndexDocument {
        guard case .object(let members) = value else { throw IndexError.invalidDocument(line: line, "a product must be a JSON object") }
        let id: String
        switch value["id"] {
        case .string(let s) where !s.trimmed.isEmpty: id = s.trimmed
        case .number(let n) where n == n.rounded() && abs(n) < 1e15: id = String(Int64(n))
        case nil: throw IndexError.invalidDocument(line: line, "missing \"id\"")
        default: throw IndexError.invalidDocument(line: line, "\"id\" must be a non-empty string or an integer")
        }
        guard case .string(let title)? = value["title"], !title.trimmed.isEmpty else {
            throw IndexError.invalidDocument(line: line, "product \(id): missing or empty \"title\"")
        }

        var text = Array(repeating: [String](), count: schema.textFields.count)
        func addText(_ field: String, _ value: String) {
            let v = value.trimmed
            if !v.isEmpty, let f = schema.textFieldNumber(field) { text[f].append(v) }
        }
        var document = IndexDocument(id: id, text: [], stored: stored)
        addText("title", title)
        if case .array(let alternatives)? = value["alt_titles"] {
            for case .string(let alt) in alternatives { addText("title", alt) }
        }
        if case .string(let brand)? = value["brand"], !brand.trimmed.isEmpty {
            addText("brand", brand)
            document.facets["brand"] = [brand.trimmed]
        }
        let levels: [String]
        switch value["category"] {
        case .string(let path)?: levels = Self.categoryLevels(path)
        case .array(let items)?: levels = items.compactMap { if case .string(let s) = $0 { s.trimmed } else { nil } }.filter { !$0.isEmpty }
        default: levels = []
        }
        if !levels.isEmpty {
            for level in levels { addText("category", level) }
            document.facets["category"] = Self.categoryPrefixes(levels)
            document.hierarchicalFacets.insert("category")
        }
        if case .string(let description)? = value["description"] { addText("description", description) }
        for key in ["sku", "model"] {
            switch value[key] {
            case .string(let s)?: addText("sku", s)
            case .number(let n)? where n == n.rounded(): addText("sku", String(Int64(n)))
            default: break
            }
        }
        for key in Self.numericKeys {
            if case .number(let n)? = value[key] { document.numbers[key] = n }
        }
        if case .string(let currency)? = value["currency"], !currency.trimmed.isEmpty { document.facets["currency"] = [currency.trimmed] }

        var attributes: [(String, JSONValue)] = []
        if case .object(let object)? = value["attributes"] { attributes = object.map { ($0.key, $0.value) } }
        for member in members where !Self.handledKeys.contains(member.key) { attributes.append((member.key, member.value)) }
        for (key, attribute) in attributes where !key.trimmed.isEmpty {
            let name = "attributes." + key.trimmed
            let scalars: [JSONValue]
            if case .array(let items) = attribute { scalars = items } else { scalars = [attribute] }
            for scalar in scalars {
                switch scalar {
                case .string(let s) where !s.trimmed.isEmpty:
                    addText("attributes", s)
                    document.facets[name, default: []].append(s.trimmed)
                case .number(let n):
                    addText("attributes", n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n))
                    // A numeric attribute is a numeric column: range filters, and value facets.
                    if document.numbers[name] == nil { document.numbers[name] = n }
                case .bool(let b):
                    document.facets[name, default: []].append(b ? "true" : "false")
                default: break
                }
            }
        }
        document.text = text
        return document
    }
}

extension ProductDocumentMapper {
    /// The levels of a category path ("Tools > Power Tools > Drills"), each trimmed, empty ones
    /// dropped. Split on the UTF-8 byte of '>' (which never occurs inside another character's
    /// bytes) and the spaces around it stepped over as bytes: splitting by `Character` and
    /// trimming a level that ends in a space by Unicode properties was a tenth of the mapping.
    static func categoryLevels(_ path: String) -> [String] {
        let utf8 = path.utf8
        var levels: [String] = []
        for piece in utf8.split(separator: UInt8(ascii: ">")) {
            var start = piece.startIndex, end = piece.endIndex
            while start < end, piece[start] == UInt8(ascii: " ") { start = utf8.index(after: start) }
            while start < end, piece[utf8.index(before: end)] == UInt8(ascii: " ") { end = utf8.index(before: end) }
            let level = String(Substring(utf8[start..<end])).trimmed
            if !level.isEmpty { levels.append(level) }
        }
        return levels
    }
}

extension ProductDocumentMapper {
    /// Every prefix of the path `levels`, shortest first, its levels joined by " > ": each one
    /// the last extended, where joining each prefix anew did quadratic work through a generic
    /// `joined` (0.75% of the samples of a 200k-product synthetic build, `perf record -g`).
    static func categoryPrefixes(_ levels: [String]) -> [String] {
        var prefixes: [String] = []
        prefixes.reserveCapacity(levels.count)
        var path = ""
        for level in levels {
            if !path.isEmpty { path += " > " }
            path += level
            prefixes.append(path)
        }
        return prefixes
    }
}

extension String {
    /// The string without leading and trailing whitespace; itself, uncopied, when it starts and
    /// ends with a visible ASCII character (every ASCII byte above the space is not whitespace).
    var trimmed: String {
        if let first = utf8.first, let last = utf8.last, (0x21..<0x80).contains(first), (0x21..<0x80).contains(last) { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })!
        return String(scalars[first...last])
    }
}
