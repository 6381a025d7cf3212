/// The room a text must fit in, in points, and the sizes and line count it may use.
public struct FitConstraints: Hashable, Sendable {
    public var width: Double
    public var height: Double
    public var minimumSize: Double
    public var maximumSize: Double
    public var maximumLines: Int?
    /// Even out the lines (as CSS `text-wrap: balance` does): after choosing the size, wrap at the
    /// narrowest width that keeps the same number of lines, so no line is left nearly empty.
    public var balanced: Bool

    public init(
        width: Double, height: Double, minimumSize: Double, maximumSize: Double, maximumLines: Int? = nil,
        balanced: Bool = false
    ) {
        self.width = width
        self.height = height
        self.minimumSize = minimumSize
        self.maximumSize = maximumSize
        self.maximumLines = maximumLines
        self.balanced = balanced
    }
}

/// What copy-fit found: the text set at the largest size that fits, or the overflow that
/// remains at the smallest size allowed.
public enum FitOutcome: Hashable, Sendable {
    case fits(TextBlock)
    case overflows(TextBlock, by: Overflow)
}

/// How far a block sticks out of its room, in points.
public struct Overflow: Hashable, Sendable {
    /// The largest excess: below the box, beyond its side, or the height of the lines past the limit.
    public let amount: Double
    public let reason: Reason

    public enum Reason: String, Hashable, Sendable {
        case height = "too tall"
        case width = "a word wider than the box"
        case lines = "too many lines"
    }
}

extension TextLayoutEngine {
    /// Sizes within this distance (in points) count as the same when searching for the largest fit.
    static let sizePrecision = 0.1

    /// Copy-fit: the largest size between the bounds at which `text` fits the box in width,
    /// height and line count, found by bisection (a text's extent grows with its size, give or
    /// take where lines break).
    ///
    /// A text with automatic hyphenation is hyphenated only where that sets it at least
    /// `hyphenationGain` larger than it could be set whole (or lets it fit at all); a balanced
    /// text whose last line would be one short word keeps its last two words together, when
    /// that costs no more than a tenth of its size.
    public func fit(_ text: String, style: TextStyle, in room: FitConstraints) throws(TextLayoutError) -> FitOutcome {
        var paragraph = Paragraph(text, language: style.language)
        let whole = try fit(paragraph, style: style, in: room)
        guard style.hyphenation == .auto, let target = Self.hyphenationTarget(whole, in: room),
            hyphenation.hasPatterns(for: style.language),
            try couldFit(paragraph, style: style, at: target, in: room),
            let dictionary = hyphenation.dictionary(for: style.language)
        else { return whole }
        let hyphenated = HyphenatedText(paragraph.text, dictionary: dictionary)
        guard !hyphenated.isEmpty else { return whole }
        paragraph.hyphenated = hyphenated
        var larger = room
        larger.minimumSize = target
        let withHyphens = try fit(paragraph, style: style, in: larger)
        return Self.isBetter(withHyphens, than: whole) ? withHyphens : whole
    }

    /// How much larger hyphens must set a text to be worth their cost to the reader: a
    /// twenty-fifth, about the smallest size step a reader notices.
    static let hyphenationGain = 0.04

    /// The size hyphenation must reach to be worth it, or `nil` when even the largest size
    /// allowed would not be worth it. A text that fits at no size whole is worth any size.
    private static func hyphenationTarget(_ whole: FitOutcome, in room: FitConstraints) -> Double? {
        guard case .fits(let block) = whole else { return room.minimumSize }
        let target = (block.size * (1 + hyphenationGain) / sizePrecision).rounded(.up) * sizePrecision
        return target <= room.maximumSize ? target : nil
    }

    private func fit(_ paragraph: Paragraph, style: TextStyle, in room: FitConstraints) throws(TextLayoutError) -> FitOutcome {
        let outcome = try largestFit(paragraph, style: style, in: room)
        guard room.balanced, case .fits(let block) = outcome, block.lines.count > 1 else { return outcome }
        let balanced = try balance(block, paragraph: paragraph, style: style, in: room)
        guard Self.endsWithOneWord(balanced) else { return .fits(balanced) }
        var together = paragraph
        together.keepsLastWords = true
        guard case .fits(let kept) = try largestFit(together, style: style, in: room), kept.size >= balanced.size * 0.9,
            !Self.endsWithOneWord(kept)
        else { return .fits(balanced) }
        return .fits(try balance(kept, paragraph: together, style: style, in: room))
    }

    private func largestFit(_ paragraph: Paragraph, style: TextStyle, in room: FitConstraints) throws(TextLayoutError) -> FitOutcome {
        let largest = try layout(paragraph, style: style, size: room.maximumSize, width: room.width)
        if Self.overflow(of: largest, in: room) == nil { return .fits(largest) }
        let smallest = try layout(paragraph, style: style, size: room.minimumSize, width: room.width)
        if let overflow = Self.overflow(of: smallest, in: room) { return .overflows(smallest, by: overflow) }

        var fitting = (size: room.minimumSize, block: smallest)
        var tooLarge = room.maximumSize
        while tooLarge - fitting.size > Self.sizePrecision {
            let size = ((fitting.size + tooLarge) / 2 / Self.sizePrecision).rounded(.down) * Self.sizePrecision
            guard size > fitting.size else { break }
            let block = try layout(paragraph, style: style, size: size, width: room.width)
            if Self.overflow(of: block, in: room) == nil {
                fitting = (size, block)
            } else {
                tooLarge = size
            }
        }
        return .fits(fitting.block)
    }

    /// The block re-wrapped at the narrowest width (to a tenth of a point) that keeps its line count.
    private func balance(
        _ block: TextBlock, paragraph: Paragraph, style: TextStyle, in room: FitConstraints
    ) throws(TextLayoutError) -> TextBlock {
        var best = block
        var wide = block.width, narrow = block.width / Double(block.lines.count)
        while wide - narrow > Self.sizePrecision {
            let width = (wide + narrow) / 2
            let candidate = try layout(paragraph, style: style, size: block.size, width: width)
            if candidate.lines.count == block.lines.count, Self.overflow(of: candidate, in: room) == nil {
                best = candidate
                wide = width
            } else {
                narrow = width
            }
        }
        return best
    }

    /// Whether hyphenation could set the text at `size`: it could not if, hyphenated at every
    /// point the typographers' minimums allow (a superset of any dictionary's) and with no limit
    /// on hyphenated lines in a row, it does not fit there. Then the language's patterns need
    /// not even be loaded (German's take two seconds).
    private func couldFit(
        _ paragraph: Paragraph, style: TextStyle, at size: Double, in room: FitConstraints
    ) throws(TextLayoutError) -> Bool {
        var best = paragraph
        best.hyphenated = HyphenatedText.everywhere(paragraph.text)
        best.limitsHyphenatedLines = false
        guard best.hyphenated?.isEmpty == false else { return false }
        return Self.overflow(of: try layout(best, style: style, size: size, width: room.width), in: room) == nil
    }

    /// Whether `candidate` sets the text better: it fits where the other does not, is larger by
    /// more than the search's precision, or overflows by less.
    private static func isBetter(_ candidate: FitOutcome, than other: FitOutcome) -> Bool {
        switch (candidate, other) {
        case (.fits(let new), .fits(let old)): new.size > old.size + sizePrecision / 2
        case (.fits, .overflows): true
        case (.overflows, .fits): false
        case (.overflows(_, let new), .overflows(_, let old)): new.amount < old.amount
        }
    }

    /// Whether the last of several lines holds a single word of fewer than eight characters.
    private static func endsWithOneWord(_ block: TextBlock) -> Bool {
        guard block.lines.count > 1, let last = block.lines.last else { return false }
        let words = last.text.split(whereSeparator: \.isWhitespace)
        return words.count == 1 && words[0].count < 8 && block.lines.dropLast().contains { $0.text.contains(" ") }
    }

    /// How far `block` exceeds `room`, or `nil` when it fits. Widths get a hair of tolerance for
    /// rounding in Pango units.
    static func overflow(of block: TextBlock, in room: FitConstraints) -> Overflow? {
        var candidates: [Overflow] = []
        if block.height > room.height {
            candidates.append(Overflow(amount: block.height - room.height, reason: .height))
        }
        if block.width > room.width + 0.001 {
            candidates.append(Overflow(amount: block.width - room.width, reason: .width))
        }
        if let limit = room.maximumLines, block.lines.count > limit {
            let kept = block.lines[limit - 1]
            let excess = block.height - (kept.baseline + kept.descent)
            candidates.append(Overflow(amount: max(excess, 0), reason: .lines))
        }
        return candidates.max { $0.amount < $1.amount }
    }
}
