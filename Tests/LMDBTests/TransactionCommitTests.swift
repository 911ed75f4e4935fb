import LMDB
import Testing

@Suite struct TransactionCommitTests {
    @Test func committedWritesPersistAcrossReopen() throws {
        try withTemporaryDirectory { path in
            do {
                let environment = try Environment(path: path + "/nested/env")
                let db = try environment.openDatabase("items")
                let returned = try environment.write { txn in
                    try txn.put(db, key: bytes("apple"), value: bytes("red"))
                    try txn.put(db, key: bytes("banana"), value: bytes("yellow"))
                    return 42
                }
                #expect(returned == 42)
            }
            let reopened = try Environment(path: path + "/nested/env")
            let db = try reopened.openDatabase("items", options: [])
            try reopened.read { txn throws in
                #expect(try txn.get(db, key: bytes("apple")) == bytes("red"))
                #expect(try txn.get(db, key: bytes("banana")) == bytes("yellow"))
                #expect(try txn.get(db, key: bytes("cherry")) == nil)
                #expect(try txn.entryCount(db) == 2)
            }
        }
    }

    @Test func throwingClosureAbortsAndRethrows() throws {
        struct Rejected: Error, Equatable {}
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("kept"), value: bytes("1")) }

            #expect(throws: Rejected()) {
                try environment.write { txn in
                    try txn.put(db, key: bytes("kept"), value: bytes("2"))
                    try txn.put(db, key: bytes("new"), value: bytes("3"))
                    // The transaction sees its own writes before it is aborted.
                    #expect(try txn.get(db, key: bytes("new")) == bytes("3"))
                    throw Rejected()
                }
            }
            try environment.read { txn throws in
                #expect(try txn.get(db, key: bytes("kept")) == bytes("1"))
                #expect(try txn.get(db, key: bytes("new")) == nil)
            }
        }
    }

    @Test func deleteClearAndDropRemoveData() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let first = try environment.openDatabase("first")
            let second = try environment.openDatabase("second")
            try environment.write { txn in
                for key in ["a", "b", "c"] {
                    try txn.put(first, key: bytes(key), value: bytes(key))
                    try txn.put(second, key: bytes(key), value: bytes(key))
                }
            }
            try environment.write { txn in
                #expect(try txn.delete(first, key: bytes("a")))
                #expect(try !txn.delete(first, key: bytes("a")))
                try txn.clear(second)
            }
            try environment.read { txn throws in
                #expect(try txn.entryCount(first) == 2)
                #expect(try txn.entryCount(second) == 0)
            }
            try environment.write { txn in try txn.drop(second) }
            let error = try #require(throws: LMDBError.self) { try environment.openDatabase("second", options: []) }
            #expect(error.isNotFound)
        }
    }

    @Test func reservedSpaceHoldsWhatTheCallerWrites() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in
                let space = try txn.reserve(db, key: bytes("k"), count: 5)
                space.copyBytes(from: bytes("hello"))
            }
            try environment.read { txn throws in
                #expect(try txn.get(db, key: bytes("k")) == bytes("hello"))
            }
        }
    }
}
