import CampaignModel
import Diagnostics

/// Small campaigns for planner scenarios, planned against the repository's member states and
/// holidays.
enum PlanSample {
    static func campaign(
        id: String, keyDate: String, states: [String], milestones: [String: String] = [:], edition: Int = 2027, line: Int = 1
    ) throws -> Campaign {
        let location = SourceLocation(file: "Campaigns/\(id)/campaign.yaml", line: line, column: 10)
        let order = MilestoneKind.scheduled.map(\.rawValue).filter { milestones[$0] != nil }
        return Campaign(
            id: id, title: "Title of \(id)", website: "https://example.org",
            theme: Theme(
                colors: .init(primary: Color(hex: "#0B3D91")!, accent: Color(hex: "#FFC400")!, text: Color(hex: "#14213D")!, background: Color(hex: "#FFFFFF")!),
                fonts: .init(headline: "Noto Sans", body: "Noto Sans")),
            design: "civic", formats: [.newsletter], audience: .general, keyDate: try DateRule(parsing: keyDate),
            keyDateLocation: location,
            milestones: try order.map {
                Milestone(
                    kind: MilestoneKind(rawValue: $0)!, offset: try MilestoneOffset(parsing: milestones[$0]!),
                    location: SourceLocation(file: "Campaigns/\(id)/campaign.yaml", line: 20 + order.firstIndex(of: $0)!, column: 3))
            },
            edition: edition, messages: [],
            distribution: states.map { Participation(state: $0, languages: [], location: location) },
            translations: [], location: location)
    }

    static func project(_ campaigns: [Campaign]) -> Project {
        Project(memberStates: Repository.project.memberStates, holidays: Repository.project.holidays, campaigns: campaigns)
    }
}
