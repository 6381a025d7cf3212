import CampaignBuild
import CampaignModel

/// The text `campaign list` prints: aligned columns a person can scan.
struct Listing {
    let project: Project
    let selected: [SelectedCampaign]

    var text: String {
        var lines = ["Member states (\(project.memberStates.count))"]
        lines += table(project.memberStates.map { state in
            [
                state.code, state.name, state.officialLanguages.map(\.description).joined(separator: " "),
                state.timeZone, "emergency \(state.helplines.emergency)",
                "victim support \(state.helplines.victimSupport.display) (\(state.helplines.victimSupport.e164))",
            ]
        })
        lines.append("")
        lines.append("Campaigns (\(selected.count))")
        for entry in selected {
            let campaign = entry.campaign
            lines.append("  \(campaign.id): \(campaign.title)")
            lines.append("    key date: \(campaign.keyDate); audience: \(campaign.audience.rawValue)")
            lines.append("    formats: \(campaign.formats.map(\.rawValue).joined(separator: ", "))")
            lines.append("    locales (\(entry.locales.count)):")
            let byState = Dictionary(grouping: entry.locales, by: \.region)
            lines += table(campaign.distribution.compactMap { participation in
                guard let locales = byState[participation.state] else { return nil }
                let name = project.memberState(participation.state)?.name ?? ""
                return [participation.state, name, locales.map(\.description).joined(separator: " ")]
            }, indent: 6)
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Rows padded into columns.
    private func table(_ rows: [[String]], indent: Int = 2) -> [String] {
        guard let columns = rows.map(\.count).max() else { return [] }
        let widths = (0..<columns).map { column in rows.map { column < $0.count ? $0[column].count : 0 }.max() ?? 0 }
        return rows.map { row in
            let cells = row.enumerated().map { index, cell in
                index == row.count - 1 ? cell : cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }
            return String(repeating: " ", count: indent) + cells.joined(separator: "  ")
        }
    }
}
