import CampaignModel
import Checks
import Diagnostics
import PosterSamples
import Posters
import Testing

@Suite struct TemplateUseRuleTests {
    @Test func aMessageTheCampaignPutsOnTheFormatNeedsASlot() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("card.svg", log: &log))
        let base = try Sample.campaign()
        let footer = Message(id: "footer", text: "Small print", description: "", formats: [.posterA3], location: Sample.here(16))
        let campaign = Campaign(
            id: base.id, title: base.title, website: base.website, theme: base.theme, design: base.design,
            formats: base.formats, audience: base.audience, keyDate: base.keyDate, keyDateLocation: base.keyDateLocation, milestones: base.milestones, edition: base.edition,
            messages: base.messages + [footer], distribution: base.distribution, translations: base.translations,
            location: base.location)
        CheckRegistry.check(TemplateUse(template: template, campaign: campaign, format: .posterA3, images: Sample.images), into: &log)
        #expect(log.sorted.map { $0.description.replacingOccurrences(of: Sample.fixtures.path + "/", with: "") } == [
            "card.svg:1:1: error: no slot shows message 'footer', which campaign 'trial' puts on poster-a3; add a <rect data-slot=\"footer\" data-size=\"...\"/>",
        ])
    }

    @Test func aSlotMayOnlyShowMessagesAndNationalData() throws {
        var log = DiagnosticLog()
        let template = try #require(Sample.template("card.svg", log: &log))
        let base = try Sample.campaign()
        let campaign = Campaign(
            id: base.id, title: base.title, website: base.website, theme: base.theme, design: base.design,
            formats: base.formats, audience: base.audience, keyDate: base.keyDate, keyDateLocation: base.keyDateLocation, milestones: base.milestones, edition: base.edition,
            messages: base.messages.filter { $0.id != "helpline-label" }, distribution: base.distribution,
            translations: base.translations, location: base.location)
        CheckRegistry.check(TemplateUse(template: template, campaign: campaign, format: .posterA3, images: Sample.images), into: &log)
        #expect(log.sorted.map(\.message) == [
            "slot 'helpline' shows '{helpline-label}', which is neither a message of campaign 'trial' nor national data",
        ])
    }
}
