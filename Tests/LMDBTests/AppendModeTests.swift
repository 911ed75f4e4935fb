import LMDB
import Testing

@Suite struct AppendModeTests {
    @Test func inOrderAppendsSucceedAndOutOfOrderAppendThrowsKeyExists() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("sorted", as: UInt32.self, UInt32.self)
            try environment.write { txn in
                for key in UInt32(0)..<1000 {
                    try txn.put(db, key: key * 2, value: key, options: .append)
                }
            }
            let error = try #require(throws: LMDBError.self) {
                try environment.write { txn in
                    try txn.put(db, key: 5, value: 0, options: .append)
                }
            }
            #expect(error.isKeyExists)
            #expect(error.code == -30799)  // MDB_KEYEXIST
            try environment.read { txn throws in
                #expect(try txn.entryCount(db) == 1000)
                #expect(try txn.get(db, key: 5) == nil)
                #expect(try txn.get(db, key: 1998) == 999)
            }
        }
    }

    @Test func duplicatesAppendInOrderOnly() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("postings", options: [.create, .dupSort, .dupFixed])
            try environment.write { txn in
                for value in UInt32(1)...5 {
                    try value.withLMDBBytes { value in
                        try txn.put(db, key: bytes("term"), value: Array(value), options: .appendDup)
                    }
                }
                let error = try #require(throws: LMDBError.self) {
                    try txn.put(db, key: bytes("term"), value: [0, 0, 0, 3], options: .appendDup)
                }
                #expect(error.isKeyExists)
            }
            try environment.read { txn throws in
                let cursor = try txn.cursor(db)
                _ = try cursor.seek(exactly: bytes("term"))
                #expect(try cursor.duplicateCount() == 5)
            }
        }
    }
}
