import SearchIndex

extension JSONValue {
    /// This value with `patch` applied as a JSON Merge Patch (RFC 7396): members of an object patch
    /// replace members of the same name, `null` removes a member, and a patch that is not an object
    /// replaces the value as a whole. Member order: kept members first, in their order, then new ones.
    public func merging(_ patch: JSONValue) -> JSONValue {
        guard case .object(let changes) = patch else { return patch }
        var members: [(key: String, value: JSONValue)]
        if case .object(let existing) = self { members = existing } else { members = [] }
        for change in changes {
            let index = members.firstIndex { $0.key == change.key }
            if case .null = change.value {
                if let index { members.remove(at: index) }
            } else if let index {
                members[index].value = members[index].value.merging(change.value)
            } else {
                members.append((change.key, JSONValue.null.merging(change.value)))
            }
        }
        return .object(members)
    }
}
