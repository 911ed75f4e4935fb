/// SplitMix64 pseudo-random generator (Steele, Lea, Flood 2014): 64 bits of state, one
/// multiply-xorshift finalizer per draw.
///
/// Everything the catalog generator draws goes through this type and its own bounded and
/// floating-point helpers, never through the standard library's `random(in:using:)`, whose
/// algorithm is not promised to stay the same across Swift versions. Only IEEE-754 basic
/// operations are used on `Double`, so results are identical on every platform.
struct SplitMix64 {
    private var state: UInt64

    /// A generator whose stream is fully determined by `state`.
    init(state: UInt64) {
        self.state = state
    }

    /// A generator for one (seed, stream) pair: streams of neighbouring indices are unrelated.
    init(seed: UInt64, stream: UInt64) {
        self.state = SplitMix64.mix(seed ^ SplitMix64.mix(stream &+ 0x632B_E59B_D9B4_E019))
    }

    /// The SplitMix64 finalizer: a bijective 64-bit mixing function.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// The next 64 random bits.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return SplitMix64.mix(state)
    }

    /// A value in `0..<bound` (multiply-high reduction; the bias is below 2^-40 for our bounds).
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "SplitMix64.below needs a positive bound")
        return Int(truncatingIfNeeded: UInt64(bound).multipliedFullWidth(by: next()).high)
    }

    /// A uniform `Double` in [0, 1) with 53 random bits.
    mutating func unit() -> Double {
        Double(next() >> 11) * 0x1p-53
    }

    /// `true` with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        unit() < probability
    }

    /// An element of a non-empty array, uniformly.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An approximately standard-normal value: the Irwin–Hall sum of twelve 16-bit uniforms
    /// minus 6 (mean 0, variance 1, bounded to ±6), computed with additions only.
    mutating func normal() -> Double {
        var sum = 0.0
        for _ in 0..<3 {
            let bits = next()
            for shift in stride(from: 0, to: 64, by: 16) {
                sum += (Double((bits >> UInt64(shift)) & 0xFFFF) + 0.5) * 0x1p-16
            }
        }
        return sum - 6
    }
}
