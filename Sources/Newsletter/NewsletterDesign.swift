import CampaignModel
import Diagnostics
import Foundation
import Mustache
import Yams

/// A newsletter design, read from `Assets/newsletter/<design>/`: the Mustache templates of the
/// HTML and the plain-text twin, and the inline styles of the Markdown body's elements.
public struct NewsletterDesign: Sendable {
    /// The design's folder, as the user's paths spell it.
    public let folder: String
    public let html: MustacheTemplate
    public let text: MustacheTemplate
    public let bodyStyles: [String: String]

    /// Reads the design in `folder`, logging what is missing or malformed.
    public static func load(folder: String, log: inout DiagnosticLog) -> NewsletterDesign? {
        let html = template(folder + "/newsletter.html.mustache", log: &log)
        let text = template(folder + "/newsletter.txt.mustache", log: &log)
        let styles = bodyStyles(folder + "/body-styles.yaml", log: &log)
        guard let html, let text, let styles else { return nil }
        return NewsletterDesign(folder: folder, html: html, text: text, bodyStyles: styles)
    }

    private static func template(_ path: String, log: inout DiagnosticLog) -> MustacheTemplate? {
        guard let data = FileManager.default.contents(atPath: path) else {
            log.error(.newsletterDesign, "cannot read the newsletter template", at: SourceLocation(file: path))
            return nil
        }
        do {
            return try MustacheTemplate(string: String(decoding: data, as: UTF8.self))
        } catch {
            log.error(.newsletterDesign, "not a valid Mustache template: \(error)", at: SourceLocation(file: path))
            return nil
        }
    }

    private static func bodyStyles(_ path: String, log: inout DiagnosticLog) -> [String: String]? {
        guard let file = YAMLFile.load(path, log: &log) else { return nil }
        var styles: [String: String] = [:]
        if case .mapping(let mapping) = file.root {
            for (key, value) in mapping {
                guard let element = key.scalar?.string, let css = value.scalar?.string else {
                    styles = [:]
                    break
                }
                styles[element] = css
            }
        }
        guard !styles.isEmpty else {
            log.error(.newsletterDesign, "the body styles must map element names to CSS, e.g. p: \"margin:0\"", at: SourceLocation(file: path))
            return nil
        }
        return styles
    }
}
