import Foundation
import LMDB
import Testing

@Suite struct MapGrowthTests {
    private static let tinyMap = 64 * 1024

    @Test func fullMapGrowsAndTheWriteIsRetried() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: Self.tinyMap)
            let db = try environment.openDatabase("items", as: UInt32.self, [UInt8].self)
            let value = [UInt8](repeating: 7, count: 1000)
            var attempts = 0
            try environment.write { txn in
                attempts += 1
                for key in UInt32(0)..<2000 {
                    try txn.put(db, key: key, value: value)
                }
            }
            // Many small transactions after that, each possibly growing the map again.
            for batch in UInt32(0)..<20 {
                try environment.write { txn in
                    for key in 2000 + batch * 100..<2000 + (batch + 1) * 100 {
                        try txn.put(db, key: key, value: value)
                    }
                }
            }
            #expect(attempts > 1, "the body ran again after the map grew")
            #expect(environment.mapSize >= 4_000_000)
            try environment.read { txn throws in
                #expect(try txn.entryCount(db) == 4000)
                var expected: UInt32 = 0
                try txn.forEach(db) { key, stored in
                    #expect(key == expected && stored == value)
                    expected += 1
                    return true
                }
                #expect(expected == 4000)
            }
        }
    }

    @Test func mapFullCaughtInsideTheBodyStillGrows() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: Self.tinyMap)
            let db = try environment.openDatabase("items", as: UInt32.self, [UInt8].self)
            try environment.write { txn in
                for key in UInt32(0)..<500 {
                    // Swallowing the error must not commit a broken transaction.
                    do { try txn.put(db, key: key, value: [UInt8](repeating: 1, count: 1000)) } catch { return }
                }
            }
            #expect(try environment.read { try $0.entryCount(db) } == 500)
        }
    }

    @Test func readersOnOtherThreadsKeepWorkingWhileTheMapGrows() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: Self.tinyMap)
            let db = try environment.openDatabase("items", as: UInt32.self, UInt32.self)
            try environment.write { txn in try txn.put(db, key: 0, value: 0) }
            let stop = DispatchSemaphore(value: 0)
            let stopped = DispatchSemaphore(value: 0)
            Thread.detachNewThread {
                var consistent = true
                // Every snapshot holds keys 0...n with value == key, for the n committed so far.
                while stop.wait(timeout: .now()) == .timedOut {
                    let ok = (try? environment.read { txn -> Bool in
                        let count = try txn.entryCount(db)
                        let last = try txn.get(db, key: UInt32(count - 1))
                        return last == UInt32(count - 1)
                    }) ?? false
                    consistent = consistent && ok
                }
                #expect(consistent)
                stopped.signal()
            }
            for batch in UInt32(0)..<40 {
                try environment.write { txn in
                    for key in 1 + batch * 250..<1 + (batch + 1) * 250 {
                        try txn.put(db, key: key, value: key)
                    }
                }
            }
            stop.signal()
            #expect(stopped.wait(timeout: .now() + 10) == .success)
            #expect(environment.mapSize > Self.tinyMap)
            #expect(try environment.read { try $0.entryCount(db) } == 10_001)
        }
    }

    @Test func writeInsideReadOnTheSameThreadCannotGrowAndSaysSo() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: Self.tinyMap)
            let db = try environment.openDatabase("items", as: UInt32.self, [UInt8].self)
            let error = try environment.read { _ in
                try #require(throws: LMDBError.self) {
                    try environment.write { txn in
                        for key in UInt32(0)..<500 { try txn.put(db, key: key, value: [UInt8](repeating: 1, count: 1000)) }
                    }
                }
            }
            #expect(error.isMapFull)
            #expect(error.operation.contains("cannot grow"))
            #expect(try environment.read { try $0.entryCount(db) } == 0)
        }
    }

    @Test func mapGrownByAnotherProcessIsAdopted() throws {
        try withTemporaryDirectory { path in
            // Opened first, with the writer's small map, so the writer's growth outruns this process's map.
            let environment = try Environment(path: path, mapSize: 1 << 20)
            let writer = try CrashWriter(environment: path)
            try writer.waitForCommits(20)
            try writer.killAndCollect()
            let meta = try environment.openDatabase("meta", as: String.self, UInt64.self, options: [])
            let counter = try environment.read { try $0.get(meta, key: "counter") }
            #expect(try #require(counter) >= 20)
            #expect(environment.mapSize > 1 << 20)
        }
    }
}
