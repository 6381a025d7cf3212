import Diagnostics
import Yams

/// Reads a campaign's `messages:` list: each text's id, English source and translator note.
struct MessagesReader {
    let reader: NodeReader

    func messages(_ items: [Node], log: inout DiagnosticLog) -> [Message] {
        var messages: [Message] = []
        var firstDefinition: [String: SourceLocation] = [:]
        for item in items {
            guard let entry = reader.mapping(item, "a message", log: &log) else { continue }
            entry.rejectUnknownKeys(["id", "text", "description", "formats"], log: &log)
            let idNode = entry.required("id", log: &log)
            let id = idNode.flatMap { reader.string($0, "'id'", log: &log) }
            let text = entry.string("text", log: &log)
            let description = entry.string("description", log: &log)
            let formats = entry["formats"].map { self.formats($0, log: &log) } ?? []
            guard let idNode, let id else { continue }
            let location = reader.location(idNode)
            guard Identifier.isValid(id) else {
                log.error(.campaignSpec, "message id '\(id)' must use lower-case letters, digits and hyphens only", at: location)
                continue
            }
            if let first = firstDefinition[id] {
                log.error(.campaignSpec, "duplicate message id '\(id)' (first defined at line \(first.line))", at: location)
                continue
            }
            firstDefinition[id] = location
            guard let text, let description else { continue }
            if let problem = Message.lengthProblem(of: text) {
                log.error(.campaignSpec, "message '\(id)': \(problem)", at: location)
                continue
            }
            messages.append(Message(id: id, text: Self.normalized(text), description: description, formats: formats, location: location))
        }
        return messages
    }

    private func formats(_ node: Node, log: inout DiagnosticLog) -> [OutputFormat] {
        guard let items = reader.sequence(node, "'formats'", log: &log) else { return [] }
        return items.compactMap { item in
            guard let name = reader.string(item, "a format", log: &log) else { return nil }
            guard let format = OutputFormat(rawValue: name) else {
                let known = OutputFormat.allCases.map(\.rawValue)
                log.error(.campaignSpec, "unknown format '\(name)'\(Suggestion.didYouMeanOrList(name, among: known))", at: reader.location(item))
                return nil
            }
            return format
        }
    }

    /// Block scalars end with a newline that is not part of the text.
    static func normalized(_ text: String) -> String {
        var text = text
        while text.last == "\n" { text.removeLast() }
        return text
    }
}
