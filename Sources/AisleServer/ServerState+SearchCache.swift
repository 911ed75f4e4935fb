import SearchIndex

extension ServerState {
    /// The live index to search and its version, read together: the version a search on this
    /// index is cached under (read before searching, see `SearchCache`). Throws `unavailable`
    /// before the index is open.
    func searchTarget() throws -> (index: Index, version: SearchCache.Version) {
        let (index, generation) = try current().live.current
        guard searchCache.isEnabled else { return (index, SearchCache.Version(generation: generation)) }
        return (index, SearchCache.Version(generation: generation, sequence: try index.appliedSequence(), synonyms: index.synonymsRevision))
    }

    /// The cached answer to the search whose query string is `query`, on `version`: found by the
    /// query string when it asked before, else by the key of `parameters()` (which may throw: then
    /// there is no answer here either). Counts a hit when found; never counts a miss (see
    /// `SearchCache.answer(for:version:query:countingMisses:)`).
    func cachedAnswer(query: String, version: SearchCache.Version, parameters: () throws -> SearchParameters) -> SearchCache.Answer? {
        if let answer = searchCache.answer(forQuery: query, version: version) { return answer }
        guard let parameters = try? parameters() else { return nil }
        return searchCache.answer(for: parameters.cacheKey, version: version, query: query, countingMisses: false)
    }
}
