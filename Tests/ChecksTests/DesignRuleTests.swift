import CampaignModel
import Checks
import Diagnostics
import PosterSamples
import Posters
import TextLayout
import Testing

@Suite struct DesignRuleTests {
    static func findings(_ fixture: String, format: OutputFormat, audience: Audience = .general) throws -> [String] {
        var log = DiagnosticLog()
        let template = try #require(Sample.template(fixture, log: &log))
        CheckRegistry.check(DesignUnderReview(template: template, format: format, audience: audience), into: &log)
        return log.sorted.map { "\($0.location?.line ?? 0): \($0.message)" }
    }

    @Test func textInTheSafeMarginOrTheBleedIsFlagged() throws {
        #expect(try Self.findings("print-card.svg", format: .flyerA5) == [
            "11: slot 'helpline' is 2 mm from the left trim edge; text keeps 5 mm inside the trim, where the cut cannot reach it",
            "12: slot 'footer' reaches 1 mm past the bottom trim edge, into the bleed; text keeps 5 mm inside the trim, where the cut cannot reach it",
        ])
    }

    @Test func aPrintedDesignMustDeclareItsBleed() throws {
        #expect(try Self.findings("card.svg", format: .posterA3) == [
            "4: poster-a3 is printed: declare its bleed with data-bleed=\"3mm\" on the root <svg> and draw the background art 3 mm past the page",
            "11: slot 'helpline' is 4 mm from the bottom trim edge; text keeps 5 mm inside the trim, where the cut cannot reach it",
        ])
    }

    /// On a round sticker the margin is kept from the circle: the helpline's box is 5 mm inside
    /// the page's edges, yet its corners reach past the cut.
    @Test func aRoundStickerKeepsTextInsideTheCircle() throws {
        #expect(try Self.findings("round-card.svg", format: .stickerRound) == [
            "10: slot 'helpline' reaches 1.6 mm past the round cut; text keeps 5 mm inside it, where the cut cannot reach it",
        ])
    }

    @Test func screenFormatsNeedNoBleed() throws {
        #expect(try Self.findings("card.svg", format: .socialSquare).isEmpty)
    }

    /// The card's helpline may be set no larger than 12 pt, its headline up to 30 pt: only a
    /// bound below 12 pt is refused for older readers.
    @Test func seniorsRefuseSlotsThatCannotReach12Points() throws {
        #expect(try Self.findings("mistakes-free-small.svg", format: .flyerA5, audience: .seniors).contains(
            "9: slot 'small-print' is set at most 9 pt, below the 12 pt the campaign's seniors need on flyer-a5; use a large-type design"))
        #expect(try Self.findings("print-card.svg", format: .flyerA5, audience: .seniors).count == 2)
    }
}

@Suite struct AudienceMinimumTests {
    let engine = TextLayoutEngine(fonts: Sample.fonts)
    static let long = "Lock every door and window when you leave, even for a minute, and ask a trusted neighbour "
        + "to keep an eye on your house and empty the letterbox"

    func layOut(audience: Audience) throws -> (poster: LaidOutPoster, log: DiagnosticLog) {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("card.svg", log: &log))
        let content = PosterContent(
            campaign: try Sample.campaign(headline: Self.long, audience: audience), locale: try LocaleTag(parsing: "en-BE"),
            state: Sample.state("BE"))
        let layout = PosterLayout(template: template, content: content, format: .flyerA5)
        let poster = layout.layOut(engine: engine)
        CheckRegistry.check(PosterUnderReview(layout: layout, poster: poster), into: &log)
        return (poster, log)
    }

    /// The headline fits the card only below 12 pt: fine for a general audience, an error for
    /// a campaign for seniors.
    @Test func aSeniorsHeadlineThatNeedsSmallTypeFails() throws {
        let general = try layOut(audience: .general)
        #expect(!general.log.hasErrors)
        let size = try #require(general.poster.slots.first { $0.slot.name == "headline" }?.size)
        #expect(size < 12)
        let seniors = try layOut(audience: .seniors)
        #expect(seniors.log.sorted.map(\.text).contains { message in
            message.hasPrefix("trial/en-BE/flyer-a5: slot 'headline' overflows by ")
                && message.hasSuffix(" mm at the minimum size 12 pt (the smallest the campaign's seniors read) (too many lines)")
        })
    }
}
