/// The reserved words of the filter language. They are recognised in any letter case and can
/// be neither a field name nor a bare value (a quoted `"and"` is an ordinary value).
enum FilterKeyword: String, CaseIterable {
    case and = "AND"
    case or = "OR"
    case not = "NOT"
    case `in` = "IN"
    case to = "TO"

    init?(spelling: String) {
        guard spelling.utf8.count <= 3, spelling.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        self.init(rawValue: spelling.uppercased())
    }
}
