/// Finds the terms of a sorted dictionary within an ``EditDistanceAutomaton``'s budget without reading
/// every term. It walks the keys in order and steps the automaton over each key's scalars (reusing the
/// states of the prefix shared with the previous key). Whenever a key does not match, the walk seeks
/// straight to the smallest string after it that the automaton can still accept: past every key
/// sharing a dead prefix, and past the non-matching extensions of a live one. Cursor moves therefore
/// follow the alternations between matching strings and dictionary keys, not the dictionary's size.
///
/// Keys are `keyPrefix` followed by the term's UTF-8 bytes. The walk decodes the term bytes itself
/// (invalid bytes become symbols that match no query scalar; skipping stays exact for them) and never
/// leaves the range of keys starting with `keyPrefix`, so other key families stored in the same
/// dictionary are not visited.
///
/// Every term within the budget is reported exactly once, in key order, until `limit` terms were
/// reported; the walk does not favour small distances, so with a limit it returns *some* matches, not
/// the best ones.
package struct FuzzyTermWalk: Sendable {
    /// What one walk cost and found.
    package struct Statistics: Equatable, Sendable {
        /// Calls to ``SortedTermCursor/seek(atLeast:)``, the initial one included.
        package var seeks = 0
        /// Calls to ``SortedTermCursor/next()``.
        package var nexts = 0
        /// Terms reported.
        package var matches = 0
        /// Whether the walk stopped because it reported `limit` terms.
        package var reachedLimit = false

        /// Keys the cursor was moved to: seeks plus nexts.
        package var cursorMoves: Int { seeks + nexts }
    }

    /// One consumed prefix of the current key.
    private struct Frame {
        let state: EditDistanceAutomaton.State
        /// End of the prefix, in bytes from the start of the key.
        let end: Int
        /// One past the last key byte the decoding of this prefix depended on (equal to `end` when
        /// the prefix is valid UTF-8). A later key reuses the frame only if it shares these bytes.
        let dependsOn: Int
        /// Whether every symbol of the prefix is a valid scalar, so that the walk may compute seek
        /// targets from scalars.
        let isValid: Bool
    }

    /// The automaton terms are matched with.
    package let automaton: EditDistanceAutomaton
    /// The bytes every key of interest starts with; they are not part of the term.
    package let keyPrefix: [UInt8]
    /// The most terms one walk reports; a walk with a limit below 1 reports none and reads nothing.
    package let limit: Int

    /// Prepares a walk; nothing is read until ``run(on:_:)``.
    package init(automaton: EditDistanceAutomaton, keyPrefix: [UInt8] = [], limit: Int = .max) {
        self.automaton = automaton
        self.keyPrefix = keyPrefix
        self.limit = limit
    }

    /// Walks `cursor` and calls `visit` with each matching term (the key without `keyPrefix`) and its
    /// distance. The term's bytes are valid only during the call. Errors from the cursor or from
    /// `visit` end the walk and are rethrown.
    @discardableResult
    package func run<Cursor: SortedTermCursor>(
        on cursor: inout Cursor,
        _ visit: (_ term: UnsafeRawBufferPointer, _ distance: Int) throws(Cursor.Failure) -> Void
    ) throws(Cursor.Failure) -> Statistics {
        var statistics = Statistics()
        guard limit > 0 else { return statistics }
        let prefixLength = keyPrefix.count
        var frames = [Frame(state: automaton.start, end: prefixLength, dependsOn: prefixLength, isValid: true)]
        frames.reserveCapacity(64)
        var previousKey = keyPrefix
        var target = keyPrefix
        target.reserveCapacity(64)
        automaton.appendSmallestAcceptedContinuation(from: automaton.start, to: &target)

        // The smallest accepted continuation of each state met, computed once per walk: the walk
        // meets the same few states again and again, and computing one steps the automaton over
        // every letter of the query at every scalar of the continuation.
        var continuations: [EditDistanceAutomaton.State: [UInt8]] = [:]

        var key = try Self.seek(&cursor, to: target, &statistics)
        walk: while let current = key, Self.hasPrefix(current, keyPrefix) {
            let shared = Self.commonPrefixLength(previousKey, current)
            while frames[frames.count - 1].dependsOn > shared {
                frames.removeLast()
            }
            previousKey.removeAll(keepingCapacity: true)
            previousKey.append(contentsOf: current)

            var frame = frames[frames.count - 1]
            while frame.end < current.count {
                let symbol = UTF8Scalar.decode(current, at: frame.end)
                let positions = symbol.value.map { automaton.positions(ofValue: $0) } ?? 0
                let state = automaton.step(frame.state, positions: positions)
                let dependsOn = max(frame.dependsOn, symbol.examinedEnd)
                if !automaton.isAlive(state) {
                    if frame.isValid, let value = symbol.value {
                        key = try seekNextCandidate(&cursor, current, frames, above: value, &target, &continuations, &statistics)
                    } else {
                        key = try skipInvalid(&cursor, current, frame, symbol, dependsOn, &target, &statistics)
                    }
                    continue walk
                }
                frame = Frame(
                    state: state, end: frame.end + symbol.length, dependsOn: dependsOn,
                    isValid: frame.isValid && symbol.value != nil)
                frames.append(frame)
            }

            let distance = automaton.acceptedDistance(frame.state)
            if let distance {
                try visit(UnsafeRawBufferPointer(rebasing: current[prefixLength...]), distance)
                statistics.matches += 1
                if statistics.matches >= limit {
                    statistics.reachedLimit = true
                    break walk
                }
            }
            if frame.isValid, distance == nil || !automaton.isPrefix {
                key = try seekNextCandidate(&cursor, current, frames, above: nil, &target, &continuations, &statistics)
            } else {
                statistics.nexts += 1
                key = try cursor.next()
            }
        }
        return statistics
    }

    /// Seeks to the smallest string the automaton can accept that is greater than every key starting
    /// with the prefix the top frame stands for followed by a scalar at most `lower` (with `lower`
    /// `nil`: greater than that prefix itself). Keys skipped on the way cannot match: they share the
    /// dead prefix, or they lie between a live prefix and its smallest accepted extension. Returns
    /// `nil`, without touching the cursor, when no such string exists.
    ///
    /// The top frame is tried first, with the smallest live scalar above `lower`, then shallower
    /// frames with the scalar they were left by as the bound. All frames must be valid UTF-8.
    private func seekNextCandidate<Cursor: SortedTermCursor>(
        _ cursor: inout Cursor,
        _ current: UnsafeRawBufferPointer,
        _ frames: [Frame],
        above lower: UInt32?,
        _ target: inout [UInt8],
        _ continuations: inout [EditDistanceAutomaton.State: [UInt8]],
        _ statistics: inout Statistics
    ) throws(Cursor.Failure) -> UnsafeRawBufferPointer? {
        var depth = frames.count - 1
        var lower = lower
        while true {
            let frame = frames[depth]
            if let next = automaton.smallestLiveScalar(from: frame.state, above: lower) {
                target.removeAll(keepingCapacity: true)
                target.append(contentsOf: current[..<frame.end])
                UTF8Scalar.encode(next.value, appendingTo: &target)
                let state = automaton.step(frame.state, positions: next.positions)
                if let continuation = continuations[state] {
                    target.append(contentsOf: continuation)
                } else {
                    let start = target.count
                    automaton.appendSmallestAcceptedContinuation(from: state, to: &target)
                    continuations[state] = Array(target[start...])
                }
                return try Self.seek(&cursor, to: target, &statistics)
            }
            if depth == 0 { return nil }
            depth -= 1
            lower = UTF8Scalar.decode(current, at: frames[depth].end).value
        }
    }

    /// Moves past the keys sharing a dead prefix that is not valid UTF-8: only the keys that share
    /// every byte its decoding depended on are skipped; when that reaches beyond the key, the walk
    /// just moves to the next key.
    private func skipInvalid<Cursor: SortedTermCursor>(
        _ cursor: inout Cursor,
        _ current: UnsafeRawBufferPointer,
        _ frame: Frame,
        _ symbol: UTF8Scalar.Symbol,
        _ dependsOn: Int,
        _ target: inout [UInt8],
        _ statistics: inout Statistics
    ) throws(Cursor.Failure) -> UnsafeRawBufferPointer? {
        let skipEnd = max(frame.end + symbol.length, dependsOn)
        guard skipEnd <= current.count else {
            statistics.nexts += 1
            return try cursor.next()
        }
        target.removeAll(keepingCapacity: true)
        target.append(contentsOf: current[..<skipEnd])
        guard Self.formSuccessor(&target) else { return nil }
        return try Self.seek(&cursor, to: target, &statistics)
    }

    private static func seek<Cursor: SortedTermCursor>(
        _ cursor: inout Cursor, to target: [UInt8], _ statistics: inout Statistics
    ) throws(Cursor.Failure) -> UnsafeRawBufferPointer? {
        statistics.seeks += 1
        // `Array.withUnsafeBytes` only rethrows untyped errors: carry the typed one out in a Result.
        let result = target.withUnsafeBytes { bytes -> Result<UnsafeRawBufferPointer?, Cursor.Failure> in
            do throws(Cursor.Failure) {
                return .success(try cursor.seek(atLeast: bytes))
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    /// Turns `bytes` into the smallest byte string greater than every string starting with `bytes`:
    /// trailing 0xFF bytes are dropped and the last remaining byte is incremented. Returns `false`
    /// (leaving `bytes` empty) when no such string exists because `bytes` is all 0xFF.
    static func formSuccessor(_ bytes: inout [UInt8]) -> Bool {
        while bytes.last == 0xFF {
            bytes.removeLast()
        }
        guard let last = bytes.last else { return false }
        bytes[bytes.count - 1] = last + 1
        return true
    }

    private static func hasPrefix(_ key: UnsafeRawBufferPointer, _ prefix: [UInt8]) -> Bool {
        key.count >= prefix.count && key.prefix(prefix.count).elementsEqual(prefix)
    }

    private static func commonPrefixLength(_ previous: [UInt8], _ current: UnsafeRawBufferPointer) -> Int {
        let count = min(previous.count, current.count)
        var index = 0
        while index < count, previous[index] == current[index] {
            index += 1
        }
        return index
    }
}
