@testable import SearchIndex
import Testing

@Test func termSlotsNumberDistinctTermsInOrderOfFirstAppearanceAcrossGrowth() {
    var slots = TermSlots()
    var expected: [String: Int32] = [:]
    var order: [String] = []
    // Enough distinct terms to grow the table several times, each seen again later, and terms
    // that differ only in non-ASCII characters.
    let terms = (0..<300).map { "t\($0 % 150)" } + ["été", "ete", "\u{1}drills", "drills"]
    for term in terms {
        if expected[term] == nil {
            expected[term] = Int32(order.count)
            order.append(term)
        }
        #expect(slots.slot(of: term) == expected[term])
    }
    #expect(slots.names == order)
}
