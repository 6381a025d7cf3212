import CampaignModel
import Diagnostics
import TextLayout

/// The layout step for posters: sets every visible text slot of a template in the locale's
/// words, at the largest size that fits its box.
public struct PosterLayout: Sendable {
    public let template: Template
    public let content: PosterContent
    /// The poster as findings name it: `burglary-focus-day/de-AT/poster-a3`.
    public let subject: Subject
    /// The smallest size the campaign's audience reads on this format (seniors: 12 pt on paper).
    public let audienceMinimum: Double?

    public init(template: Template, content: PosterContent, format: OutputFormat) {
        self.template = template
        self.content = content
        self.subject = .output(campaign: content.campaign.id, locale: content.locale.description, format: format.rawValue)
        self.audienceMinimum = content.campaign.audience.minimumTextSize(on: format)
    }

    /// Lays out every slot; a slot that cannot be set is left out and recorded as a problem
    /// (the checks' layout rules turn problems into findings).
    public func layOut(engine: TextLayoutEngine) -> LaidOutPoster {
        var seen: [String: Int] = [:]
        var slots: [LaidOutSlot] = []
        var problems: [LayoutProblem] = []
        for slot in template.textSlots where isVisible(slot) {
            if let line = seen[slot.name] {
                problems.append(.shownTwice(slot, firstLine: line))
                continue
            }
            seen[slot.name] = slot.line
            switch layOut(slot, engine: engine) {
            case .success(let laidOut): slots.append(laidOut)
            case .failure(let problem): problems.append(problem)
            }
        }
        return LaidOutPoster(subject: subject, slots: slots, problems: problems)
    }

    /// Where a finding about the slot points: the first message it shows, or its line in the template.
    public func location(of slot: TextSlot) -> SourceLocation {
        slot.text.references.compactMap(content.location(of:)).first ?? template.location(line: slot.line)
    }

    /// Whether the slot shows in this poster's locale, member state and writing direction.
    public func isVisible(_ slot: TextSlot) -> Bool {
        slot.visibility.isVisible(
            state: content.locale.state, language: content.locale.language.description,
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

    private func layOut(_ slot: TextSlot, engine: TextLayoutEngine) -> Result<LaidOutSlot, LayoutProblem> {
        let location = location(of: slot)
        guard let setting = setting(of: slot) else {
            return .failure(.belowAudienceMinimum(slot, minimum: max(slot.sizes.lowerBound, audienceMinimum ?? 0)))
        }
        let (text, families, style, room, unitsPerPoint) = (setting.text, setting.families, setting.style, setting.room, setting.unitsPerPoint)
        let minimum = room.minimumSize
        let block: TextBlock
        do {
            switch try engine.fit(text, style: style, in: room) {
            case .fits(let fitted):
                block = fitted
            case let .overflows(_, overflow):
                return .failure(.overflows(
                    slot, millimetres: template.page.millimetres(overflow.amount * template.page.unitsPerPoint), minimum: minimum,
                    audienceBound: minimum > slot.sizes.lowerBound, reason: overflow.reason.rawValue, at: location))
            }
        } catch {
            return .failure(.cannotBeSet(slot, reason: "\(error)", at: location))
        }
        return .success(LaidOutSlot(
            slot: slot, text: text, size: block.size, sizeInUnits: block.size * unitsPerPoint, families: families,
            weight: slot.weight, fill: color(slot.fill), lines: place(block, in: slot, unitsPerPoint: unitsPerPoint),
            unitsPerPoint: unitsPerPoint, fillRatio: block.height * unitsPerPoint / slot.box.height))
    }

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
}
