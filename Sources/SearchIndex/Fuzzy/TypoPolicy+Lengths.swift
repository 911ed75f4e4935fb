extension TypoPolicy {
    /// The word lengths a user may set: below 3 letters one edit reaches nearly every short term.
    public static let configurableLengths = 3...255

    /// A policy from its length thresholds as a user writes them: `"A"` (one edit from A letters,
    /// never two) or `"A,B"` (one from A, two from B), with A ≤ B, both in `configurableLengths`
    /// (255 means never: longer words are matched exactly anyway). Words with digits still get no
    /// edits, and the first letter stays strict. Nil for anything else.
    public init?(lengths text: some StringProtocol) {
        let parts = text.split(separator: ",", omittingEmptySubsequences: false)
        guard parts.count == 1 || parts.count == 2,
              let one = Int(parts[0]), Self.configurableLengths.contains(one) else { return nil }
        let two = parts.count == 2 ? Int(parts[1]) : Self.configurableLengths.upperBound
        guard let two, Self.configurableLengths.contains(two), one <= two else { return nil }
        self.init(oneEditMinimumLength: one, twoEditsMinimumLength: two)
    }

    /// The thresholds as `init(lengths:)` reads them ("5,8").
    public var lengths: String { "\(oneEditMinimumLength),\(twoEditsMinimumLength)" }
}
