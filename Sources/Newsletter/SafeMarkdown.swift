import Foundation
import Ink
import XML

/// Markdown from translators rendered with Ink for e-mail, treating the text as untrusted:
/// raw HTML is shown as text, links are kept only to http(s) and mailto addresses, pictures are
/// dropped, and every element gets the design's inline style (mail clients ignore style sheets).
public struct SafeMarkdown: Sendable {
    /// Inline CSS per element name (`p`, `ul`, `li`, `a`, `strong`, `h2` ...).
    public let styles: [String: String]

    public init(styles: [String: String]) {
        self.styles = styles
    }

    /// Stands in for `<` while Ink parses, so that Ink never takes text for HTML and parses
    /// everything around it as Markdown; it becomes `&lt;` afterwards.
    private static let lessThan = "\u{E000}"

    /// Stands in for a `[` that does not open a complete link: Ink's search for the end of a
    /// link takes time exponential in the unclosed brackets before it (in a debug build 18 took seconds and 22 more than a minute; see Fuzz/README.md).
    private static let openBracket = "\u{E001}"

    /// The Markdown as e-mail-safe HTML.
    public func html(_ markdown: String) -> String {
        let cleaned = markdown.replacingOccurrences(of: Self.lessThan, with: "").replacingOccurrences(of: Self.openBracket, with: "")
        let guarded = Self.guardingBrackets(cleaned.replacingOccurrences(of: "<", with: Self.lessThan))
        var parser = MarkdownParser()
        parser.addModifier(Modifier(target: .html) { _, markdown in HTMLText.escape(String(markdown)) })
        parser.addModifier(Modifier(target: .images) { _, _ in "" })
        parser.addModifier(Modifier(target: .links) { html, markdown in self.link(html: html, markdown: markdown) })
        return styled(parser.html(from: guarded))
            .replacingOccurrences(of: Self.lessThan, with: "&lt;").replacingOccurrences(of: Self.openBracket, with: "[")
    }

    /// The text with every `[` that does not open a complete `[text](address)` (the address may
    /// hold one level of parentheses) replaced by the stand-in, so Ink only ever sees brackets it
    /// can close at once.
    static func guardingBrackets(_ text: String) -> String {
        let link = /!?\[[^\[\]\n]*\]\((?:[^()\s]|\([^()\s]*\))*\)/
        var result = ""
        var position = text.startIndex
        for match in text.matches(of: link) {
            result += text[position..<match.range.lowerBound].replacingOccurrences(of: "[", with: openBracket)
            result += text[match.range]
            position = match.range.upperBound
        }
        return result + text[position...].replacingOccurrences(of: "[", with: openBracket)
    }

    /// The Markdown as plain text for the text twin: emphasis marks removed, links as
    /// `text (address)`, unsafe links as their text alone.
    public func plainText(_ markdown: String) -> String {
        var text = markdown
        for marker in ["**", "__"] { text = text.replacingOccurrences(of: marker, with: "") }
        let link = /\[([^\]]*)\]\(([^)\s]*)\)/
        text = text.replacing(link) { match in
            let (label, address) = (String(match.output.1), String(match.output.2))
            return Self.isAllowed(address) ? "\(label) (\(address))" : label
        }
        return text.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: "\n")
    }

    /// Only web and mail addresses, with no characters that could end an attribute.
    static func isAllowed(_ address: String) -> Bool {
        let lowered = address.lowercased()
        guard lowered.hasPrefix("https://") || lowered.hasPrefix("http://") || lowered.hasPrefix("mailto:") else { return false }
        return address.unicodeScalars.allSatisfy { $0.isASCII && $0.value > 0x20 && $0.value < 0x7F && !"\"'<>`\\".unicodeScalars.contains($0) }
    }

    private func link(html: String, markdown: Substring) -> String {
        // Ink renders `<a href="URL">TEXT</a>`, the text already escaped.
        guard let open = html.firstIndex(of: ">"), html.hasSuffix("</a>") else { return HTMLText.escape(String(markdown)) }
        let text = String(html[html.index(after: open)..<html.index(html.endIndex, offsetBy: -4)])
        guard let start = markdown.lastIndex(of: "("), markdown.hasSuffix(")") else { return text }
        let address = String(markdown[markdown.index(after: start)..<markdown.index(before: markdown.endIndex)])
        guard Self.isAllowed(address) else { return text }
        return "<a href=\"\(HTMLText.escape(address))\"\(style("a"))>\(text)</a>"
    }

    /// Adds the design's inline style to the opening tags Ink writes (it writes them bare).
    private func styled(_ html: String) -> String {
        var result = html
        for element in styles.keys.sorted() where element != "a" {
            result = result.replacingOccurrences(of: "<\(element)>", with: "<\(element)\(style(element))>")
        }
        return result
    }

    private func style(_ element: String) -> String {
        styles[element].map { " style=\"\(HTMLText.escape($0))\"" } ?? ""
    }
}
