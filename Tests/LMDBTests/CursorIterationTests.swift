import LMDB
import Testing

@Suite struct CursorIterationTests {
    private static let keys = ["ant", "apple", "apply", "apt", "b", "banana", "band", "bandana", "car"]

    /// Runs `body` in a read transaction over a database holding `keys`, each valued with its uppercase.
    private func withSampleDatabase(_ body: (ReadTransaction, Database) throws -> Void) throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("words")
            try environment.write { txn in
                for key in Self.keys.shuffled() {
                    try txn.put(db, key: bytes(key), value: bytes(key.uppercased()))
                }
            }
            try environment.read { txn throws in try body(txn, db) }
        }
    }

    private func collect(_ txn: ReadTransaction, _ db: Database, from start: [UInt8]? = nil, prefix: [UInt8]? = nil) throws -> [String] {
        var visited: [String] = []
        try txn.forEach(db, from: start, prefix: prefix) { entry in
            visited.append(String(decoding: entry.key, as: UTF8.self))
            #expect(Array(entry.value) == bytes(String(decoding: entry.key, as: UTF8.self).uppercased()))
            return true
        }
        return visited
    }

    @Test func forEachVisitsKeysInByteOrder() throws {
        try withSampleDatabase { txn, db throws in
            #expect(try collect(txn, db) == Self.keys)
            #expect(try collect(txn, db, from: bytes("apt")) == ["apt", "b", "banana", "band", "bandana", "car"])
            #expect(try collect(txn, db, from: bytes("az")) == ["b", "banana", "band", "bandana", "car"])
            #expect(try collect(txn, db, from: bytes("zzz")) == [])
        }
    }

    @Test func prefixIterationStopsAtTheFirstKeyWithoutThePrefix() throws {
        try withSampleDatabase { txn, db throws in
            #expect(try collect(txn, db, prefix: bytes("ap")) == ["apple", "apply", "apt"])
            #expect(try collect(txn, db, prefix: bytes("band")) == ["band", "bandana"])
            #expect(try collect(txn, db, prefix: bytes("c")) == ["car"])
            #expect(try collect(txn, db, prefix: bytes("d")) == [])
            // A start inside the prefix range starts there; one before it starts at the prefix.
            #expect(try collect(txn, db, from: bytes("apply"), prefix: bytes("ap")) == ["apply", "apt"])
            #expect(try collect(txn, db, from: bytes("a"), prefix: bytes("ban")) == ["banana", "band", "bandana"])
        }
    }

    @Test func returningFalseStopsTheIteration() throws {
        try withSampleDatabase { txn, db throws in
            var visited = 0
            try txn.forEach(db) { _ in
                visited += 1
                return visited < 3
            }
            #expect(visited == 3)
        }
    }

    @Test func cursorStepsSeeksAndForEach() throws {
        try withSampleDatabase { txn, db throws in
            let cursor = try txn.cursor(db)
            #expect(try cursor.current() == nil, "an unpositioned cursor has no current entry")
            #expect(try cursor.last().map { Array($0.key) } == bytes("car"))
            #expect(try cursor.previous().map { Array($0.key) } == bytes("bandana"))
            #expect(try cursor.current().map { Array($0.key) } == bytes("bandana"))
            #expect(try cursor.first().map { Array($0.key) } == bytes("ant"))
            #expect(try cursor.previous() == nil)
            #expect(try cursor.seek(exactly: bytes("band")).map { Array($0.value) } == bytes("BAND"))
            #expect(try cursor.next().map { Array($0.key) } == bytes("bandana"))
            #expect(try cursor.seek(exactly: bytes("ban")) == nil)
            #expect(try cursor.seek(atLeast: bytes("ban")).map { Array($0.key) } == bytes("banana"))
            #expect(try cursor.seek(atLeast: bytes("d")) == nil)

            var visited: [String] = []
            try cursor.forEach(prefix: bytes("a")) { entry in
                visited.append(String(decoding: entry.key, as: UTF8.self))
                return true
            }
            #expect(visited == ["ant", "apple", "apply", "apt"])
        }
    }

    @Test func duplicateValuesAreVisitedInOrder() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("postings", options: [.create, .dupSort])
            try environment.write { txn in
                for (key, value) in [("b", "2"), ("a", "3"), ("a", "1"), ("a", "2"), ("c", "1")] {
                    try txn.put(db, key: bytes(key), value: bytes(value))
                }
            }
            try environment.read { txn throws in
                let cursor = try txn.cursor(db)
                var pairs: [String] = []
                try cursor.forEach { entry in
                    pairs.append(String(decoding: entry.key, as: UTF8.self) + String(decoding: entry.value, as: UTF8.self))
                    return true
                }
                #expect(pairs == ["a1", "a2", "a3", "b2", "c1"])
                #expect(try cursor.seek(exactly: bytes("a")).map { Array($0.value) } == bytes("1"))
                #expect(try cursor.duplicateCount() == 3)
                #expect(try cursor.nextDuplicate().map { Array($0.value) } == bytes("2"))
                #expect(try cursor.nextKey().map { Array($0.key) } == bytes("b"))
                #expect(try cursor.nextDuplicate() == nil)
            }
        }
    }

    @Test func cursorWritesInAWriteTransaction() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in
                let cursor = try txn.cursor(db)
                for key in ["a", "b", "c", "d"] {
                    try cursor.put(key: bytes(key), value: bytes(key))
                }
                // Delete every other entry while walking.
                var entry = try cursor.first()
                while entry != nil {
                    try cursor.deleteCurrent()
                    entry = try cursor.next()
                    entry = try entry == nil ? nil : cursor.next()
                }
            }
            try environment.read { txn throws in
                var keys: [[UInt8]] = []
                try txn.forEach(db) { entry in
                    keys.append(Array(entry.key))
                    return true
                }
                #expect(keys == [bytes("b"), bytes("d")])
            }
        }
    }
}
