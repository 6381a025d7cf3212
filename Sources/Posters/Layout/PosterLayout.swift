import CampaignModel
import Diagnostics
import TextLayout

/// The layout step for posters: sets every visible text slot of a template in the locale's
/// words, at the largest size that fits its box.
public struct PosterLayout {
    public let template: Template
    public let content: PosterContent
    /// `burglary-focus-day/de-AT/poster-a3`, how diagnostics name the poster.
    public let artifact: String
    /// The smallest size the campaign's audience reads on this format (seniors: 12 pt on paper).
    public let audienceMinimum: Double?

    public init(template: Template, content: PosterContent, format: OutputFormat) {
        self.template = template
        self.content = content
        self.artifact = "\(content.campaign.id)/\(content.locale)/\(format.rawValue)"
        self.audienceMinimum = content.campaign.audience.minimumTextSize(on: format)
    }

    /// Lays out every slot; overflows and missing glyphs are logged as errors.
    public func run(engine: TextLayoutEngine, log: inout DiagnosticLog) -> LaidOutPoster {
        var seen: [String: Int] = [:]
        var slots: [LaidOutSlot] = []
        for slot in template.textSlots where isVisible(slot) {
            if let line = seen[slot.name] {
                log.error(
                    "\(artifact): slot '\(slot.name)' is shown twice (also at line \(line)); give one of them a condition",
                    at: template.location(line: slot.line))
                continue
            }
            seen[slot.name] = slot.line
            if let laidOut = layOut(slot, engine: engine, log: &log) { slots.append(laidOut) }
        }
        reportBrokenHierarchy(slots, log: &log)
        return LaidOutPoster(artifact: artifact, slots: slots)
    }

    /// Whether the slot shows in this poster's locale, member state and writing direction.
    public func isVisible(_ slot: TextSlot) -> Bool {
        slot.visibility.isVisible(
            state: content.locale.region, language: content.locale.language.description,
            direction: content.direction.rawValue)
    }

    /// How a slot is set in this poster: its text, style and room, in points.
    struct Setting {
        let text: String
        let families: [String]
        let style: TextStyle
        let room: FitConstraints
        let unitsPerPoint: Double
    }

    /// The slot's setting; `nil` when the audience's smallest size is above what the slot allows.
    func setting(of slot: TextSlot) -> Setting? {
        let resolved = ResolvedSlotText(slot.text, content: content)
        let families = FontChoice.families(primary: fontFamily(slot.font), language: content.locale.language)
        let style = TextStyle(
            families: families, weight: slot.weight, language: resolved.language,
            direction: resolved.direction, lineHeight: slot.lineHeight, hyphenation: slot.hyphenation,
            breaksAtPhrases: slot.font == .headline || slot.balanced, alignment: alignment(of: slot))
        let unitsPerPoint = template.page.unitsPerPoint / slot.scale
        let minimum = max(slot.sizes.lowerBound, audienceMinimum ?? 0)
        guard minimum <= slot.sizes.upperBound else { return nil }
        let room = FitConstraints(
            width: slot.box.width / unitsPerPoint, height: slot.box.height / unitsPerPoint,
            minimumSize: minimum, maximumSize: slot.sizes.upperBound, maximumLines: slot.maximumLines,
            balanced: slot.balanced)
        return Setting(text: resolved.text, families: families, style: style, room: room, unitsPerPoint: unitsPerPoint)
    }

    private func layOut(_ slot: TextSlot, engine: TextLayoutEngine, log: inout DiagnosticLog) -> LaidOutSlot? {
        let location = slot.text.references.compactMap(content.location(of:)).first ?? template.location(line: slot.line)
        guard let setting = setting(of: slot) else {
            let minimum = max(slot.sizes.lowerBound, audienceMinimum ?? 0)
            log.error(
                "\(artifact): slot '\(slot.name)' is set at most \(Self.format(slot.sizes.upperBound)) pt, below the "
                    + "\(Self.format(minimum)) pt the campaign's \(content.campaign.audience.rawValue) need",
                at: template.location(line: slot.line))
            return nil
        }
        let (text, families, style, room, unitsPerPoint) = (setting.text, setting.families, setting.style, setting.room, setting.unitsPerPoint)
        let minimum = room.minimumSize
        let block: TextBlock
        do {
            switch try engine.fit(text, style: style, in: room) {
            case .fits(let fitted):
                block = fitted
            case let .overflows(_, overflow):
                let millimetres = template.page.millimetres(overflow.amount * template.page.unitsPerPoint)
                let whose = minimum > slot.sizes.lowerBound ? " (the smallest the campaign's \(content.campaign.audience.rawValue) read)" : ""
                log.error(
                    "\(artifact): slot '\(slot.name)' overflows by \(Self.format(millimetres)) mm at the minimum size "
                        + "\(Self.format(minimum)) pt\(whose) (\(overflow.reason.rawValue))",
                    at: location)
                return nil
            }
        } catch {
            log.error("\(artifact): slot '\(slot.name)': \(error) in \(content.locale)", at: location)
            return nil
        }
        return LaidOutSlot(
            slot: slot, text: text, size: block.size, sizeInUnits: block.size * unitsPerPoint, families: families,
            weight: slot.weight, fill: color(slot.fill), lines: place(block, in: slot, unitsPerPoint: unitsPerPoint),
            unitsPerPoint: unitsPerPoint, fillRatio: block.height * unitsPerPoint / slot.box.height)
    }

    /// Warns where copy-fit set a slot visibly smaller (by more than `hierarchyTolerance`) than
    /// one the template ranks below it (a subheadline under its tips): the reader's eye then
    /// lands in the wrong place.
    private func reportBrokenHierarchy(_ slots: [LaidOutSlot], log: inout DiagnosticLog) {
        for upper in slots {
            guard let rank = upper.slot.rank else { continue }
            let larger = slots.filter { ($0.slot.rank ?? 0) > rank && $0.size > upper.size * (1 + Self.hierarchyTolerance) }
            guard let largest = larger.max(by: { $0.size < $1.size }) else { continue }
            let location = upper.slot.text.references.compactMap(content.location(of:)).first
                ?? template.location(line: upper.slot.line)
            log.warning(
                "\(artifact): slot '\(upper.slot.name)' is set at \(Self.format(upper.size)) pt, smaller than "
                    + "'\(largest.slot.name)' (\(Self.format(largest.size)) pt), which the template ranks below it; "
                    + "shorten '\(upper.slot.name)' so it can be set larger",
                at: location)
        }
    }

    /// How much larger a lower-ranked slot may be set before the hierarchy counts as broken: a
    /// tenth, about what a reader sees at a glance.
    static let hierarchyTolerance = 0.1

    /// Where the slot's lines sit: start and end are the locale's, whatever the direction of
    /// the text (an English fallback in an Arabic poster stays right-aligned).
    private func alignment(of slot: TextSlot) -> TextStyle.Alignment {
        switch (slot.alignment, content.direction == .rightToLeft) {
        case (.center, _): .center
        case (.start, false), (.end, true): .left
        case (.start, true), (.end, false): .right
        }
    }

    /// Puts the block's lines in the box by the slot's alignments, as the layout spaced them.
    private func place(_ block: TextBlock, in slot: TextSlot, unitsPerPoint: Double) -> [PlacedLine] {
        let box = slot.box
        let slack = box.height - block.height * unitsPerPoint
        let top = switch slot.verticalAlignment {
        case .top: box.y
        case .middle: box.y + slack / 2
        case .bottom: box.y + slack
        }
        let alignment = alignment(of: slot)
        return block.lines.map { line in
            PlacedLine(
                text: line.text.trimmingCharacters(in: .whitespacesAndNewlines),
                x: box.x + line.origin(aligned: alignment, in: box.width / unitsPerPoint) * unitsPerPoint,
                baseline: top + line.baseline * unitsPerPoint, width: line.width * unitsPerPoint, glyphs: line.glyphs,
                isHyphenated: line.isHyphenated)
        }
    }

    private func fontFamily(_ role: TextSlot.FontRole) -> String {
        switch role {
        case .headline: content.campaign.theme.fonts.headline
        case .body: content.campaign.theme.fonts.body
        }
    }

    private func color(_ paint: Paint) -> String {
        switch paint {
        case .fixed(let hex): return hex
        case .theme(let role):
            let colors = content.campaign.theme.colors
            let color = switch role {
            case "primary": colors.primary
            case "accent": colors.accent
            case "background": colors.background
            default: colors.text
            }
            return color.description
        }
    }

    /// One decimal, as people read sizes and distances.
    static func format(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
