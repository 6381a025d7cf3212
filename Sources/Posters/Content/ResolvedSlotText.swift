import Foundation
import Localization
import TextLayout

/// A slot's text as a poster sets it: its references filled in, each isolated in its own
/// direction where right-to-left text is involved, and the direction of the paragraph, which
/// is that of the language the text is actually in.
///
/// An English fallback in an Arabic poster is an English paragraph (its full stop at its end,
/// on the right), while the poster's layout (alignment, mirrored art) stays Arabic; the English
/// label in `{key-date-label} · {key-date}` does not split the Arabic date; `116 006` never
/// reads `006 116`.
public struct ResolvedSlotText: Hashable, Sendable {
    public let text: String
    public let direction: TextStyle.Direction

    init(_ slotText: SlotText, content: PosterContent) {
        let locale: BidiIsolation.Direction = content.direction == .rightToLeft ? .rightToLeft : .leftToRight
        let references = slotText.references
        let messages = references.filter { content.strings.message($0) != nil }
        let paragraph: BidiIsolation.Direction =
            !messages.isEmpty && messages.allSatisfy({ content.direction(of: $0) == .leftToRight }) ? .leftToRight : locale
        let values = Dictionary(references.map { ($0, content.value($0) ?? "") }, uniquingKeysWith: { first, _ in first })
        let involvesRightToLeft = locale == .rightToLeft || values.values.contains(where: BidiIsolation.containsRightToLeft)
        let alone = slotText.parts.count == 1
        text = slotText.resolved { name in
            let value = values[name] ?? ""
            let direction = content.direction(of: name)
            guard involvesRightToLeft, !alone || (direction != nil && direction != paragraph) else { return value }
            return BidiIsolation.isolate(value, as: direction)
        }.trimmingCharacters(in: .whitespacesAndNewlines)
        direction = paragraph == .rightToLeft ? .rightToLeft : .leftToRight
    }
}
