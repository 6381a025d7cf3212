import CampaignModel
import Diagnostics
import Foundation
import Yams

/// The website's own words in each language (`Skip to content`, `Add this day to your
/// calendar`), read from a design's `labels/<tag>.yaml`, one file per BCP 47 language tag. The
/// English file is the source: every other language is looked up by its tag, then by its
/// broader tag (`zh-Hans`, then `zh`), and what it lacks is shown in English.
public struct SiteLabels: Sendable {
    /// The labels by language tag (`de`, `zh-Hans`), each by key.
    let languages: [String: [String: String]]
    /// Every file's text by its name under the design (`labels/de.yaml`), for cache keys.
    let sources: [String: String]

    /// The labels of a language, with the keys it took from English.
    public struct Lookup: Sendable {
        let labels: [String: String]
        /// The keys of the English file the language has no text for, sorted.
        public let missing: [String]

        /// The label `key` (an empty text for a key the English file does not have either).
        public subscript(key: String) -> String { labels[key] ?? "" }
    }

    /// The labels a page in `language` shows.
    public func lookup(_ language: LanguageTag) -> Lookup {
        let english = languages["en"] ?? [:]
        var own: [String: String]?
        var tag: LanguageTag? = language
        while let current = tag, own == nil {
            own = languages[current.description]
            tag = current.broader
        }
        let labels = english.merging(own ?? [:]) { _, translated in translated }
        let missing = language.language == "en" ? [] : english.keys.filter { own?[$0] == nil }.sorted()
        return Lookup(labels: labels, missing: missing)
    }

    /// Reads every `.yaml` file of `folder` as the project reads any YAML (`YAMLFile`: bounded,
    /// UTF-8, no YAML 1.1 coercion, so `NO` stays text); `nil` when the folder, its English file
    /// or a file in it cannot be read.
    static func load(folder: String, log: inout DiagnosticLog) -> SiteLabels? {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else {
            log.error(.siteDesign, "cannot read the site's labels folder", at: SourceLocation(file: folder))
            return nil
        }
        var languages: [String: [String: String]] = [:]
        var sources: [String: String] = [:]
        var failed = false
        for name in names.sorted() where name.hasSuffix(".yaml") {
            let path = folder + "/" + name
            let tag = String(name.dropLast(".yaml".count))
            guard (try? LanguageTag(parsing: tag)) != nil else {
                log.error(.siteDesign, "a labels file is named by a BCP 47 language tag ('de.yaml', 'zh-Hans.yaml'), not '\(name)'", at: SourceLocation(file: path))
                failed = true
                continue
            }
            guard let file = YAMLFile.load(path, log: &log), let labels = Self.labels(file, log: &log) else {
                failed = true
                continue
            }
            languages[tag] = labels
            sources["labels/" + name] = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
        }
        if languages["en"] == nil, !failed {
            log.error(.siteDesign, "the site's labels have no English file (en.yaml), the source of every other language", at: SourceLocation(file: folder))
            failed = true
        }
        return failed ? nil : SiteLabels(languages: languages, sources: sources)
    }

    /// The file's mapping of label names to texts, or `nil` (and why, where) when it is not one.
    private static func labels(_ file: YAMLFile, log: inout DiagnosticLog) -> [String: String]? {
        let at = { (node: Node) in SourceLocation(file: file.path, line: node.mark?.line ?? 1, column: node.mark?.column ?? 1) }
        guard let mapping = file.root.mapping else {
            log.error(.siteDesign, "the labels must be a mapping of names to texts", at: at(file.root))
            return nil
        }
        var labels: [String: String] = [:]
        for (key, value) in mapping {
            guard let name = key.scalar?.string, let text = value.scalar?.string else {
                log.error(.siteDesign, "a label is a name and a text on one line (`help: Help and advice`)", at: at(value))
                return nil
            }
            labels[name] = text
        }
        return labels
    }
}
