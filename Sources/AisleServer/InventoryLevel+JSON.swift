import Catalog
import SearchIndex

extension InventoryLevel {
    /// The API's JSON for a level.
    var json: JSONValue {
        .object([("location", .string(location)), ("quantity", .number(Double(quantity))), ("updated_at", .string(updatedAt))])
    }
}
