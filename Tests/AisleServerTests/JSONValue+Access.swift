import SearchIndex

extension JSONValue {
    /// The number at `key`, if it is one.
    func number(_ key: String) -> Double? {
        if case .number(let value)? = self[key] { return value }
        return nil
    }

    /// The string at `key`, if it is one.
    func string(_ key: String) -> String? {
        if case .string(let value)? = self[key] { return value }
        return nil
    }

    /// The array at `key` (empty when absent).
    func array(_ key: String) -> [JSONValue] {
        if case .array(let items)? = self[key] { return items }
        return []
    }
}
