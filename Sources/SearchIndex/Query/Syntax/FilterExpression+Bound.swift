extension FilterExpression {
    /// One end of a range: its value and whether the value itself is inside the range.
    public struct Bound: Sendable, Equatable {
        public var value: FilterValue
        public var inclusive: Bool

        public init(_ value: FilterValue, inclusive: Bool) {
            self.value = value
            self.inclusive = inclusive
        }
    }
}
