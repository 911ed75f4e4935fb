import Testing
import TextAnalysis

/// The token graph over the real corpus: one base token per position, joined forms spanning
/// their parts, ordered output, valid spans; and position offsets for multi-valued fields.
struct PositionTests {
    let analyzer = Analyzer()

    /// Every 7th Home Depot title keeps the documented invariants.
    @Test func corpusTitlesFormAValidTokenGraph() throws {
        let titles = try HomeDepotCorpus.titles()
        #expect(titles.count > 50_000)
        var tokens: [Token] = []
        for title in stride(from: 0, to: titles.count, by: 7).map({ titles[$0] }) {
            tokens.removeAll(keepingCapacity: true)
            let next = analyzer.analyze(title, into: &tokens)
            let utf8Count = title.utf8.count
            let base = tokens.filter { $0.positionLength == 1 }
            // One base token per position, positions 0..<next without holes (stop words kept).
            #expect(base.map(\.position) == Array(0..<next), "\(title)")
            for (index, token) in tokens.enumerated() {
                #expect(!token.term.isEmpty, "\(title)")
                #expect(0 <= token.start && token.start < token.end && token.end <= utf8Count, "\(title)")
                #expect(token.position + token.positionLength <= next, "\(title)")
                if index > 0 {
                    let previous = tokens[index - 1]
                    #expect(
                        previous.position < token.position
                            || (previous.position == token.position && previous.positionLength >= token.positionLength),
                        "\(title)")
                }
            }
        }
    }

    /// `positionOffset` shifts positions, the return value is the next free position, and offsets
    /// stay relative to each value: what a multi-valued field needs for a position gap.
    @Test func positionOffsetForMultiValuedFields() {
        var tokens: [Token] = []
        let afterFirst = analyzer.analyze("Strong-Tie Angle", into: &tokens, positionOffset: 0)
        #expect(afterFirst == 3)
        let afterSecond = analyzer.analyze("Angle", into: &tokens, positionOffset: afterFirst + 100)
        #expect(afterSecond == 104)
        #expect(tokens.last?.position == 103)
        #expect(tokens.last?.start == 0)
    }
}
