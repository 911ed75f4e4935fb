/// Collects qrels for synthetic queries in one pass over a catalog, in bounded memory.
///
/// For each query and each positive grade it keeps at most `limit` products: those with the
/// smallest keyed hash of (seed, query, product), i.e. a uniform sample that does not depend on
/// the order products are observed in. Below the limit the judgments are complete.
struct JudgmentCollector {
    /// One judged (query, product) pair.
    struct Judgment: Hashable {
        let queryIndex: Int
        let productIndex: Int
        let grade: Int
    }

    private struct Candidate {
        let priority: UInt64
        let productIndex: Int
    }

    private let queries: [SyntheticQuery]
    private let limit: Int
    private let seed: UInt64
    /// Leaf id → indices of the queries that can grade products of that leaf above 0.
    private let queriesByLeaf: [[Int]]
    /// Query index → grade - 1 → candidates (pruned to `limit` smallest priorities).
    private var candidates: [[[Candidate]]]

    init(queries: [SyntheticQuery], taxonomy: Taxonomy, seed: UInt64, limit: Int) {
        precondition(limit > 0, "judgment limit must be positive")
        self.queries = queries
        self.limit = limit
        self.seed = seed
        var queriesByLeaf = Array(repeating: [Int](), count: taxonomy.leaves.count)
        for (queryIndex, query) in queries.enumerated() {
            if query.kind == .category {
                let parent = query.categoryPath.dropLast()
                for leaf in taxonomy.leaves where leaf.path.starts(with: parent) {
                    queriesByLeaf[leaf.id].append(queryIndex)
                }
            } else {
                queriesByLeaf[query.leafID].append(queryIndex)
            }
        }
        self.queriesByLeaf = queriesByLeaf
        self.candidates = Array(repeating: [[], []], count: queries.count)
    }

    /// Judges `product` against every query that could grade it above 0.
    mutating func observe(_ product: SyntheticProduct) {
        for queryIndex in queriesByLeaf[product.leafID] {
            let grade = queries[queryIndex].grade(of: product)
            guard grade > 0 else { continue }
            let priority = product.index == queries[queryIndex].anchorIndex
                ? 0 : SplitMix64.mix(seed ^ SplitMix64.mix(UInt64(queryIndex) << 32 ^ UInt64(product.index)))
            candidates[queryIndex][grade - 1].append(Candidate(priority: priority, productIndex: product.index))
            if candidates[queryIndex][grade - 1].count >= 2 * limit {
                prune(queryIndex, grade - 1)
            }
        }
    }

    /// The kept judgments, ordered by query, then grade (2 first), then product index.
    mutating func judgments() -> [Judgment] {
        var result: [Judgment] = []
        for queryIndex in queries.indices {
            for gradeSlot in [1, 0] {
                prune(queryIndex, gradeSlot)
                let products = candidates[queryIndex][gradeSlot].map(\.productIndex).sorted()
                result += products.map { Judgment(queryIndex: queryIndex, productIndex: $0, grade: gradeSlot + 1) }
            }
        }
        return result
    }

    private mutating func prune(_ queryIndex: Int, _ gradeSlot: Int) {
        guard candidates[queryIndex][gradeSlot].count > limit else { return }
        candidates[queryIndex][gradeSlot].sort { ($0.priority, $0.productIndex) < ($1.priority, $1.productIndex) }
        candidates[queryIndex][gradeSlot].removeLast(candidates[queryIndex][gradeSlot].count - limit)
    }
}
