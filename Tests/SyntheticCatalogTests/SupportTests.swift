import Foundation
import Testing
@testable import SyntheticCatalog

@Suite struct SupportTests {
    @Test func indexPermutationIsInjective() {
        let permutation = IndexPermutation(key: 12_345)
        var seen: Set<UInt64> = []
        for index in 0..<50_000 {
            let value = permutation(index)
            #expect(value < IndexPermutation.domain)
            seen.insert(value)
        }
        #expect(seen.count == 50_000)
        #expect(permutation(999_999_999) < IndexPermutation.domain)
    }

    @Test func deterministicExpMatchesTheCLibrary() {
        for x in stride(from: -12.0, through: 12.0, by: 0.37) {
            let relative = abs(DeterministicMath.exp(x) - Foundation.exp(x)) / Foundation.exp(x)
            #expect(relative < 1e-14, "exp(\(x))")
        }
    }

    @Test func normalDrawsHaveUnitVariance() {
        var rng = SplitMix64(seed: 1, stream: 2)
        let draws = (0..<100_000).map { _ in rng.normal() }
        let mean = draws.reduce(0, +) / Double(draws.count)
        let variance = draws.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(draws.count)
        #expect(abs(mean) < 0.02)
        #expect(abs(variance - 1) < 0.03)
    }

    @Test func boundedDrawsStayInRange() {
        var rng = SplitMix64(state: 77)
        var counts = Array(repeating: 0, count: 7)
        for _ in 0..<70_000 {
            counts[rng.below(7)] += 1
        }
        #expect(counts.allSatisfy { $0 > 9_000 && $0 < 11_000 })
    }

    @Test func attributeQueryFormsReadLikeShopperInput() {
        let spec = AttributeSpec("mixed", ["20 V|20-Volt", "1/2 in.", "Brushed Nickel", "1.28 GPF", "Brushed|"])
        #expect(spec.queryForms == ["20v", "1/2 in", "brushed nickel", "1.28 gpf", "brushed"])
        #expect(spec.titleForms == ["20-Volt", "1/2 in.", "Brushed Nickel", "1.28 GPF", ""])
    }

    @Test func proseCaseKeepsAcronyms() {
        #expect(Taxonomy.proseCase("Heavy-Duty") == "heavy-duty")
        #expect(Taxonomy.proseCase("LED Ceiling Fan") == "LED ceiling fan")
        #expect(Taxonomy.proseCase("UV-Resistant") == "UV-resistant")
        #expect(Taxonomy.proseCase("A19 LED Light Bulb") == "A19 LED light bulb")
        #expect(Taxonomy.proseCase("I-Beam Level") == "I-beam level")
    }
}
