import Foundation
import Localization
import TextLayout

/// A slot's text as a poster sets it: its references filled in, each isolated in its own
/// direction where right-to-left text is involved, and the language the text is actually in,
/// which gives the paragraph its direction and the words their hyphenation patterns.
///
/// An English fallback in an Arabic poster is an English paragraph (its full stop at its end,
/// on the right), while the poster's layout (alignment, mirrored art) stays Arabic; the English
/// label in `{key-date-label} · {key-date}` does not split the Arabic date; `116 006` never
/// reads `006 116`.
public struct ResolvedSlotText: Hashable, Sendable {
    public let text: String
    /// The locale's tag, or `en` when every message the slot shows falls back to English.
    public let language: String
    public let direction: TextStyle.Direction

    init(_ slotText: DataText, content: PosterContent) {
        let locale: BidiIsolation.Direction = content.direction == .rightToLeft ? .rightToLeft : .leftToRight
        let references = slotText.references
        let messages = references.filter { content.strings.message($0) != nil }
        let inEnglish = !messages.isEmpty && messages.allSatisfy { content.strings.message($0)?.isFallback == true }
        let paragraph: BidiIsolation.Direction = inEnglish ? .leftToRight : locale
        let values = Dictionary(references.map { ($0, content.value($0) ?? "") }, uniquingKeysWith: { first, _ in first })
        let involvesRightToLeft = locale == .rightToLeft || values.values.contains(where: BidiIsolation.containsRightToLeft)
        let alone = slotText.parts.count == 1
        text = slotText.resolved { name in
            let value = values[name] ?? ""
            let direction = content.direction(of: name)
            guard involvesRightToLeft, !alone || (direction != nil && direction != paragraph) else { return value }
            return BidiIsolation.isolate(value, as: direction)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        language = inEnglish ? "en" : content.locale.description
        direction = paragraph == .rightToLeft ? .rightToLeft : .leftToRight
    }
}
