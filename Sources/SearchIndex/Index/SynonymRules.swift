import Foundation
import Synchronization
import TextAnalysis

/// The synonym rules of an index folder, in `<index>/synonyms.txt` (Solr's format, see
/// `SynonymSet(parsing:analyzer:)`), applied at query time.
///
/// Decisions:
/// - The rules live in the index folder, beside the generations, not inside one: they are the
///   shop's configuration, not data derived from products, so `aisle index build` and `aisle
///   reindex` keep them without copying, and no reindex is needed when they change (the index
///   holds no synonym tokens).
/// - `replace(with:)` parses first and writes nothing when a line is wrong; the file is written
///   beside and renamed over the old one after an fsync, so a crash leaves the old rules or the
///   new ones, never a mix.
/// - Other processes (`aisle index synonyms` while a server runs) are noticed by the file's
///   identity (inode, size, modification time), looked at no more than every 250 ms: a search
///   costs one clock read, not a `stat`. A file edited by hand into an unparseable state keeps
///   the last good rules in force; `text()` reports the error.
final class SynonymRules: Sendable {
    private struct Identity: Equatable {
        var inode: UInt64
        var size: Int64
        var seconds: Int
        var nanoseconds: Int
    }

    private struct State {
        var identity: Identity?
        var set = SynonymSet()
        var checked: ContinuousClock.Instant?
        /// Bumped whenever the rules in force may have changed.
        var revision: UInt64 = 0
    }

    /// The file's path.
    let path: String
    private let analyzer: Analyzer
    private let state = Mutex(State())
    private static let recheckInterval = Duration.milliseconds(250)

    init(folder: String, analyzer: Analyzer) {
        path = folder + "/synonyms.txt"
        self.analyzer = analyzer
    }

    /// The rules in force (empty when the folder has none) and their revision, a number that
    /// changes whenever the rules may have: answers cached under one revision are stale under another.
    func current() -> (set: SynonymSet, revision: UInt64) {
        let now = ContinuousClock.now
        let snapshot = state.withLock { $0 }
        if let checked = snapshot.checked, now - checked < Self.recheckInterval { return (snapshot.set, snapshot.revision) }
        let identity = Self.identity(of: path)
        guard snapshot.checked == nil || identity != snapshot.identity else {
            state.withLock { state in
                if state.checked == snapshot.checked { state.checked = now }
            }
            return (snapshot.set, snapshot.revision)
        }
        var set = snapshot.set
        let text = identity == nil ? "" : try? String(contentsOfFile: path, encoding: .utf8)
        if let text, let parsed = try? SynonymSet(parsing: text, analyzer: analyzer) { set = parsed }
        // Only if nothing replaced the rules meanwhile (`replace` is seen at once in-process).
        return state.withLock { state in
            guard state.checked == snapshot.checked else { return (state.set, state.revision) }
            state = State(identity: identity, set: set, checked: now, revision: snapshot.revision + 1)
            return (set, state.revision)
        }
    }

    /// The rules file's text ("" when there is none). Throws `IndexError.invalidRequest` when the
    /// file was edited into a state that does not parse (the last good rules stay in force).
    func text() throws -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
            throw IndexError.io("cannot read \(path)")
        }
        do {
            _ = try SynonymSet(parsing: text, analyzer: analyzer)
        } catch {
            throw IndexError.invalidRequest(field: "synonyms", "\(path): \(error.description)")
        }
        return text
    }

    /// Parses `text` and, when every line is valid, makes it the rules (atomically on disk and at
    /// once for this process). Empty or blank text removes every rule. Returns the rules parsed.
    /// Throws `IndexError.invalidRequest` naming the first wrong line; nothing changes then.
    @discardableResult
    func replace(with text: String) throws -> SynonymSet {
        let parsed: SynonymSet
        do {
            parsed = try SynonymSet(parsing: text, analyzer: analyzer)
        } catch {
            throw IndexError.invalidRequest(field: "synonyms", error.description)
        }
        try Self.writeAtomically(text, to: path)
        let identity = Self.identity(of: path)
        state.withLock { $0 = State(identity: identity, set: parsed, checked: ContinuousClock.now, revision: $0.revision + 1) }
        return parsed
    }

    private static func writeAtomically(_ text: String, to path: String) throws {
        let folder = (path as NSString).deletingLastPathComponent
        let temporary = path + ".tmp-\(getpid())"
        let fd = open(temporary, O_CREAT | O_TRUNC | O_WRONLY | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.io("cannot write \(temporary): \(String(cString: strerror(errno)))") }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n > 0 else {
                let reason = String(cString: strerror(errno))
                close(fd)
                unlink(temporary)
                throw IndexError.io("cannot write \(temporary): \(reason)")
            }
            written += n
        }
        guard fsync(fd) == 0 else {
            let reason = String(cString: strerror(errno))
            close(fd)
            unlink(temporary)
            throw IndexError.io("cannot sync \(temporary): \(reason)")
        }
        close(fd)
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw IndexError.io("cannot replace \(path): \(reason)")
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
    }

    private static func identity(of path: String) -> Identity? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Identity(inode: UInt64(info.st_ino), size: Int64(info.st_size), seconds: info.st_mtim.tv_sec, nanoseconds: info.st_mtim.tv_nsec)
    }
}
