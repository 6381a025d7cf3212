import Diagnostics

/// A reader of one kind of translation file. Reading from disk is the same for every kind: the
/// file is held to the size and UTF-8 bounds before its bytes reach the reader.
public protocol TranslationFileReader {
    /// The file, for diagnostics.
    var path: String { get }
    init(path: String)

    /// Reads a file's bytes, already within the bounds; `nil` after logging why not.
    func read(_ bytes: [UInt8], log: inout DiagnosticLog) -> ImportedDocument?
}

extension TranslationFileReader {
    /// Reads the file at `path`.
    public func read(log: inout DiagnosticLog) -> ImportedDocument? {
        guard let bytes = TranslationFileLimits.read(path, log: &log) else { return nil }
        return read(bytes, log: &log)
    }
}
