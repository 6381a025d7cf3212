import Yams

/// Writes a strings file (`strings/de.yaml`) in its one canonical form, so that rewriting an
/// unchanged table gives the same bytes and a change shows in a diff as the lines it touched.
///
/// The comment lines at the top are kept; entries follow the campaign's message order. A
/// translation with nothing but its text is written as `id: "text"`; one that records its state
/// or the English it translates is a small mapping. Multi-line texts are literal blocks.
public struct StringsFileWriter {
    /// The campaign's message ids, in the spec's order.
    public let messageOrder: [String]

    public init(messageOrder: [String]) {
        self.messageOrder = messageOrder
    }

    public init(campaign: Campaign) {
        self.init(messageOrder: campaign.messages.map(\.id))
    }

    /// The file's text for these entries; ids outside the message order are left out.
    public func text(entries: [String: Translation], header: String) -> String {
        let pairs: [(Node, Node)] = messageOrder.compactMap { id in
            entries[id].map { (Node(id), node(for: $0)) }
        }
        guard !pairs.isEmpty else { return header + "{}\n" }
        let body = try! Yams.serialize(
            node: .mapping(Node.Mapping(pairs)), indent: 2, width: -1, allowUnicode: true, sortKeys: false)
        return header + body
    }

    private func node(for translation: Translation) -> Node {
        let text = Self.scalar(translation.text)
        guard translation.state != .translated || translation.sourceHash != nil else { return text }
        var fields: [(Node, Node)] = [(Node("text"), text), (Node("state"), Node(translation.state.rawValue))]
        if let hash = translation.sourceHash {
            fields.append((Node("source-hash"), Node(hash, .init(.str), .doubleQuoted)))
        }
        return .mapping(Node.Mapping(fields))
    }

    /// Quoted on one line; a literal block when the text has several lines.
    private static func scalar(_ text: String) -> Node {
        Node(text, .init(.str), text.contains("\n") ? .literal : .doubleQuoted)
    }
}
