import Catalog
import SearchIndex

extension Category {
    /// The API's JSON for a category.
    var json: JSONValue {
        .object([
            ("id", .number(Double(id))), ("parent_id", parentID.map { .number(Double($0)) } ?? .null),
            ("name", .string(name)), ("path", .string(path)),
        ])
    }
}
