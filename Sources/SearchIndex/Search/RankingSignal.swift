/// A business signal blended into relevance: a numeric column, turned into a value in 0…1 and
/// weighted. The final score is `relevance × (1 + Σ weight × signal)`, so signals reorder
/// products of similar relevance without letting a popular but unrelated product win; a
/// document without the value gets 0 for that signal.
public struct RankingSignal: Sendable, Equatable {
    /// How a column value becomes a signal in 0…1.
    public enum Transform: Sendable, Equatable {
        /// `value / maximum`, clamped (ratings out of 5, popularity out of 1).
        case linear(maximum: Double)
        /// `ln(1 + value) / ln(1 + maximum)`, clamped (review counts: the 10th review matters
        /// more than the 1,000th).
        case logarithmic(maximum: Double)
        /// 1 when the value is positive (in stock), else 0.
        case positive
    }

    /// The numeric column.
    public var field: String
    /// How much the signal can raise a score (0.1 = up to 10 %).
    public var weight: Double
    /// The transform.
    public var transform: Transform

    /// A signal.
    public init(field: String, weight: Double, transform: Transform) {
        self.field = field
        self.weight = weight
        self.transform = transform
    }

    /// Rating out of 5.
    public static func rating(weight: Double) -> RankingSignal { RankingSignal(field: "rating", weight: weight, transform: .linear(maximum: 5)) }
    /// Review count, logarithmic up to 10,000.
    public static func reviewCount(weight: Double) -> RankingSignal { RankingSignal(field: "review_count", weight: weight, transform: .logarithmic(maximum: 10_000)) }
    /// Popularity in 0…1.
    public static func popularity(weight: Double) -> RankingSignal { RankingSignal(field: "popularity", weight: weight, transform: .linear(maximum: 1)) }
    /// In stock (stock > 0).
    public static func inStock(weight: Double) -> RankingSignal { RankingSignal(field: "stock", weight: weight, transform: .positive) }

    /// The signal of a column value (NaN: no value → 0).
    func signal(_ value: Double) -> Double {
        guard !value.isNaN else { return 0 }
        switch transform {
        case .linear(let maximum): return maximum > 0 ? min(max(value / maximum, 0), 1) : 0
        case .logarithmic(let maximum): return maximum > 0 ? min(max(log1p(max(value, 0)) / log1p(maximum), 0), 1) : 0
        case .positive: return value > 0 ? 1 : 0
        }
    }
}

#if canImport(Glibc)
import Glibc
#endif
