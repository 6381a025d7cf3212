import CampaignModel
import Diagnostics
import Posters
import TextLayout
import TranslationFiles

/// Where each message of a campaign appears in one locale's drawn formats, with the room the
/// layout measures there: the translator's notes and the status's overflow count.
struct MessagePlacementFinder {
    let campaign: Campaign
    let locale: LocaleTag
    let state: MemberState
    /// The checked templates by path, and how a format finds its own.
    let templates: [String: Template]
    let templatePath: (Campaign, OutputFormat) -> String

    func measure(engine: TextLayoutEngine) throws(TextLayoutError) -> [String: [MessagePlacement]] {
        let content = PosterContent(campaign: campaign, locale: locale, state: state)
        let ids = Set(campaign.messages.map(\.id))
        var placements: [String: [MessagePlacement]] = [:]
        for format in campaign.formats where format.isDrawn {
            guard let template = templates[templatePath(campaign, format)] else { continue }
            let layout = PosterLayout(template: template, content: content, format: format)
            for slot in template.textSlots where layout.isVisible(slot) {
                let shown = slot.text.references.filter(ids.contains)
                guard !shown.isEmpty, let room = try layout.room(of: slot, engine: engine) else { continue }
                for id in shown {
                    let others = slot.text.references.filter { $0 != id }
                    let shared = others.isEmpty ? "" : " (shared with \(others.map { "{\($0)}" }.joined(separator: " ")))"
                    placements[id, default: []].append(
                        MessagePlacement(
                            place: "\(format.rawValue): slot '\(slot.name)'\(shared) of \(template.path)",
                            room: Self.describe(room), maximumCharacters: room.smallest.characters,
                            overflows: room.currentSize == nil))
                }
            }
        }
        return placements
    }

    /// "fits about 38 characters per line on 2 lines at 96 pt (the largest size), …"
    static func describe(_ room: SlotRoom) -> String {
        func at(_ size: SlotRoom.AtSize, _ which: String) -> String {
            "about \(size.charactersPerLine) characters per line on \(size.lines) line\(size.lines == 1 ? "" : "s") at \(points(size.size)) (\(which))"
        }
        var text = "fits " + at(room.largest, "the largest size")
        if room.smallest.size < room.largest.size {
            text += ", " + at(room.smallest, "the smallest")
        }
        if let current = room.currentSize {
            text += "; the current text is set at \(points(current))"
        } else {
            text += "; the current text overflows even at \(points(room.smallest.size))"
        }
        return text
    }

    private static func points(_ size: Double) -> String {
        size.oneDecimal + " pt"
    }
}
