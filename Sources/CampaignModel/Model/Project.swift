/// Everything the compiler reads: the member states, their public holidays and the campaigns,
/// loaded and checked. It is the model every later stage starts from.
public struct Project: Hashable, Sendable {
    public let memberStates: [MemberState]
    /// Each member state's public holidays, by state code.
    public let holidays: [String: PublicHolidays]
    public let campaigns: [Campaign]

    public init(memberStates: [MemberState], holidays: [String: PublicHolidays] = [:], campaigns: [Campaign]) {
        self.memberStates = memberStates
        self.holidays = holidays
        self.campaigns = campaigns
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
