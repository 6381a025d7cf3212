import CampaignBuild
import CampaignModel
import Checks
import Localization
import Testing

/// The four campaigns the project ships load without a single diagnostic and cover what their
/// briefs ask for.
@Suite struct RepositoryCampaignsTests {
    static let check = ProjectCheck(
        layout: ProjectLayout(campaignsDirectory: RepositoryCampaigns.campaignsPath, assetsDirectory: RepositoryCampaigns.assetsPath)).run()

    static func locales(of id: String) -> [String] {
        check.project.campaign(id)?.locales.map(\.description) ?? []
    }

    static func languages(of id: String) -> Set<String> {
        Set(check.project.campaign(id)?.locales.map(\.language.description) ?? [])
    }

    @Test func checkReportsNothing() {
        #expect(Self.check.log.diagnostics.map(\.description) == [])
        #expect(Self.check.project.campaigns.map(\.id) == [
            "burglary-focus-day", "secure-yourself", "senior-cyber-safety", "thb-victim-rights",
        ])
    }

    @Test func allMemberStatesAreDefined() {
        let codes = Self.check.project.memberStates.map(\.code)
        #expect(codes.count == 27)
        #expect(Set(codes) == [
            "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE",
            "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
        ])
    }

    @Test func burglaryFocusDayReachesEveryStateInEveryOfficialLanguage() throws {
        let campaign = try #require(Self.check.project.campaign("burglary-focus-day"))
        #expect(Set(campaign.distribution.map(\.state)) == Set(Self.check.project.memberStates.map(\.code)))
        #expect(Self.languages(of: "burglary-focus-day") == [
            "bg", "cs", "da", "de", "el", "en", "es", "et", "fi", "fr", "ga", "hr",
            "hu", "it", "lt", "lv", "mt", "nl", "pl", "pt", "ro", "sk", "sl", "sv",
        ])
        #expect(campaign.keyDate.date(in: 2027)?.description == "2027-06-16")
        #expect(campaign.keyDate.date(in: 2028)?.description == "2028-06-21")
    }

    @Test func traffickingCampaignSpeaksTheVictimsLanguages() throws {
        #expect(Self.languages(of: "thb-victim-rights") == ["en", "fr", "de", "nl", "ro", "bg", "uk", "ru", "ar", "vi", "zh-Hans"])
        #expect(Self.locales(of: "thb-victim-rights").contains("ar-BE"))
        #expect(Self.locales(of: "thb-victim-rights").contains("uk-CZ"))
        #expect(Self.check.project.campaign("thb-victim-rights")?.keyDate.date(in: 2027)?.description == "2027-10-18")
    }

    @Test func secureYourselfIsForCzechHouseholds() {
        #expect(Self.locales(of: "secure-yourself") == ["cs-CZ", "sk-CZ", "uk-CZ", "vi-CZ", "en-CZ"])
    }

    @Test func seniorCampaignFollowsSaferInternetDay() throws {
        #expect(Self.languages(of: "senior-cyber-safety") == ["cs", "sk", "pl", "de", "hu", "en"])
        let campaign = try #require(Self.check.project.campaign("senior-cyber-safety"))
        #expect(campaign.audience == .seniors)
        #expect(campaign.keyDate.date(in: 2027)?.description == "2027-02-09")
    }

    /// Every language a campaign uses has every message translated: nothing falls back to English.
    @Test func everyLocaleIsFullyTranslated() {
        for campaign in Self.check.project.campaigns {
            let missing = CheckRegistry.check(campaign).diagnostics
            #expect(missing.isEmpty, "\(campaign.id): \(missing.map(\.description))")
        }
    }
}
