import LMDB
import Testing

@Suite struct TypedDatabaseTests {
    @Test func valuesRoundTripThroughTypedDatabases() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let names = try environment.openDatabase("names", as: UInt64.self, String.self)
            let blobs = try environment.openDatabase("blobs", as: String.self, [UInt8].self)
            let counts = try environment.openDatabase("counts", as: String.self, UInt32.self)
            try environment.write { txn in
                try txn.put(names, key: 42, value: "Drill — 18 V, «compact»")
                try txn.put(blobs, key: "ä", value: [0, 255, 7])
                try txn.put(counts, key: "x", value: .max)
                try txn.put(counts, key: "gone", value: 1)
                #expect(try txn.delete(counts, key: "gone"))
            }
            try environment.read { txn throws in
                #expect(try txn.get(names, key: 42) == "Drill — 18 V, «compact»")
                #expect(try txn.get(names, key: 43) == nil)
                #expect(try txn.get(blobs, key: "ä") == [0, 255, 7])
                #expect(try txn.get(counts, key: "x") == .max)
                #expect(try txn.get(counts, key: "gone") == nil)
                #expect(try txn.entryCount(counts) == 1)
            }
        }
    }

    @Test func integerKeysAreBigEndianSoByteOrderIsNumericOrder() throws {
        #expect(UInt32(0x0102_0304).withLMDBBytes { Array($0) } == [1, 2, 3, 4])
        #expect(UInt64(0x0102_0304_0506_0708).withLMDBBytes { Array($0) } == [1, 2, 3, 4, 5, 6, 7, 8])
        let keys32: [UInt32] = [0, 1, 255, 256, 65_535, 65_536, 1 << 24, .max - 1, .max]
        let keys64: [UInt64] = [0, 1, 255, 256, 1 << 32, (1 << 32) + 1, 1 << 56, .max]
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path)
            let small = try environment.openDatabase("u32", as: UInt32.self, UInt32.self)
            let large = try environment.openDatabase("u64", as: UInt64.self, UInt64.self)
            try environment.write { txn in
                for key in keys32.shuffled() { try txn.put(small, key: key, value: key) }
                for key in keys64.shuffled() { try txn.put(large, key: key, value: key) }
            }
            try environment.read { txn throws in
                var visited32: [UInt32] = []
                try txn.forEach(small) { key, value in
                    #expect(key == value)
                    visited32.append(key)
                    return true
                }
                #expect(visited32 == keys32)
                var visited64: [UInt64] = []
                try txn.forEach(large, from: 256) { key, _ in
                    visited64.append(key)
                    return true
                }
                #expect(visited64 == Array(keys64.drop { $0 < 256 }))
            }
        }
    }

    @Test func bytesThatDoNotDecodeThrowADecodingError() throws {
        let threeBytes: [UInt8] = [1, 2, 3]
        let sizeError = try #require(throws: LMDBDecodingError.self) {
            try threeBytes.withUnsafeBytes { try UInt32(lmdbBytes: $0) }
        }
        #expect(sizeError == LMDBDecodingError(typeName: "UInt32", byteCount: 3, reason: "expected exactly 4 bytes"))
        let invalidUTF8: [UInt8] = [0x61, 0xFF, 0x62]
        let textError = try #require(throws: LMDBDecodingError.self) {
            try invalidUTF8.withUnsafeBytes { try String(lmdbBytes: $0) }
        }
        #expect(textError.typeName == "String")
        #expect(textError.description == "cannot decode String from 3 stored bytes: not valid UTF-8")
    }
}
