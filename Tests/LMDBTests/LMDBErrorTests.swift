import Foundation
import LMDB
import Testing

@Suite struct LMDBErrorTests {
    @Test func errorsCarryTheMDBCodeAndTheOperation() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let db = try environment.openDatabase("items")
            try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("v")) }

            let exists = try #require(throws: LMDBError.self) {
                try environment.write { txn in try txn.put(db, key: bytes("k"), value: bytes("w"), options: .noOverwrite) }
            }
            #expect(exists.code == -30799)  // MDB_KEYEXIST
            #expect(exists.isKeyExists && !exists.isNotFound && !exists.isMapFull)
            #expect(exists.operation == "mdb_put")
            #expect(exists.description == "mdb_put failed: MDB_KEYEXIST: Key/data pair already exists (code -30799)")

            let missing = try #require(throws: LMDBError.self) { try environment.openDatabase("absent", options: []) }
            #expect(missing.code == -30798)  // MDB_NOTFOUND
            #expect(missing.operation == "mdb_dbi_open(absent)")

            let tooLong = try #require(throws: LMDBError.self) {
                try environment.write { txn in try txn.put(db, key: [UInt8](repeating: 1, count: 600), value: bytes("v")) }
            }
            #expect(tooLong.code == -30781)  // MDB_BAD_VALSIZE
        }
    }

    @Test func operatingSystemErrorsCarryErrnoAndThePath() throws {
        try withTemporaryDirectory { path in
            let file = path + "/plain-file"
            try Data("x".utf8).write(to: URL(fileURLWithPath: file))
            let notDirectory = try #require(throws: LMDBError.self) { try Environment(path: file + "/env") }
            #expect(notDirectory.code == ENOTDIR)
            #expect(notDirectory.operation == "mkdir(\(file))")

            let absent = try #require(throws: LMDBError.self) {
                try Environment(path: path + "/absent", options: .readOnly)
            }
            #expect(absent.code == ENOENT)
            #expect(absent.operation == "mdb_env_open(\(path)/absent)")
        }
    }

    @Test func readOnlyEnvironmentRefusesWrites() throws {
        try withTemporaryDirectory { path in
            do {
                let writable = try Environment(path: path)
                let db = try writable.openDatabase("items")
                try writable.write { txn in try txn.put(db, key: bytes("k"), value: bytes("v")) }
            }
            let readOnly = try Environment(path: path, options: .readOnly)
            let db = try readOnly.openDatabase("items")
            #expect(try readOnly.read { try $0.get(db, key: bytes("k")) } == bytes("v"))
            let refused = try #require(throws: LMDBError.self) {
                try readOnly.write { txn in try txn.put(db, key: bytes("k"), value: bytes("w")) }
            }
            #expect(refused.code == EACCES)
        }
    }
}
