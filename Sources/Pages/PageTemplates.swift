import Diagnostics
import Foundation
import Mustache

/// The templates of the HTML pages a build writes for people to read (the contact sheet, the
/// translation status and each campaign's schedule timeline), read once from `Assets/pages/`.
///
/// The pages share one skeleton (`page.mustache`: doctype, head, title, the stylesheet) and one
/// stylesheet (`pages.css`), which is inlined into each page so that every page is a single
/// file that works from `file://` and needs no other host. Any other `.mustache` file in the
/// folder is a partial the pages may include (`finding.mustache`). Each page type builds its
/// values as plain structs and renders them here; Mustache escapes every `{{value}}`.
public struct PageTemplates: Sendable {
    /// A page a build writes, named as its template (`contact-sheet.mustache`).
    public enum Page: String, CaseIterable, Sendable {
        case contactSheet = "contact-sheet"
        case stringsStatus = "strings-status"
        case timeline
    }

    /// Every file's text by file name: what the pages are made from, for the build's cache keys.
    public let sources: [String: String]
    private let library: MustacheLibrary

    /// The files there must be: the skeleton every page inherits, the stylesheet it inlines (as a
    /// partial) and each page's own template.
    static var requiredFiles: [String] { ["page.mustache", "pages.css"] + Page.allCases.map { $0.rawValue + ".mustache" } }

    /// Reads every template in `folder`, or logs, at the file and the place in it, why one
    /// cannot be read or is not a valid Mustache template.
    public static func load(folder: String, log: inout DiagnosticLog) -> PageTemplates? {
        let partials = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }
        let names = Set(requiredFiles + partials).sorted()
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for name in names {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                log.error(.pageTemplate, "cannot read the page template", at: SourceLocation(file: path))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            do {
                // The stylesheet too is read as a template, with no tags, so that the skeleton
                // can include it as a partial.
                library.register(try MustacheTemplate(string: text), named: name.replacingOccurrences(of: ".mustache", with: ""))
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                log.error(
                    .pageTemplate, "not a valid Mustache template: \(explanation(of: error.error))",
                    at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                log.error(.pageTemplate, "not a valid Mustache template: \(error)", at: SourceLocation(file: path))
            }
        }
        guard sources.count == names.count else { return nil }
        return PageTemplates(sources: sources, library: library)
    }

    /// What swift-mustache's parser found, in words.
    private static func explanation(of error: any Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect: "this tag closes a section that is not the one open"
        case .expectedSectionEnd: "a section is still open at the end of the file"
        case .unfinishedName: "a tag is not closed, or its name is not valid"
        case .illegalTokenInsideInheritSection, .textInsideInheritSection:
            "inside {{<page}} ... {{/page}} there may only be blocks ({{$name}} ... {{/name}})"
        default: "\(error)"
        }
    }

    /// The page's HTML, from `values`: a struct (or dictionary) whose stored properties the
    /// template names.
    public func render(_ page: Page, _ values: Any) -> String {
        // `load` returns templates only when every page's is there.
        let html = library.render(values, withTemplate: page.rawValue)!
        // HTML allows no control characters but whitespace; a translation or a name may hold
        // one, which Mustache's escaping keeps.
        return String(String.UnicodeScalarView(html.unicodeScalars.filter { $0.value >= 0x20 || "\n\t\r".unicodeScalars.contains($0) }))
    }
}

extension CheckID {
    /// A template of the build's HTML pages in `Assets/pages/`.
    public static let pageTemplate: CheckID = "page-template"
}
