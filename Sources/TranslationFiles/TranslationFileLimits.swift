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
        guard let data = BoundedFile.read(path, limit: maximumBytes, check: .translationFile, log: &log) else { return nil }
        if let invalid = UTF8Check.firstInvalidByte(in: data) {
            log.error(.translationFile, "the file is not valid UTF-8", at: SourceLocation(file: path, line: invalid.line, column: invalid.column))
            return nil
        }
        return [UInt8](data)
    }
}
