import CampaignModel
import XML

/// Writes a translation document as XLIFF 2.1 with libxml2: one `<unit>` per message, the
/// translator's notes, the measured room as a size restriction (in Unicode code points), ICU
/// placeholders as `<ph>` inline codes, and each segment's state.
public struct XLIFFWriter {
    public init() {}

    static let coreNamespace = "urn:oasis:names:tc:xliff:document:2.0"
    static let sizeRestrictionNamespace = "urn:oasis:names:tc:xliff:sizerestriction:2.0"

    public func write(_ document: TranslationDocument, original: String) -> [UInt8] {
        let xml = XMLDocument(rootNamed: "xliff", namespace: Self.coreNamespace)
        let root = xml.root!
        root.declareNamespace(Self.sizeRestrictionNamespace, prefix: "slr")
        root.setAttribute("version", "2.1")
        root.setAttribute("srcLang", TranslationDocument.sourceLanguage)
        root.setAttribute("trgLang", document.locale.description)
        let file = root.appendElement("file")
        file.setAttribute("id", document.campaign)
        file.setAttribute("original", original)
        if document.units.contains(where: { $0.maximumCharacters != nil }) {
            let profiles = file.appendElement("profiles", namespace: Self.sizeRestrictionNamespace)
            profiles.setAttribute("generalProfile", "xliff:codepoints")
        }
        for unit in document.units { write(unit, into: file) }
        return xml.serialized(indented: true)
    }

    private func write(_ unit: TranslationUnit, into file: XMLElement) {
        let element = file.appendElement("unit")
        element.setAttribute("id", unit.id)
        if let maximum = unit.maximumCharacters {
            element.setAttribute("sizeRestriction", String(maximum), namespace: Self.sizeRestrictionNamespace)
        }
        if !unit.notes.isEmpty {
            let notes = element.appendElement("notes")
            for note in unit.notes {
                let child = notes.appendElement("note")
                child.setAttribute("category", note.category.rawValue)
                child.appendText(note.text)
            }
        }
        let segment = element.appendElement("segment")
        segment.setAttribute("state", unit.state.rawValue)
        let source = InlineCodes(source: unit.source)
        write(source, into: segment.appendElement("source"))
        if let target = unit.target {
            write(InlineCodes(target: target, source: source), into: segment.appendElement("target"))
        }
    }

    private func write(_ codes: InlineCodes, into element: XMLElement) {
        for piece in codes.pieces {
            switch piece {
            case .text(let text):
                element.appendText(text)
            case .code(let id, let copyOf, let original):
                let ph = element.appendElement("ph")
                ph.setAttribute("id", id)
                if let copyOf { ph.setAttribute("copyOf", copyOf) }
                ph.setAttribute("equiv", original)
                ph.setAttribute("disp", original)
            }
        }
    }
}
