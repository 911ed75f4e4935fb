import Catalog
import SearchIndex

/// Test products written as JSON, the way clients send them.
enum Products {
    /// Parses `json` (one JSON value).
    static func json(_ text: String) throws -> JSONValue {
        try JSONValue.parse(Array(text.utf8))
    }

    /// A valid product input from a JSON object literal.
    static func input(_ text: String, mode: ProductInput.Mode = .api) throws -> ProductInput {
        try ProductInput(json: try json(text), mode: mode)
    }

    /// A small drill with `id`, and `extra` members (JSON text without braces) appended.
    static func drill(_ id: String, _ extra: String = "") throws -> ProductInput {
        try input(#"{"id": "\#(id)", "title": "Cordless Drill \#(id)", "brand": "Torvane", "category": "Tools > Power Tools > Drills", "price": 79.97, "currency": "USD"\#(extra.isEmpty ? "" : ", " + extra)}"#)
    }

    /// The value of `key` in a product document.
    static func field(_ document: String, _ key: String) throws -> JSONValue? {
        try json(document)[key]
    }

    /// The members of the object at `key` in a product document, by name (PostgreSQL's jsonb does
    /// not keep attribute order).
    static func members(_ document: String, _ key: String) throws -> [String: JSONValue] {
        guard case .object(let members)? = try field(document, key) else { return [:] }
        return Dictionary(members.map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
    }
}
