import Testing
import TextAnalysis

/// One analyzer used from many tasks at once gives the same tokens as used from one.
@Test func concurrentAnalysisMatchesSerialAnalysis() async throws {
    let titles = Array(try HomeDepotCorpus.titles().prefix(3000))
    let analyzer = Analyzer()
    let serial = titles.map { analyzer.analyze($0) }
    let concurrent = await withTaskGroup(of: (Int, [[Token]]).self) { group in
        for worker in 0..<8 {
            group.addTask {
                (worker, stride(from: worker, to: titles.count, by: 8).map { analyzer.analyze(titles[$0]) })
            }
        }
        var results = Array(repeating: [Token](), count: titles.count)
        for await (worker, analyzed) in group {
            for (offset, tokens) in analyzed.enumerated() { results[worker + offset * 8] = tokens }
        }
        return results
    }
    #expect(concurrent == serial)
}
