import XML

/// What an e-mail newsletter must offer readers who cannot see it: every image described (or
/// marked as decoration), links that say where they lead (WCAG 2.2, 2.4.4), and headings that
/// step down one level at a time, so a screen reader's outline makes sense.
public struct NewsletterAccessibility: Sendable {
    /// A problem, and what it concerns so the caller can point at the right source.
    public struct Finding: Hashable, Sendable {
        public enum Subject: Hashable, Sendable {
            case image, link, heading
        }

        public let subject: Subject
        public let message: String
    }

    /// Link texts that say nothing of their target, lower-cased, in the newsletter's language
    /// and in English.
    public let vagueLinkTexts: Set<String>

    public init(vagueLinkTexts: [String]) {
        self.vagueLinkTexts = Set(vagueLinkTexts.map(Self.normalized))
    }

    public func findings(html: [UInt8]) -> [Finding] {
        guard let root = try? XMLDocument(parsingHTML: html, name: "newsletter.html").root else {
            return [Finding(subject: .heading, message: "the newsletter's HTML cannot be read")]
        }
        var findings: [Finding] = []
        var previousLevel: (level: Int, text: String)?
        for element in root.descendantsAndSelf {
            switch element.name {
            case "img":
                findings += image(element)
            case "a" where element.attribute("href") != nil:
                findings += link(element)
            case "h1", "h2", "h3", "h4", "h5", "h6":
                let level = Int(element.name.dropFirst())!
                let text = Self.normalized(element.textContent)
                if let previous = previousLevel, level > previous.level + 1 {
                    findings.append(Finding(
                        subject: .heading,
                        message: "heading h\(level) '\(text)' follows h\(previous.level) '\(previous.text)'; headings go down one level at a time"))
                } else if previousLevel == nil, level != 1 {
                    findings.append(Finding(subject: .heading, message: "the first heading is h\(level) '\(text)', not h1"))
                }
                previousLevel = (level, text)
            default:
                continue
            }
        }
        return findings
    }

    private func image(_ element: XMLElement) -> [Finding] {
        let source = element.attribute("src") ?? "?"
        guard let alt = element.attribute("alt") else {
            return [Finding(subject: .image, message: "image \(source) has no alt text")]
        }
        let decorative = element.attribute("role") == "presentation" || element.attribute("aria-hidden") == "true"
        if alt.trimmingCharacters(in: .whitespaces).isEmpty, !decorative {
            return [Finding(subject: .image, message: "image \(source) has an empty alt text but is not marked as decoration")]
        }
        return []
    }

    private func link(_ element: XMLElement) -> [Finding] {
        let target = element.attribute("href") ?? ""
        let text = Self.normalized(element.textContent)
        let label = element.attribute("aria-label").map(Self.normalized) ?? ""
        if text.isEmpty, label.isEmpty {
            return [Finding(subject: .link, message: "the link to \(target) has no text")]
        }
        if vagueLinkTexts.contains(text), label.isEmpty || vagueLinkTexts.contains(label) {
            return [Finding(subject: .link, message: "the link text '\(text)' (to \(target)) does not say where it leads")]
        }
        return []
    }

    /// Lower-cased, spaces collapsed, final punctuation and arrows dropped: `Read more →` is
    /// `read more`.
    static func normalized(_ text: String) -> String {
        var words = text.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        while let last = words.last, ".,:;!?…»›→>".contains(last) || last.isWhitespace { words.removeLast() }
        return words
    }
}
