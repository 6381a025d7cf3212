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

    /// Reads every `.yaml` file of `folder`; `nil` when the folder, its English file or a file
    /// in it cannot be read.
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
            guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                log.error(.siteDesign, "cannot read the labels as UTF-8 text", at: SourceLocation(file: path))
                failed = true
                continue
            }
            guard (try? LanguageTag(parsing: tag)) != nil else {
                log.error(.siteDesign, "a labels file is named by a BCP 47 language tag ('de.yaml', 'zh-Hans.yaml'), not '\(name)'", at: SourceLocation(file: path))
                failed = true
                continue
            }
            do {
                guard let labels = try Yams.load(yaml: text) as? [String: String] else {
                    log.error(.siteDesign, "the labels must be a mapping of names to texts", at: SourceLocation(file: path, line: 1))
                    failed = true
                    continue
                }
                languages[tag] = labels
                sources["labels/" + name] = text
            } catch let error as YamlError {
                log.error(.siteDesign, "not valid YAML: \(error)", at: Self.location(of: error, in: path))
                failed = true
            } catch {
                log.error(.siteDesign, "not valid YAML: \(error)", at: SourceLocation(file: path))
                failed = true
            }
        }
        if languages["en"] == nil, !failed {
            log.error(.siteDesign, "the site's labels have no English file (en.yaml), the source of every other language", at: SourceLocation(file: folder))
            failed = true
        }
        return failed ? nil : SiteLabels(languages: languages, sources: sources)
    }

    private static func location(of error: YamlError, in path: String) -> SourceLocation {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _):
            SourceLocation(file: path, line: mark.line, column: mark.column)
        default:
            SourceLocation(file: path)
        }
    }
}
