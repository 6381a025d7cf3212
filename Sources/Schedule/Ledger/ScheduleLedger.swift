import CampaignModel
import Diagnostics
import Foundation
import Yams

/// What a campaign's calendar has published: for each event's UID, the `SEQUENCE` it was
/// published with and what it said (its start and repeat rule).
///
/// Calendar apps only update an event they already hold when its `SEQUENCE` rises, so when a
/// plan changes the build raises it here. The ledger is `Campaigns/<id>/schedule.lock` (`ProjectLayout.scheduleLedger`), meant
/// to be committed with the spec (like a lock file): a fresh checkout then publishes the same
/// sequences, and the history of a plan's changes is in version control.
public struct ScheduleLedger: Equatable, Sendable {
    struct Entry: Equatable, Sendable {
        var sequence: Int
        var fingerprint: String
    }

    public init() {}

    private(set) var entries: [String: Entry] = [:]

    /// Reads the ledger; a missing one is empty, an unreadable one is reported and replaced.
    public static func load(_ path: String, log: inout DiagnosticLog) -> ScheduleLedger {
        guard FileManager.default.fileExists(atPath: path) else { return ScheduleLedger() }
        var ledger = ScheduleLedger()
        var reading = DiagnosticLog()
        guard let file = YAMLFile.load(path, log: &reading), case .mapping(let root) = file.root,
              case .mapping(let events)? = root["events"]
        else {
            for problem in reading.diagnostics where problem.severity == .error { log.warning(.scheduleLedger, problem.message, at: problem.location) }
            log.warning(.scheduleLedger, "the schedule ledger cannot be read; every event starts again at SEQUENCE 0", at: SourceLocation(file: path))
            return ledger
        }
        for (key, value) in events {
            guard let uid = key.string, case .mapping(let fields) = value,
                  let sequence = fields["sequence"]?.string.flatMap(Int.init), let fingerprint = fields["published"]?.string
            else { continue }
            ledger.entries[uid] = Entry(sequence: sequence, fingerprint: fingerprint)
        }
        return ledger
    }

    /// The sequence of an event that now says `fingerprint`: the published one if unchanged,
    /// one more if it changed, 0 if new. The ledger remembers the answer.
    public mutating func sequence(uid: String, fingerprint: String) -> Int {
        guard let entry = entries[uid] else {
            entries[uid] = Entry(sequence: 0, fingerprint: fingerprint)
            return 0
        }
        guard entry.fingerprint != fingerprint else { return entry.sequence }
        entries[uid] = Entry(sequence: entry.sequence + 1, fingerprint: fingerprint)
        return entry.sequence + 1
    }

    /// The file's text: sorted, one event per line.
    public var text: String {
        var text = """
            # Written by `campaign build`: the SEQUENCE and content (start date, repeat rule) of every
            # calendar event this campaign's schedule has published. Commit it with the spec: calendar
            # apps update an event only when its SEQUENCE rises, and this is how the next build knows.
            events:

            """
        for uid in entries.keys.sorted() {
            let entry = entries[uid]!
            text += "  \(uid): {sequence: \(entry.sequence), published: \"\(entry.fingerprint)\"}\n"
        }
        return text
    }
}
