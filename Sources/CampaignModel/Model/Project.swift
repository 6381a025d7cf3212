/// Everything the compiler reads: the member states, their public holidays and the campaigns,
/// loaded and checked. It is the model every later stage starts from.
public struct Project: Hashable, Sendable {
    public let memberStates: [MemberState]
    /// Each member state's public holidays, by state code.
    public let holidays: [String: PublicHolidays]
    public let campaigns: [Campaign]
    /// Link texts that say nothing of where a link leads, by language tag (`de`: "hier klicken").
    public let vagueLinkTexts: [String: [String]]

    public init(
        memberStates: [MemberState], holidays: [String: PublicHolidays] = [:], campaigns: [Campaign],
        vagueLinkTexts: [String: [String]] = [:]
    ) {
        self.memberStates = memberStates
        self.holidays = holidays
        self.campaigns = campaigns
        self.vagueLinkTexts = vagueLinkTexts
    }

    /// The vague link texts a newsletter in `language` must avoid: its own and English ones
    /// (`zh-Hans` looks under `zh-Hans`, then `zh`).
    public func vagueLinkTexts(for language: LanguageTag) -> [String] {
        let tag = language.description
        let own = vagueLinkTexts[tag] ?? vagueLinkTexts[String(tag.prefix { $0 != "-" })] ?? []
        return own + (vagueLinkTexts["en"] ?? [])
    }

    /// The member state with this code.
    public func memberState(_ code: String) -> MemberState? {
        memberStates.first { $0.code == code }
    }

    /// The campaign with this id.
    public func campaign(_ id: String) -> Campaign? {
        campaigns.first { $0.id == id }
    }
}
