/// A facet to count over the whole match set.
public struct FacetRequest: Sendable, Equatable {
    /// Column name (`brand`, `category`, `price`, `attributes.color` or just `color`).
    public var field: String
    /// Most values to return (selected values are returned in addition).
    public var limit: Int
    /// For numeric columns: bucket boundaries, ascending. Boundaries b0 < b1 < … give the buckets
    /// (−∞, b0), [b0, b1), …, [bn, +∞); empty buckets are returned too.
    public var ranges: [Double]

    /// A facet request.
    public init(field: String, limit: Int = 10, ranges: [Double] = []) {
        self.field = field
        self.limit = limit
        self.ranges = ranges
    }
}

/// Exact counts of one facet.
public struct FacetResult: Sendable, Equatable {
    /// One value and how many matching documents carry it.
    public struct Value: Sendable, Equatable {
        /// The value (a full path for hierarchical facets).
        public var value: String
        /// Matching documents with it.
        public var count: Int
        /// Whether the request's filter selects it.
        public var selected: Bool
    }

    /// One numeric bucket.
    public struct Range: Sendable, Equatable {
        /// Inclusive lower bound (nil: −∞).
        public var lower: Double?
        /// Exclusive upper bound (nil: +∞).
        public var upper: Double?
        /// Matching documents in it.
        public var count: Int
    }

    /// The requested field.
    public var field: String
    /// Value counts, most frequent first (ties: first indexed first; numbers: smaller first);
    /// selected values always included. Numeric facets count each distinct value exactly when
    /// no buckets are requested, and give bucket counts instead when they are. Hierarchical facets list the top level and the children along each selection.
    public var values: [Value] = []
    /// Numeric buckets, when requested.
    public var ranges: [Range] = []
    /// Smallest value among the counted documents (numeric facets).
    public var minimum: Double?
    /// Largest value among the counted documents (numeric facets).
    public var maximum: Double?
    /// Whether values are category paths.
    public var hierarchical = false
}
