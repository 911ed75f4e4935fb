import Foundation

/// The folder of an index: generations of LMDB environments and a `current` symlink naming the
/// live one.
///
/// ```
/// <index>/current -> gen-000002     the generation readers and the live writer open
/// <index>/gen-000002/               data.mdb, lock.mdb
/// <index>/gen-000003.building/      a bulk build in progress (never opened by readers)
/// <index>/build.lock                flock held by the one running bulk build
/// ```
/// A bulk build writes a new generation beside the live one and publishes it by renaming a new
/// symlink over `current` (atomic on POSIX). A build killed at any point leaves `current` and its
/// generation untouched; its `.building` folder is removed by the next build. Open readers keep
/// reading their generation (its files stay mapped after removal) until they reopen.
public struct IndexDirectory: Sendable {
    /// The index folder.
    public let path: String
    static let currentName = "current"
    static let generationPrefix = "gen-"
    static let buildingSuffix = ".building"

    /// The index at `path` (not touched until a method is called).
    public init(path: String) {
        self.path = path
    }

    /// Whether an index has been published here.
    public var exists: Bool {
        (try? FileManager.default.destinationOfSymbolicLink(atPath: path + "/" + Self.currentName)) != nil
    }

    /// The path of the live generation. Throws `IndexError.notFound` when there is none.
    public func currentGeneration() throws -> String {
        guard let target = try? FileManager.default.destinationOfSymbolicLink(atPath: path + "/" + Self.currentName) else {
            throw IndexError.notFound(path)
        }
        return path + "/" + target
    }

    /// Generation folders present, in increasing number (published ones only).
    func generations() -> [(number: Int, name: String)] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
        return names.compactMap { name -> (Int, String)? in
            guard name.hasPrefix(Self.generationPrefix), !name.hasSuffix(Self.buildingSuffix),
                  let n = Int(name.dropFirst(Self.generationPrefix.count)) else { return nil }
            return (n, name)
        }.sorted { $0.0 < $1.0 }
    }

    /// Creates the folder and a fresh `.building` folder for the next generation; removes the
    /// leftovers of killed builds. The caller must hold the build lock.
    func prepareNextGeneration() throws -> (name: String, buildingPath: String) {
        let fm = FileManager.default
        do {
            try fm.createDirectory(atPath: path, withIntermediateDirectories: true)
            for name in try fm.contentsOfDirectory(atPath: path) where name.hasSuffix(Self.buildingSuffix) {
                try fm.removeItem(atPath: path + "/" + name)
            }
        } catch {
            throw IndexError.io("cannot prepare \(path): \(error.localizedDescription)")
        }
        let next = (generations().last?.number ?? 0) + 1
        let name = Self.generationPrefix + String(format: "%06d", next)
        let building = path + "/" + name + Self.buildingSuffix
        do {
            try fm.createDirectory(atPath: building, withIntermediateDirectories: false)
        } catch {
            throw IndexError.io("cannot create \(building): \(error.localizedDescription)")
        }
        return (name, building)
    }

    /// Renames a finished build to its generation name, points `current` at it atomically, and
    /// removes older generations.
    func publish(generation name: String) throws {
        let building = path + "/" + name + Self.buildingSuffix
        let final = path + "/" + name
        let temporaryLink = path + "/" + Self.currentName + ".tmp-\(getpid())"
        guard rename(building, final) == 0 else { throw IndexError.io("cannot rename \(building): \(String(cString: strerror(errno)))") }
        unlink(temporaryLink)
        guard symlink(name, temporaryLink) == 0 else { throw IndexError.io("cannot create \(temporaryLink): \(String(cString: strerror(errno)))") }
        guard rename(temporaryLink, path + "/" + Self.currentName) == 0 else {
            throw IndexError.io("cannot publish \(name): \(String(cString: strerror(errno)))")
        }
        syncDirectory(path)
        for old in generations() where old.name != name {
            try? FileManager.default.removeItem(atPath: path + "/" + old.name)
        }
    }

    /// Runs `body` holding the exclusive build lock; throws when another build holds it.
    func withBuildLock<R>(_ body: () throws -> R) throws -> R {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw IndexError.io("cannot create \(path): \(error.localizedDescription)")
        }
        let fd = open(path + "/build.lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw IndexError.io("cannot open \(path)/build.lock: \(String(cString: strerror(errno)))") }
        defer { close(fd) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else { throw IndexError.io("another build of \(path) is running") }
        defer { flock(fd, LOCK_UN) }
        return try body()
    }

    private func syncDirectory(_ directory: String) {
        let fd = open(directory, O_RDONLY | O_DIRECTORY)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}
