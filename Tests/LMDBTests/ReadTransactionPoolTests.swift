import LMDB
import Testing

@Suite struct ReadTransactionPoolTests {
    @Test func sequentialReadsReuseOneTransactionAndReaderSlot() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("v")) }
            let first = try environment.read { txn in ObjectIdentifier(txn) }
            for _ in 0..<200 {
                try environment.read { txn throws in
                    #expect(ObjectIdentifier(txn) == first)
                    #expect(try txn.get(db, key: bytes("k")) == bytes("v"))
                }
            }
            #expect(environment.info().readersUsed == 1)
        }
    }

    @Test func renewedTransactionSeesCommitsMadeWhileItWasPooled() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items", as: String.self, UInt32.self)
            for value in UInt32(1)...5 {
                try environment.write { txn in try txn.put(db, key: "k", value: value) }
                #expect(try environment.read { try $0.get(db, key: "k") } == value)
            }
            // A database opened after the pooled transaction was created is visible to it too.
            let later = try environment.openDatabase("later", as: String.self, UInt32.self)
            try environment.write { txn in try txn.put(later, key: "k", value: 9) }
            #expect(try environment.read { try $0.get(later, key: "k") } == 9)
        }
    }

    @Test func escapedTransactionsAndCursorsAreNeverReused() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("v")) }
            var escapedTransaction: ReadTransaction?
            try environment.read { txn in escapedTransaction = txn }
            var escapedCursor: Cursor?
            try environment.read { txn in escapedCursor = try txn.cursor(db) }
            try environment.read { txn throws in
                #expect(txn !== escapedTransaction)
                #expect(try txn.get(db, key: bytes("k")) == bytes("v"))
            }
            // Releasing a cursor after its transaction ended must not touch liblmdb again.
            #expect(escapedCursor != nil)
            escapedCursor = nil
            escapedTransaction = nil
            #expect(try environment.read { try $0.get(db, key: bytes("k")) } == bytes("v"))
        }
    }
}
