/// Ranking quality of one engine on a judged corpus, defined as in `shared/corpora/README.md`:
///
/// - NDCG@10: gain = grade (as trec_eval), discount 1 / log2(rank + 1), the ideal ranking built
///   from all judged products of the query, unjudged = 0; mean over queries with a grade ≥ 1.
/// - MRR@10: reciprocal rank of the first product with the corpus' top grade; mean over queries
///   that have one.
/// - Recall@100: share of grade ≥ 1 products in the first 100; mean over queries with one.
public struct RelevanceMetrics: Sendable, Equatable {
    /// Mean NDCG@10.
    public var ndcg10: Double
    /// Mean MRR@10.
    public var mrr10: Double
    /// Mean Recall@100.
    public var recall100: Double
    /// Queries that returned nothing.
    public var zeroResults: Int
    /// Queries run.
    public var queries: Int

    /// Scores `rankings` (query id → product ids, best first) against `judgments`.
    public init(rankings: [String: [String]], judgments: [String: [String: Int]]) {
        let topGrade = judgments.values.flatMap(\.values).max() ?? 1
        var ndcg = 0.0, ndcgCount = 0, mrr = 0.0, mrrCount = 0, recall = 0.0, recallCount = 0
        for (query, grades) in judgments {
            let ranking = rankings[query] ?? []
            let relevant = grades.values.filter { $0 >= 1 }.count
            if relevant > 0 {
                ndcg += Self.ndcg(ranking: ranking, grades: grades, depth: 10)
                ndcgCount += 1
                let found = ranking.prefix(100).filter { (grades[$0] ?? 0) >= 1 }.count
                recall += Double(found) / Double(relevant)
                recallCount += 1
            }
            if grades.values.contains(topGrade) {
                if let rank = ranking.prefix(10).firstIndex(where: { grades[$0] == topGrade }) { mrr += 1 / Double(rank + 1) }
                mrrCount += 1
            }
        }
        ndcg10 = ndcgCount > 0 ? ndcg / Double(ndcgCount) : 0
        mrr10 = mrrCount > 0 ? mrr / Double(mrrCount) : 0
        recall100 = recallCount > 0 ? recall / Double(recallCount) : 0
        zeroResults = rankings.values.filter(\.isEmpty).count
        queries = rankings.count
    }

    /// NDCG at `depth` of one ranking.
    public static func ndcg(ranking: [String], grades: [String: Int], depth: Int) -> Double {
        func dcg(_ gains: [Int]) -> Double {
            gains.prefix(depth).enumerated().reduce(0) { $0 + Double($1.element) / log2(Double($1.offset + 2)) }
        }
        let ideal = dcg(grades.values.filter { $0 > 0 }.sorted(by: >))
        return ideal > 0 ? dcg(ranking.map { grades[$0] ?? 0 }) / ideal : 0
    }
}

#if canImport(Glibc)
import Glibc
#endif
