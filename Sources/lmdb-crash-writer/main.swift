// Commits transactions to the LMDB environment named on the command line, forever, printing each
// committed transaction number (unbuffered) as soon as its commit returns. The crash-safety tests kill it
// with SIGKILL mid-stream and check the environment. Layout: see CrashWriterFormat.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import LMDB

/// Writes `text` and a newline straight to a file descriptor (unbuffered: nothing is lost on SIGKILL).
func writeLine(_ text: String, to descriptor: Int32) {
    var line = text + "\n"
    line.withUTF8 { bytes in
        var offset = 0
        while offset < bytes.count {
            let written = write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            guard written > 0 else { return }
            offset += written
        }
    }
}

guard CommandLine.arguments.count == 2 else {
    writeLine("usage: lmdb-crash-writer <environment directory>", to: STDERR_FILENO)
    exit(2)
}

do {
    let environment = try Environment(path: CommandLine.arguments[1], mapSize: CrashWriterFormat.initialMapSize)
    let batches = try environment.openDatabase(CrashWriterFormat.batchesName)
    let hot = try environment.openDatabase(CrashWriterFormat.hotName, as: UInt32.self, UInt64.self)
    let meta = try environment.openDatabase(CrashWriterFormat.metaName, as: String.self, UInt64.self)
    var transaction = try environment.read { try $0.get(meta, key: CrashWriterFormat.counterKey) } ?? 0
    while true {
        transaction += 1
        try environment.write { txn in
            for index in 0..<CrashWriterFormat.keysPerTransaction {
                let value = CrashWriterFormat.batchValue(transaction: transaction, index: index)
                try txn.put(batches, key: CrashWriterFormat.batchKey(transaction: transaction, index: index), value: value)
            }
            for key in 0..<CrashWriterFormat.hotKeyCount {
                try txn.put(hot, key: key, value: transaction)
            }
            try txn.put(meta, key: CrashWriterFormat.counterKey, value: transaction)
        }
        writeLine(String(transaction), to: STDOUT_FILENO)
    }
} catch {
    writeLine("lmdb-crash-writer: \(error)", to: STDERR_FILENO)
    exit(1)
}
