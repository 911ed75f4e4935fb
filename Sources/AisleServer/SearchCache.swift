import NIOCore
import Synchronization

/// Answers of `GET /v1/search` kept for identical requests on an unchanged index, like
/// Elasticsearch's request cache: bounded by bytes, least recently used answers evicted first.
///
/// Answers are filed under the normalised request (`SearchParameters.cacheKey`); the query strings
/// that asked for one are remembered with it (at most `aliasesPerAnswer`), so a repeated query
/// string finds its answer without being parsed again. Aliases count against the capacity and go
/// with their answer.
///
/// Every answer is stored with the `Version` of the index it was computed on, and a lookup only
/// returns an answer of the version the caller reads now. When a lookup names another version
/// (the follower applied a change, a reindex swapped generations, the synonym rules changed), the cache empties itself: a
/// change to any product invalidates every answer, so a search started after the change never sees
/// an answer computed before it. Callers must read the version *before* they search, so an answer
/// is never filed under a version newer than the data it reflects.
final class SearchCache: Sendable {
    /// A state of the live index: its generation folder and the last outbox sequence applied to it.
    struct Version: Equatable, Sendable {
        /// The generation folder searches read.
        var generation: String
        /// The last applied outbox sequence (nil before the first one).
        var sequence: UInt64?
        /// The revision of the index's synonym rules (`Index.synonymsRevision`).
        var synonyms: UInt64 = 0
    }

    /// A cached answer: the response body around its `took_us` value, which a hit replaces by the
    /// time the lookup took.
    struct Answer: Sendable {
        /// The body up to and including `"took_us":`.
        var head: ByteBuffer
        /// The body after the `took_us` value.
        var tail: ByteBuffer

        /// The response body with `micros` as `took_us`.
        func body(micros: Int) -> ByteBuffer {
            var buffer = ByteBuffer()
            buffer.reserveCapacity(head.readableBytes + tail.readableBytes + 20)
            buffer.writeImmutableBuffer(head)
            buffer.writeString(String(micros))
            buffer.writeImmutableBuffer(tail)
            return buffer
        }
    }

    /// What the cache holds and how it was used since the server started.
    struct Statistics: Equatable, Sendable {
        /// Lookups answered from the cache.
        var hits = 0
        /// Lookups that found nothing (the caller then searches and stores the answer).
        var misses = 0
        /// Answers dropped to stay within the capacity.
        var evictions = 0
        /// Times the whole cache was emptied because the index changed.
        var invalidations = 0
        /// Answers held.
        var entries = 0
        /// Bytes held (keys, bodies, query string aliases and a fixed overhead per answer and alias).
        var bytes = 0
    }

    private struct Entry {
        var key: String
        var answer: Answer?
        var aliases: [String] = []
        var bytes: Int
        var newer: Int
        var older: Int
    }

    /// The LRU list: slots in `entries` linked from `newest` to `oldest`; `free` lists unused slots.
    private struct Storage {
        var version: Version?
        var slots: [String: Int] = [:]
        var aliases: [String: Int] = [:]
        var entries: [Entry] = []
        var free: [Int] = []
        var newest = -1
        var oldest = -1
        var statistics = Statistics()

        mutating func unlink(_ slot: Int) {
            let entry = entries[slot]
            if entry.newer >= 0 { entries[entry.newer].older = entry.older } else { newest = entry.older }
            if entry.older >= 0 { entries[entry.older].newer = entry.newer } else { oldest = entry.newer }
        }

        mutating func linkNewest(_ slot: Int) {
            entries[slot].newer = -1
            entries[slot].older = newest
            if newest >= 0 { entries[newest].newer = slot } else { oldest = slot }
            newest = slot
        }

        /// Marks `slot` as the most recently used.
        mutating func touch(_ slot: Int) {
            guard newest != slot else { return }
            unlink(slot)
            linkNewest(slot)
        }

        /// Remembers `query` as asking for the answer in `slot` (when it has room for one more
        /// alias and the answer with its aliases stays within an eighth of `capacity`), evicting
        /// other answers if the cache goes over `capacity`.
        mutating func alias(_ query: String, to slot: Int, capacity: Int) {
            let bytes = query.utf8.count + SearchCache.aliasOverhead
            guard aliases[query] == nil, entries[slot].aliases.count < SearchCache.aliasesPerAnswer,
                  entries[slot].bytes + bytes <= capacity / 8 else { return }
            entries[slot].aliases.append(query)
            entries[slot].bytes += bytes
            statistics.bytes += bytes
            aliases[query] = slot
            while statistics.bytes > capacity, oldest >= 0, oldest != slot {
                remove(oldest)
                statistics.evictions += 1
            }
        }

        mutating func remove(_ slot: Int) {
            unlink(slot)
            slots[entries[slot].key] = nil
            for alias in entries[slot].aliases { aliases[alias] = nil }
            statistics.bytes -= entries[slot].bytes
            statistics.entries -= 1
            entries[slot] = Entry(key: "", answer: nil, bytes: 0, newer: -1, older: -1)
            free.append(slot)
        }

        mutating func clear(for version: Version) {
            if !slots.isEmpty { statistics.invalidations += 1 }
            self.version = version
            slots.removeAll()
            aliases.removeAll()
            entries.removeAll()
            free.removeAll()
            newest = -1
            oldest = -1
            statistics.entries = 0
            statistics.bytes = 0
        }
    }

    /// Bytes an answer costs beyond its key and body (dictionary slot, list links, buffer headers).
    static let entryOverhead = 160
    /// Bytes a query string alias costs beyond its text.
    static let aliasOverhead = 64
    /// Most query strings remembered per answer (spellings of one request: parameter order,
    /// escapes, explicit defaults).
    static let aliasesPerAnswer = 4

    /// The most bytes the cache holds; 0 turns it off (every lookup misses, nothing is stored).
    let capacity: Int
    private let storage = Mutex(Storage())

    /// A cache holding at most `capacity` bytes (0: off).
    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// Whether the cache stores anything.
    var isEnabled: Bool { capacity > 0 }

    /// The answer stored for the query string `query` (as the request spelled it) on `version`,
    /// when `query` asked for it before; nil otherwise, without counting a miss (the caller then
    /// parses the request and looks its key up). A `version` other than the cache's empties the
    /// cache first.
    func answer(forQuery query: String, version: Version) -> Answer? {
        guard isEnabled else { return nil }
        return storage.withLock { storage -> Answer? in
            if storage.version != version { storage.clear(for: version) }
            guard let slot = storage.aliases[query] else { return nil }
            storage.statistics.hits += 1
            storage.touch(slot)
            return storage.entries[slot].answer
        }
    }

    /// The answer stored for `key` on `version`; nil (a miss) when there is none. A `version`
    /// other than the cache's empties the cache first. On a hit, `query` (the request's query
    /// string) is remembered as an alias. `countingMisses: false` is for a look that another
    /// lookup follows when it misses, so that one request counts one miss.
    func answer(for key: String, version: Version, query: String? = nil, countingMisses: Bool = true) -> Answer? {
        guard isEnabled else { return nil }
        return storage.withLock { storage -> Answer? in
            if storage.version != version { storage.clear(for: version) }
            guard let slot = storage.slots[key] else {
                if countingMisses { storage.statistics.misses += 1 }
                return nil
            }
            storage.statistics.hits += 1
            storage.touch(slot)
            let answer = storage.entries[slot].answer
            if let query { storage.alias(query, to: slot, capacity: capacity) }
            return answer
        }
    }

    /// Stores `answer` for `key`, computed on `version` (read before the search), with `query` (the
    /// request's query string) as an alias. Nothing is stored when the cache has moved on to another
    /// version meanwhile, or when the answer alone would take more than an eighth of the capacity;
    /// older answers are evicted to make room.
    func store(_ answer: Answer, for key: String, version: Version, query: String? = nil) {
        let bytes = key.utf8.count + answer.head.readableBytes + answer.tail.readableBytes + Self.entryOverhead
        guard isEnabled, bytes <= capacity / 8 else { return }
        storage.withLock { storage in
            guard storage.version == version else { return }
            if let existing = storage.slots[key] { storage.remove(existing) }
            while storage.statistics.bytes + bytes > capacity, storage.oldest >= 0 {
                storage.remove(storage.oldest)
                storage.statistics.evictions += 1
            }
            let entry = Entry(key: key, answer: answer, bytes: bytes, newer: -1, older: -1)
            let slot: Int
            if let reused = storage.free.popLast() {
                slot = reused
                storage.entries[slot] = entry
            } else {
                slot = storage.entries.count
                storage.entries.append(entry)
            }
            storage.slots[key] = slot
            storage.linkNewest(slot)
            storage.statistics.entries += 1
            storage.statistics.bytes += bytes
            if let query { storage.alias(query, to: slot, capacity: capacity) }
        }
    }

    /// The counts so far.
    var statistics: Statistics { storage.withLock { $0.statistics } }
}
