import Foundation
import LMDB
import Testing

@Suite struct ConcurrencyTests {
    @Test func readerSnapshotIsUnchangedWhileAnotherThreadCommits() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("old")) }

            try environment.read { txn throws in
                let before = try #require(try txn.get(db, key: bytes("k")))
                #expect(Array(before) == bytes("old"))
                // The writer must finish while this snapshot stays open: readers do not block writers.
                let committed = DispatchSemaphore(value: 0)
                Thread.detachNewThread {
                    _ = try? environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("new")) }
                    committed.signal()
                }
                #expect(committed.wait(timeout: .now() + 10) == .success)
                #expect(try txn.get(db, key: bytes("k")) == bytes("old"))
                #expect(Array(before) == bytes("old"), "a buffer from the snapshot stays valid")
            }
            try environment.read { txn throws in
                #expect(try txn.get(db, key: bytes("k")) == bytes("new"))
            }
        }
    }

    @Test func concurrentWritersAreSerialised() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("counter", as: String.self, UInt64.self)
            let threads = 4
            let increments = 50
            let finished = DispatchGroup()
            for _ in 0..<threads {
                finished.enter()
                Thread.detachNewThread {
                    for _ in 0..<increments {
                        try? environment.write { txn in
                            let value = try txn.get(db, key: "n") ?? 0
                            try txn.put(db, key: "n", value: value + 1)
                        }
                    }
                    finished.leave()
                }
            }
            #expect(finished.wait(timeout: .now() + 30) == .success)
            #expect(try environment.read { try $0.get(db, key: "n") } == UInt64(threads * increments))
        }
    }

    @Test func readsNestInsideReadsAndWrites() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("1")) }
            try environment.write { txn in
                try txn.put(db, key: bytes("k"), value: bytes("2"))
                // A nested read sees the last commit, not this transaction's uncommitted write.
                let committed = try environment.read { try $0.get(db, key: bytes("k")) }
                #expect(committed == bytes("1"))
                try environment.read { outer throws in
                    try environment.read { inner throws in
                        #expect(try inner.get(db, key: bytes("k")) == bytes("1"))
                    }
                    #expect(try outer.get(db, key: bytes("k")) == bytes("1"))
                }
            }
        }
    }
}
