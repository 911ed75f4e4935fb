/// Elementary functions computed with IEEE-754 basic operations only, so that they give
/// bit-identical results on every platform (the C library's `exp` may differ in the last bit
/// between glibc and Darwin, which could change a rounded price).
enum DeterministicMath {
    private static let log2e = 1.442_695_040_888_963_4
    private static let ln2High = 0.693_147_180_369_123_816_49
    private static let ln2Low = 1.908_214_929_270_587_700_02e-10

    /// e^x for |x| ≤ 700, accurate to a few units in the last place.
    static func exp(_ x: Double) -> Double {
        precondition(abs(x) <= 700, "DeterministicMath.exp argument out of range")
        let k = (x * log2e).rounded()
        let r = (x - k * ln2High) - k * ln2Low
        var sum = 1.0
        var term = 1.0
        for n in 1...16 {
            term = term * r / Double(n)
            sum += term
        }
        return Double(sign: .plus, exponent: Int(k), significand: sum)
    }
}
