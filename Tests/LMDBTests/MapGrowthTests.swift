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

    @Test func growthWaitingForAReaderDoesNotBlockThatReadersOwnWrite() throws {
        try withTemporaryDirectory { path in
            let environment = try Environment(path: path, mapSize: Self.tinyMap)
            let small = try environment.openDatabase("small", as: UInt32.self, UInt32.self)
            let large = try environment.openDatabase("large", as: UInt32.self, [UInt8].self)
            let reading = DispatchSemaphore(value: 0)
            let growing = DispatchSemaphore(value: 0)
            let finished = DispatchGroup()
            // Thread A holds a snapshot (which the growth must wait for) and then writes inside it.
            finished.enter()
            Thread.detachNewThread {
                let wrote: Void? = try? environment.read { _ in
                    reading.signal()
                    _ = growing.wait(timeout: .now() + 10)
                    usleep(50_000)
                    try environment.write { txn in try txn.put(small, key: 1, value: 1) }
                }
                #expect(wrote != nil)
                finished.leave()
            }
            // Thread B's write fills the map while A reads, so B must grow and wait for A.
            finished.enter()
            Thread.detachNewThread {
                _ = reading.wait(timeout: .now() + 10)
                var signalled = false
                let wrote: Void? = try? environment.write { txn in
                    if !signalled {
                        signalled = true
                        growing.signal()
                    }
                    for key in UInt32(0)..<1000 { try txn.put(large, key: key, value: [UInt8](repeating: 2, count: 1000)) }
                }
                #expect(wrote != nil)
                finished.leave()
            }
            guard finished.wait(timeout: .now() + 20) == .success else {
                Issue.record("deadlock between growth and a write nested in a read")
                return
            }
            #expect(try environment.read { try $0.get(small, key: 1) } == 1)
            #expect(try environment.read { try $0.entryCount(large) } == 1000)
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
