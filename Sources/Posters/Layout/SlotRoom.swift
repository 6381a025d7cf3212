import TextLayout

/// The room a text slot gives its words, measured with the locale's fonts: about how many
/// characters fit on a line and how many lines fit, at the largest and the smallest size the
/// slot allows, and whether the current text fits. Translators see it in their files.
public struct SlotRoom: Hashable, Sendable {
    /// The room at one size.
    public struct AtSize: Hashable, Sendable {
        public let size: Double
        public let charactersPerLine: Int
        public let lines: Int

        /// The most characters the slot holds at this size.
        public var characters: Int { charactersPerLine * lines }
    }

    public let largest: AtSize
    public let smallest: AtSize
    /// The size the current text is set at, or `nil` when it overflows even at the smallest.
    public let currentSize: Double?
}

extension PosterLayout {
    /// The room of `slot` for the text it shows in this locale; `nil` when the slot has no text
    /// to measure or cannot be set at the audience's size.
    ///
    /// Characters per line come from the text's own average advance (its width set on one line,
    /// divided by its characters), so a Chinese or Arabic text gets its own count; lines from
    /// the box's height and the slot's line height.
    public func room(of slot: TextSlot, engine: TextLayoutEngine) throws(TextLayoutError) -> SlotRoom? {
        guard let setting = setting(of: slot), !setting.text.isEmpty else { return nil }
        let characters = setting.text.filter { $0 != "\n" }.count
        func atSize(_ size: Double) throws(TextLayoutError) -> SlotRoom.AtSize {
            let unwrapped = try engine.layout(setting.text, style: setting.style, size: size, width: Self.unlimitedWidth)
            let advance = unwrapped.lines.map(\.width).reduce(0, +) / Double(max(characters, 1))
            let perLine = advance > 0 ? Int((setting.room.width / advance).rounded(.down)) : 0
            var lines = Int((setting.room.height / (size * setting.style.lineHeight)).rounded(.down))
            if let maximum = setting.room.maximumLines { lines = min(lines, maximum) }
            return SlotRoom.AtSize(size: size, charactersPerLine: perLine, lines: max(lines, 0))
        }
        let current: Double? = switch try engine.fit(setting.text, style: setting.style, in: setting.room) {
        case .fits(let block): block.size
        case .overflows: nil
        }
        return SlotRoom(
            largest: try atSize(setting.room.maximumSize), smallest: try atSize(setting.room.minimumSize), currentSize: current)
    }

    /// A width no line reaches, in points, for setting a text on one line.
    private static let unlimitedWidth = 50_000.0
}
