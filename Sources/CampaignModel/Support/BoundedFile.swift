import Diagnostics
import Foundation

/// Reads an input file no larger than a limit. Specs, templates and translation files come
/// from many hands (and translation files from outside contractors): a runaway or hostile file
/// must fail at once, with one message saying the size and the limit, not fill the memory.
public enum BoundedFile {
    /// The file's bytes; `nil`, with the reason logged under `check`, when it is missing,
    /// unreadable or larger than `limit` bytes. The size is judged before reading, and again
    /// after, for a file that grows while it is read.
    public static func read(_ path: String, limit: Int, check: CheckID, log: inout DiagnosticLog) -> Data? {
        let start = SourceLocation(file: path)
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size > limit {
            log.error(check, tooLarge(size, limit: limit), at: start)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(check, "cannot read the file", at: start)
            return nil
        }
        guard data.count <= limit else {
            log.error(check, tooLarge(data.count, limit: limit), at: start)
            return nil
        }
        return data
    }

    /// `the file is 11718 KiB; the limit is 4096 KiB`
    static func tooLarge(_ size: Int, limit: Int) -> String {
        "the file is \(size / 1024) KiB; the limit is \(limit / 1024) KiB"
    }
}
