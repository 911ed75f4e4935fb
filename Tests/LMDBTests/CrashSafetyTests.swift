import Foundation
import LMDB
@testable import lmdb_crash_writer
import Testing

/// SIGKILL a writer mid-stream, repeatedly, and check that the environment always holds exactly the
/// last committed transaction, whole.
@Suite struct CrashSafetyTests {
    @Test func killedWriterLeavesTheLastCommittedStateWholeEveryTime() throws {
        try withTemporaryDirectory { path in
            var counterBefore: UInt64 = 0
            // A commit takes a few milliseconds; the kill would land right after a report without a delay.
            // Varied delays spread the kills over the whole write-and-commit cycle.
            for round in 1...8 {
                let writer = try CrashWriter(environment: path)
                try writer.waitForCommits(3)
                usleep(UInt32(round) * 700)
                try writer.killAndCollect()
                let reported = writer.reported
                // The writer resumes from the stored counter and reports every commit, in order.
                #expect(reported == Array(counterBefore + 1...counterBefore + UInt64(reported.count)), "round \(round)")
                let counter = try checkEnvironment(at: path)
                let lastReported = try #require(reported.last)
                // The commit in flight when the kill landed may have completed without being reported.
                #expect(counter == lastReported || counter == lastReported + 1, "round \(round): counter \(counter), last reported \(lastReported)")
                counterBefore = counter
            }
        }
    }

    /// Checks that the environment holds transactions 1...counter completely and nothing later;
    /// returns the counter.
    private func checkEnvironment(at path: String) throws -> UInt64 {
        let environment = try Environment(path: path)
        let batches = try environment.openDatabase(CrashWriterFormat.batchesName, options: [])
        let hot = try environment.openDatabase(CrashWriterFormat.hotName, as: UInt32.self, UInt64.self, options: [])
        let meta = try environment.openDatabase(CrashWriterFormat.metaName, as: String.self, UInt64.self, options: [])
        return try environment.read { txn throws in
            let counter = try #require(try txn.get(meta, key: CrashWriterFormat.counterKey))
            var hotValues: [UInt32: UInt64] = [:]
            try txn.forEach(hot) { key, value in
                hotValues[key] = value
                return true
            }
            #expect(hotValues == Dictionary(uniqueKeysWithValues: (0..<CrashWriterFormat.hotKeyCount).map { ($0, counter) }))

            var expected = (1...counter).lazy.flatMap { transaction in
                (0..<CrashWriterFormat.keysPerTransaction).lazy.map { (transaction, $0) }
            }.makeIterator()
            var mismatches = 0
            try txn.forEach(batches) { entry in
                guard let (transaction, index) = expected.next() else {
                    Issue.record("entry beyond transaction \(counter): key \(Array(entry.key))")
                    return false
                }
                if Array(entry.key) != CrashWriterFormat.batchKey(transaction: transaction, index: index)
                    || Array(entry.value) != CrashWriterFormat.batchValue(transaction: transaction, index: index) {
                    mismatches += 1
                }
                return true
            }
            #expect(mismatches == 0)
            #expect(expected.next() == nil, "entries of committed transactions are missing")
            return counter
        }
    }
}
