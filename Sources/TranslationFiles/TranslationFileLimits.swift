import CampaignModel
import Diagnostics
import Foundation

/// The bounds a translation file must keep before it is parsed: files come from outside
/// contractors, and a runaway or hostile file must fail at once, not fill the memory.
enum TranslationFileLimits {
    /// A campaign has tens of messages; 16 MiB is far beyond any real file.
    static let maximumBytes = 16 << 20

    /// The file's bytes, or an error when it is missing, too large or not UTF-8.
    static func read(_ path: String, log: inout DiagnosticLog) -> [UInt8]? {
        let start = SourceLocation(file: path)
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
            let size = attributes[.size] as? Int
        else {
            log.error(.translationFile, "cannot read the file", at: start)
            return nil
        }
        guard size <= maximumBytes else {
            log.error(.translationFile, "the file is \(size >> 20) MiB; a translation file may be at most \(maximumBytes >> 20) MiB", at: start)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(.translationFile, "cannot read the file", at: start)
            return nil
        }
        guard data.count <= maximumBytes else {
            log.error(.translationFile, "the file grew beyond \(maximumBytes >> 20) MiB while it was read", at: start)
            return nil
        }
        if let invalid = UTF8Check.firstInvalidByte(in: data) {
            log.error(.translationFile, "the file is not valid UTF-8", at: SourceLocation(file: path, line: invalid.line, column: invalid.column))
            return nil
        }
        return [UInt8](data)
    }
}
