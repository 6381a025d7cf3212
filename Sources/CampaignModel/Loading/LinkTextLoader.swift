import Diagnostics
import Foundation
import Yams

/// Reads `Assets/link-text.yaml`: per language, the link texts that say nothing about where a
/// link leads ("click here", "hier klicken"), which a newsletter may not use. A project without
/// the file has no such list.
struct LinkTextLoader {
    let path: String

    func load(log: inout DiagnosticLog) -> [String: [String]] {
        guard FileManager.default.fileExists(atPath: path) else { return [:] }
        guard let file = YAMLFile.load(path, log: &log) else { return [:] }
        let reader = NodeReader(file: path, check: .linkTexts)
        guard let root = reader.mapping(file.root, "the link text file", log: &log) else { return [:] }
        root.rejectUnknownKeys(["vague"], log: &log)
        guard let languages = root.mapping("vague", log: &log) else { return [:] }
        var result: [String: [String]] = [:]
        for entry in languages.entries {
            do {
                _ = try LanguageTag(parsing: entry.key)
            } catch {
                log.error(.linkTexts, error.message, at: reader.location(entry.keyNode))
                continue
            }
            guard let items = reader.sequence(entry.value, "the link texts of '\(entry.key)'", log: &log) else { continue }
            result[entry.key] = items.compactMap { reader.string($0, "a link text", log: &log) }
        }
        return result
    }
}
