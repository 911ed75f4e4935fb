/// A keyed bijection on `0..<1_000_000_000`: a four-round Feistel network on 30 bits with
/// cycle walking. Distinct indices give distinct outputs, which makes SKUs and model numbers
/// unique by construction while looking unordered.
struct IndexPermutation {
    /// The size of the permuted domain; indices must be below it.
    static let domain: UInt64 = 1_000_000_000
    private let roundKeys: [UInt64]

    /// A permutation determined by `key`.
    init(key: UInt64) {
        var rng = SplitMix64(state: key)
        roundKeys = (0..<4).map { _ in rng.next() }
    }

    /// The image of `index`, in `0..<domain`.
    func callAsFunction(_ index: Int) -> UInt64 {
        precondition(index >= 0 && UInt64(index) < IndexPermutation.domain, "index outside 0..<1_000_000_000")
        var value = UInt64(index)
        repeat {
            value = feistel(value)
        } while value >= IndexPermutation.domain
        return value
    }

    private func feistel(_ value: UInt64) -> UInt64 {
        let mask: UInt64 = (1 << 15) - 1
        var left = value >> 15
        var right = value & mask
        for key in roundKeys {
            let mixed = SplitMix64.mix(right ^ key) & mask
            (left, right) = (right, left ^ mixed)
        }
        return (left << 15) | right
    }
}
