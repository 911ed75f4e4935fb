import LMDB
import Testing

@Suite struct EnvironmentMaintenanceTests {
    @Test func compactCopyHoldsTheSameData() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path + "/original")
            let db = try environment.openDatabase("items", as: UInt32.self, [UInt8].self)
            try environment.write { txn in
                for key in UInt32(0)..<1000 { try txn.put(db, key: key, value: [UInt8](repeating: 3, count: 100)) }
            }
            try environment.write { txn in
                for key in UInt32(0)..<1000 where key % 2 == 0 { try txn.delete(db, key: key) }
            }
            try environment.copy(to: path + "/copy")
            let copy = try Environment(path: path + "/copy")
            let copied = try copy.openDatabase("items", as: UInt32.self, [UInt8].self, options: [])
            try copy.read { txn throws in
                #expect(try txn.entryCount(copied) == 500)
                #expect(try txn.get(copied, key: 999) == [UInt8](repeating: 3, count: 100))
                #expect(try txn.get(copied, key: 998) == nil)
            }
            #expect(copy.info().lastPageNumber < environment.info().lastPageNumber, "compaction drops free pages")
        }
    }

    @Test func statisticsAndInfoDescribeTheEnvironment() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: 8 << 20, maxReaders: 64)
            let db = try environment.openDatabase("items", as: UInt32.self, UInt32.self)
            try environment.write { txn in
                for key in UInt32(0)..<10_000 { try txn.put(db, key: key, value: key) }
            }
            let statistics = try environment.statistics(db.database)
            #expect(statistics.entries == 10_000)
            #expect(statistics.depth >= 2)
            #expect(statistics.leafPages > 1 && statistics.branchPages >= 1)
            #expect(statistics.bytes == statistics.pageSize * (statistics.branchPages + statistics.leafPages + statistics.overflowPages))
            let info = environment.info()
            #expect(info.mapSize == 8 << 20)
            #expect(info.maxReaders == 64)
            #expect(info.lastTransactionID == 2)  // openDatabase's commit, then the write
            #expect(info.lastPageNumber > statistics.leafPages)
        }
    }

    @Test func mapSizeCanBeSetExplicitly() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: 1 << 20)
            let db = try environment.openDatabase("items", as: UInt32.self, [UInt8].self)
            try environment.setMapSize(64 << 20)
            #expect(environment.mapSize == 64 << 20)
            var attempts = 0
            try environment.write { txn in
                attempts += 1
                for key in UInt32(0)..<1000 { try txn.put(db, key: key, value: [UInt8](repeating: 9, count: 10_000)) }
            }
            #expect(attempts == 1, "10 MB fit without growing")
            try environment.sync()
            #expect(try environment.read { try $0.get(db, key: 999) } == [UInt8](repeating: 9, count: 10_000))
        }
    }
}
