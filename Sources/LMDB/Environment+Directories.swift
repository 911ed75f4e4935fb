#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Environment {
    /// Creates the directory `path` and any missing parents (`mkdir -p`).
    static func createDirectory(atPath path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/") {
            prefix += component
            if mkdir(prefix, 0o775) != 0 {
                let code = errno
                var status = stat()
                guard code == EEXIST, stat(prefix, &status) == 0, status.st_mode & S_IFMT == S_IFDIR else {
                    throw LMDBError(code: code == EEXIST ? ENOTDIR : code, operation: "mkdir(\(prefix))")
                }
            }
            prefix += "/"
        }
    }
}
