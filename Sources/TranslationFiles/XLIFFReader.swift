import CampaignModel
import Diagnostics
import XML

/// Reads an XLIFF 2.0 or 2.1 file that a CAT tool returns, with libxml2 locked down (no
/// network, no DTD, no entities). Every problem is logged at its line and column; a file with
/// an error gives no document.
public struct XLIFFReader: TranslationFileReader {
    public let path: String

    public init(path: String) {
        self.path = path
    }

    /// Reads a file's bytes, already within the size limit.
    public func read(_ bytes: [UInt8], log: inout DiagnosticLog) -> ImportedDocument? {
        let text = SourceText(path: path, bytes: bytes)
        // A DTD is refused before libxml2 reads it: no entity is ever declared, let alone expanded.
        if bytes.firstRange(of: Array("<!DOCTYPE".utf8)) != nil {
            log.error(.translationFile, 
                "a <!DOCTYPE> is not accepted in a translation file (DTDs and entities are never loaded)",
                at: text.location(ofFirst: "<!DOCTYPE"))
            return nil
        }
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, name: path)
        } catch {
            log.error(.translationFile, "not well-formed XML: \(error.message)", at: SourceLocation(file: path, line: error.line, column: error.column))
            return nil
        }
        guard let root = document.root else { return nil }
        let rootLocation = text.location(ofTag: "xliff", line: root.line)
        guard root.name == "xliff", root.namespaceURI == XLIFFWriter.coreNamespace else {
            log.error(.translationFile, 
                "not an XLIFF 2 file: the root is <\(root.name)> in \(root.namespaceURI ?? "no namespace"); "
                    + "expected <xliff> in \(XLIFFWriter.coreNamespace)",
                at: rootLocation)
            return nil
        }
        let version = root.attribute("version") ?? ""
        guard version == "2.0" || version == "2.1" else {
            log.error(.translationFile, "XLIFF version '\(version)' is not read; export XLIFF 2.0 or 2.1", at: rootLocation)
            return nil
        }
        let sourceLanguage = root.attribute("srcLang") ?? ""
        guard sourceLanguage.lowercased() == TranslationDocument.sourceLanguage else {
            log.error(.translationFile, "the source language is '\(sourceLanguage)'; campaign sources are English ('en')", at: rootLocation)
            return nil
        }
        guard let locale = root.attribute("trgLang"), !locale.isEmpty else {
            log.error(.translationFile, "the file does not say its target language (trgLang)", at: rootLocation)
            return nil
        }
        let files = root.children.filter { $0.name == "file" }
        guard files.count == 1, let file = files.first else {
            log.error(.translationFile, "expected one <file> (one campaign), found \(files.count)", at: rootLocation)
            return nil
        }
        let errorsBefore = log.errorCount
        var units: [ImportedUnit] = []
        var seen: [String: Int] = [:]
        for element in unitElements(in: file) {
            guard let unit = self.unit(element, text: text, log: &log), let id = unit.id else { continue }
            if let first = seen[id] {
                log.error(.translationFile, "unit '\(id)' appears twice (first at line \(first))", at: unit.location)
                continue
            }
            seen[id] = unit.location.line
            units.append(unit)
        }
        guard log.errorCount == errorsBefore else { return nil }
        return ImportedDocument(
            path: path, campaign: file.attribute("id"), locale: locale, localeLocation: rootLocation, units: units)
    }

    /// Units directly in the file or in groups, in document order.
    private func unitElements(in element: XMLElement) -> [XMLElement] {
        element.children.flatMap { child -> [XMLElement] in
            switch child.name {
            case "unit": [child]
            case "group": unitElements(in: child)
            default: []
            }
        }
    }

    private func unit(_ element: XMLElement, text: SourceText, log: inout DiagnosticLog) -> ImportedUnit? {
        let location = text.location(ofTag: "unit", line: element.line)
        guard let id = element.attribute("id"), !id.isEmpty else {
            log.error(.translationFile, "a <unit> without an id", at: location)
            return nil
        }
        // CAT tools may split a unit into several segments: they are read back in order.
        let parts = element.children.filter { $0.name == "segment" || $0.name == "ignorable" }
        guard parts.contains(where: { $0.name == "segment" }) else {
            log.error(.translationFile, "unit '\(id)' has no <segment>", at: location)
            return nil
        }
        var source = ""
        var target = ""
        var hasTarget = false
        var originals: [String: String] = [:]
        var states: [TranslationState] = []
        var targetLocation = location
        for part in parts {
            if let state = part.attribute("state") {
                guard let known = TranslationState(rawValue: state) else {
                    log.error(.translationFile, "unit '\(id)': unknown state '\(state)' (XLIFF knows initial, translated, reviewed, final)", at: text.location(of: "state", line: part.line))
                    return nil
                }
                states.append(known)
            }
            if let sourceElement = part.children.first(where: { $0.name == "source" }) {
                guard let piece = read(sourceElement, unit: id, codes: nil, originals: &originals, text: text, log: &log) else { return nil }
                source += piece
            }
            if let targetElement = part.children.first(where: { $0.name == "target" }) {
                if !hasTarget { targetLocation = text.location(ofTag: "target", line: targetElement.line) }
                hasTarget = true
                guard let piece = read(targetElement, unit: id, codes: originals, originals: &originals, text: text, log: &log) else { return nil }
                target += piece
            }
        }
        let state = states.min()
        return ImportedUnit(
            id: id, location: location, source: source, target: hasTarget && !target.isEmpty ? target : nil,
            targetLocation: targetLocation, state: state, needsWork: state == .initial)
    }

    /// The text of a `<source>` (recording its codes' originals) or a `<target>` (resolving
    /// its codes against the source's). Any element but `<ph>` is markup a campaign text
    /// cannot carry.
    private func read(
        _ element: XMLElement, unit: String, codes: [String: String]?, originals: inout [String: String], text: SourceText,
        log: inout DiagnosticLog
    ) -> String? {
        var result = ""
        for piece in element.content {
            switch piece {
            case .text(let content):
                result += content
            case .element(let child):
                let location = text.location(ofTag: child.name, line: child.line)
                guard child.name == "ph", child.namespaceURI == XLIFFWriter.coreNamespace else {
                    log.error(.translationFile, 
                        "unit '\(unit)': markup <\(child.name)> inside <\(element.name)>; a campaign text is plain text with placeholders (<ph>) only",
                        at: location)
                    return nil
                }
                let id = child.attribute("id") ?? ""
                if let codes {
                    let base = child.attribute("copyOf") ?? id
                    guard let original = codes[base] else {
                        log.error(.translationFile, 
                            "unit '\(unit)': broken placeholder: <ph id=\"\(id)\"> matches no placeholder of the source",
                            at: location)
                        return nil
                    }
                    result += original
                } else {
                    guard !id.isEmpty, let original = child.attribute("equiv") ?? child.attribute("disp") else {
                        log.error(.translationFile, "unit '\(unit)': a source placeholder needs an id and its original code (equiv)", at: location)
                        return nil
                    }
                    originals[id] = original
                    result += original
                }
            }
        }
        return result
    }
}
