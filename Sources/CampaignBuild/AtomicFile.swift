import Foundation

/// Writes files so that a reader sees the old content or the new, never a half-written file:
/// the bytes go to a temporary file in the same folder, which is then renamed over the target.
public enum AtomicFile {
    public static func write(_ data: Data, to url: URL) throws {
        try write(to: url) { try data.write(to: $0) }
    }

    /// Lets `fill` write the file at a temporary path in the target's folder, then renames it
    /// over the target; a failure removes the temporary file and leaves the target as it was.
    public static func write(to url: URL, using fill: (URL) throws -> Void) throws {
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(UUID().uuidString)\(temporarySuffix)")
        do {
            try fill(temporary)
            if rename(temporary.path, url.path) != 0 {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: url.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private static let temporarySuffix = ".tmp"

    /// Whether a file name is one of this type's temporary files (`.report.json.<UUID>.tmp`),
    /// which only a killed process leaves behind.
    static func isTemporary(_ name: String) -> Bool {
        name.hasPrefix(".") && name.hasSuffix(temporarySuffix) && name.count > 36 + temporarySuffix.count
    }

    /// Writes `data` unless the file already holds exactly it; says whether it wrote. An
    /// unchanged file keeps its time, so tools watching the folder see only real changes.
    @discardableResult
    public static func writeIfChanged(_ data: Data, to url: URL) throws -> Bool {
        if let existing = FileManager.default.contents(atPath: url.path), existing == data { return false }
        try write(data, to: url)
        return true
    }
}
