@testable import AisleServer
import NIOCore
import Testing

@Suite struct SearchCacheTests {
    static func answer(_ text: String) -> SearchCache.Answer {
        SearchCache.Answer(head: ByteBuffer(string: #"{"took_us":"#), tail: ByteBuffer(string: #","text":"\#(text)"}"#))
    }

    static let first = SearchCache.Version(generation: "gen-000001", sequence: 7)

    @Test func anIdenticalRequestOnTheSameVersionIsAHitWithItsOwnTime() throws {
        let cache = SearchCache(capacity: 1 << 20)
        #expect(cache.answer(for: "drill", version: Self.first) == nil)
        cache.store(Self.answer("drills"), for: "drill", version: Self.first)
        let hit = try #require(cache.answer(for: "drill", version: Self.first))
        #expect(String(buffer: hit.body(micros: 3)) == #"{"took_us":3,"text":"drills"}"#)
        #expect(cache.answer(for: "saw", version: Self.first) == nil)
        let statistics = cache.statistics
        #expect(statistics.hits == 1 && statistics.misses == 2 && statistics.entries == 1)
    }

    @Test func anyIndexChangeEmptiesTheCache() {
        let cache = SearchCache(capacity: 1 << 20)
        _ = cache.answer(for: "drill", version: Self.first)
        cache.store(Self.answer("drills"), for: "drill", version: Self.first)
        let applied = SearchCache.Version(generation: "gen-000001", sequence: 8)
        #expect(cache.answer(for: "drill", version: applied) == nil)
        #expect(cache.statistics.entries == 0 && cache.statistics.invalidations == 1)
        cache.store(Self.answer("drills"), for: "drill", version: applied)
        let swapped = SearchCache.Version(generation: "gen-000002", sequence: 8)
        #expect(cache.answer(for: "drill", version: swapped) == nil)
        #expect(cache.statistics.invalidations == 2)
    }

    @Test func anAnswerComputedOnAnOlderVersionIsNotStored() {
        let cache = SearchCache(capacity: 1 << 20)
        let newer = SearchCache.Version(generation: "gen-000001", sequence: 8)
        _ = cache.answer(for: "drill", version: newer)
        cache.store(Self.answer("old drills"), for: "drill", version: Self.first)
        #expect(cache.answer(for: "drill", version: newer) == nil)
        #expect(cache.statistics.entries == 0)
    }

    @Test func theLeastRecentlyUsedAnswersGoFirstToStayWithinTheCapacity() throws {
        let size = Self.answer("0").head.readableBytes + Self.answer("0").tail.readableBytes + 1 + SearchCache.entryOverhead
        let cache = SearchCache(capacity: size * 8)
        _ = cache.answer(for: "-", version: Self.first)
        for key in 0..<8 { cache.store(Self.answer(String(key)), for: String(key), version: Self.first) }
        #expect(cache.statistics.entries == 8 && cache.statistics.bytes == size * 8)
        _ = cache.answer(for: "0", version: Self.first)
        cache.store(Self.answer("8"), for: "8", version: Self.first)
        #expect(cache.answer(for: "0", version: Self.first) != nil)
        #expect(cache.answer(for: "1", version: Self.first) == nil)
        #expect(cache.answer(for: "2", version: Self.first) != nil)
        let statistics = cache.statistics
        #expect(statistics.evictions == 1 && statistics.entries == 8 && statistics.bytes <= size * 8)
    }

    @Test func anAnswerLargerThanAnEighthOfTheCapacityIsNotKept() {
        let cache = SearchCache(capacity: 8 * 200)
        _ = cache.answer(for: "big", version: Self.first)
        cache.store(Self.answer(String(repeating: "x", count: 300)), for: "big", version: Self.first)
        #expect(cache.statistics.entries == 0)
    }

    @Test func aCacheOfZeroBytesIsOff() {
        let cache = SearchCache(capacity: 0)
        cache.store(Self.answer("drills"), for: "drill", version: Self.first)
        #expect(cache.answer(for: "drill", version: Self.first) == nil)
        #expect(cache.statistics == SearchCache.Statistics())
    }

    @Test func aQueryStringThatAskedBeforeFindsItsAnswerWithoutTheKey() throws {
        let cache = SearchCache(capacity: 1 << 20)
        _ = cache.answer(for: "drill", version: Self.first)
        cache.store(Self.answer("drills"), for: "drill", version: Self.first, query: "q=drill")
        #expect(cache.answer(forQuery: "q=drill", version: Self.first) != nil)
        #expect(cache.answer(forQuery: "limit=10&q=drill", version: Self.first) == nil)
        #expect(cache.answer(for: "drill", version: Self.first, query: "limit=10&q=drill") != nil)
        #expect(cache.answer(forQuery: "limit=10&q=drill", version: Self.first) != nil)
        let statistics = cache.statistics
        #expect(statistics.hits == 3 && statistics.misses == 1)
        #expect(statistics.bytes == 5 + Self.answer("drills").head.readableBytes + Self.answer("drills").tail.readableBytes + SearchCache.entryOverhead
            + "q=drill".utf8.count + "limit=10&q=drill".utf8.count + 2 * SearchCache.aliasOverhead)

        let long = "q=drill&filter=" + String(repeating: "x", count: 1 << 17)
        #expect(cache.answer(for: "drill", version: Self.first, query: long) != nil)
        #expect(cache.answer(forQuery: long, version: Self.first) == nil)

        for spelling in 0..<10 { _ = cache.answer(for: "drill", version: Self.first, query: "q=drill&v=\(spelling)") }
        #expect(cache.answer(forQuery: "q=drill&v=1", version: Self.first) != nil)
        #expect(cache.answer(forQuery: "q=drill&v=2", version: Self.first) == nil)

        #expect(cache.answer(forQuery: "q=drill", version: SearchCache.Version(generation: "gen-000001", sequence: 8)) == nil)
        #expect(cache.statistics.entries == 0 && cache.statistics.bytes == 0)
    }

    @Test func aliasesGoWithTheirEvictedAnswer() {
        let size = Self.answer("0").head.readableBytes + Self.answer("0").tail.readableBytes + 1 + SearchCache.entryOverhead
        let cache = SearchCache(capacity: (size + 3 + SearchCache.aliasOverhead) * 8)
        _ = cache.answer(for: "-", version: Self.first)
        for key in 0..<9 { cache.store(Self.answer(String(key)), for: String(key), version: Self.first, query: "q=\(key)") }
        #expect(cache.statistics.evictions == 1)
        #expect(cache.answer(forQuery: "q=0", version: Self.first) == nil)
        #expect(cache.answer(forQuery: "q=8", version: Self.first) != nil)
        #expect(cache.statistics.bytes == (size + 3 + SearchCache.aliasOverhead) * 8)
    }
}
