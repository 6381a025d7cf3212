import CampaignBuild
import CampaignModel

/// The text `campaign list` prints: aligned columns a person can scan.
struct Listing {
    let project: Project
    let selected: [SelectedCampaign]

    var text: String {
        var lines = ["Member states (\(project.memberStates.count))"]
        lines += TextTable(rows: project.memberStates.map { state in
            [
                state.code, state.name, state.officialLanguages.map(\.description).joined(separator: " "),
                state.timeZone, "emergency \(state.helplines.emergency)",
                "victim support \(state.helplines.victimSupport.display) (\(state.helplines.victimSupport.e164))",
            ]
        }).lines(indent: 2)
        lines.append("")
        lines.append("Campaigns (\(selected.count))")
        for entry in selected {
            let campaign = entry.campaign
            lines.append("  \(campaign.id): \(campaign.title)")
            lines.append("    key date: \(campaign.keyDate); audience: \(campaign.audience.rawValue)")
            lines.append("    formats: \(campaign.formats.map(\.rawValue).joined(separator: ", "))")
            lines.append("    locales (\(entry.locales.count)):")
            let byState = Dictionary(grouping: entry.locales, by: \.state)
            lines += TextTable(rows: campaign.distribution.compactMap { participation in
                guard let locales = byState[participation.state] else { return nil }
                let name = project.memberState(participation.state)?.name ?? ""
                return [participation.state, name, locales.map(\.description).joined(separator: " ")]
            }).lines(indent: 6)
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
