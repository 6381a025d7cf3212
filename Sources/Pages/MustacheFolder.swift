import Diagnostics
import Foundation
import Mustache

/// A folder of Mustache templates read once: every `.mustache` file, and any other file named
/// as required (a stylesheet, read as a template without tags so that a page can include it as a
/// partial), registered under its name without `.mustache`. What cannot be read, or is not
/// valid Mustache, is logged at the file and the place in it under the folder's check.
public struct MustacheFolder: Sendable {
    /// Every file's text by file name: what the pages are made from, for the build's cache keys.
    public let sources: [String: String]
    private let library: MustacheLibrary

    /// Reads the folder; `nil` when a required file or a template cannot be read. `kind` names
    /// the templates in findings (`page template`).
    public static func load(
        folder: String, required: [String], kind: String, check: CheckID, log: inout DiagnosticLog
    ) -> MustacheFolder? {
        let partials = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".mustache") }
        let names = Set(required + partials).sorted()
        var library = MustacheLibrary()
        var sources: [String: String] = [:]
        for name in names {
            let path = folder + "/" + name
            guard let data = FileManager.default.contents(atPath: path) else {
                log.error(check, "cannot read the \(kind)", at: SourceLocation(file: path))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            do {
                library.register(try MustacheTemplate(string: text), named: name.replacingOccurrences(of: ".mustache", with: ""))
                sources[name] = text
            } catch let error as MustacheTemplate.ParserError {
                log.error(
                    check, "not a valid Mustache template: \(explanation(of: error.error))",
                    at: SourceLocation(file: path, line: error.context.lineNumber, column: error.context.columnNumber))
            } catch {
                log.error(check, "not a valid Mustache template: \(error)", at: SourceLocation(file: path))
            }
        }
        guard sources.count == names.count else { return nil }
        return MustacheFolder(sources: sources, library: library)
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

    /// The template `name` (a file name without `.mustache`) rendered from `values`, a struct
    /// or dictionary whose properties the template names; `nil` when the folder has no such
    /// template. Control characters other than whitespace, which HTML does not allow and a
    /// translation may hold, are dropped.
    public func render(_ values: Any, template name: String) -> String? {
        guard let html = library.render(values, withTemplate: name) else { return nil }
        return String(String.UnicodeScalarView(html.unicodeScalars.filter { $0.value >= 0x20 || "\n\t\r".unicodeScalars.contains($0) }))
    }
}
