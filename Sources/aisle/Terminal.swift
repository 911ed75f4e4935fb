import ArgumentParser
import Foundation

/// Output helpers: progress on standard error (so standard output stays machine-readable), and
/// failures as a message plus a non-zero exit code.
enum Terminal {
    /// Whether standard error is a terminal (progress redraws one line) or a log (one line per update).
    static let interactive = isatty(2) != 0

    static func progress(_ line: String, final: Bool = false) {
        if interactive {
            FileHandle.standardError.write(Data(("\r\u{1B}[2K" + line + (final ? "\n" : "")).utf8))
        } else {
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }
    }

    /// Writes one line to standard output at once (no buffering: a reader waiting for it gets it).
    static func line(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ message: String) {
        FileHandle.standardError.write(Data(("aisle: " + message + "\n").utf8))
    }

    /// "12.3 MB" style.
    static func bytes(_ count: Int) -> String {
        let units = ["B", "KB", "MB", "GB", "TB"]
        var value = Double(count)
        var unit = 0
        while value >= 1000, unit < units.count - 1 { value /= 1000; unit += 1 }
        return unit == 0 ? "\(count) B" : String(format: "%.1f %@", value, units[unit])
    }

    /// "1m05s" style.
    static func duration(_ seconds: Double) -> String {
        guard seconds.isFinite, seconds >= 0 else { return "?" }
        let s = Int(seconds.rounded())
        return s >= 60 ? String(format: "%dm%02ds", s / 60, s % 60) : String(format: "%.1fs", seconds)
    }

    /// A progress bar of `width` characters for a fraction in 0...1.
    static func bar(_ fraction: Double, width: Int = 24) -> String {
        let filled = Int((min(max(fraction, 0), 1) * Double(width)).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "]"
    }
}

/// A failure already explained to the user: exits with `code` without printing more.
struct CommandFailure: Error {
    var code: Int32 = 1
}

/// Runs `body`, printing an `IndexError` (or any error) as one line and exiting non-zero.
func reportingErrors<R>(_ body: () throws -> R) throws -> R {
    do {
        return try body()
    } catch let failure as CommandFailure {
        throw ExitCode(failure.code)
    } catch let error as ExitCode {
        throw error
    } catch {
        Terminal.error("\(error)")
        throw ExitCode(1)
    }
}
