import SearchIndex

extension ServerState {
    /// What a search needs from the live index, and the cached answer to it if there is one.
    struct CachedSearch {
        /// The index to search.
        var index: Index
        /// Its version, read before any search: the one an answer computed now is stored under.
        var version: SearchCache.Version
        /// The answer the search cache holds for this request on `version`.
        var answer: SearchCache.Answer?
    }

    /// Reads the live index's version, then looks `parameters` up in the search cache (a lookup
    /// only when the cache is on). Throws `unavailable` before the index is open.
    func cachedSearch(_ parameters: SearchParameters, countingMisses: Bool = true) throws -> CachedSearch {
        let (index, generation) = try current().live.current
        guard searchCache.isEnabled else { return CachedSearch(index: index, version: SearchCache.Version(generation: generation, sequence: nil)) }
        let version = SearchCache.Version(generation: generation, sequence: try index.appliedSequence())
        return CachedSearch(index: index, version: version, answer: searchCache.answer(for: parameters.cacheKey, version: version, countingMisses: countingMisses))
    }
}
