import Foundation
import TextLayout
import XML

/// Writes a laid-out poster as SVG: the template with its conditions applied, the theme's
/// colours set, pictures embedded, and every text slot replaced by
/// `<g data-slot="NAME" data-box="x y w h">` holding the text twice: as outlines drawn from the
/// fonts' glyphs, so it looks the same on any machine, and as invisible `<text>`, so it can
/// still be read aloud, searched and copied.
///
/// The output refers to nothing outside itself. Translations only ever enter as escaped text.
public struct SVGPosterWriter {
    public let template: Template
    public let content: PosterContent
    public let images: ImageLibrary

    public init(template: Template, content: PosterContent, images: ImageLibrary) {
        self.template = template
        self.content = content
        self.images = images
    }

    /// The poster as written, and the same drawing without its invisible text: what a renderer
    /// needs to draw it, with nothing for it to lay out again.
    public struct Output: Sendable {
        public let svg: [UInt8]
        public let drawing: [UInt8]
        /// The drawing without its text slots: what is behind the text, for judging contrast.
        public let background: [UInt8]
        /// The background with the page widened by the bleed, for judging whether the art runs
        /// past the trim, and for print PDFs, which draw the text over it; `nil` when the
        /// template declares no bleed.
        public let backgroundWithBleed: [UInt8]?
    }

    /// The poster's SVG. Throws when the template cannot be read again or a picture is missing.
    public func write(_ poster: LaidOutPoster, engine: TextLayoutEngine) throws(TemplateError) -> Output {
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: template.bytes, name: template.path)
        } catch {
            throw TemplateError(error.description)
        }
        guard let root = document.root else { throw TemplateError("the template has no root element") }
        applyConditions(root)
        try applyThemeAndImages(root, document: document)
        var glyphs = GlyphDefinitions()
        let slotsByLine = Dictionary(poster.slots.map { ($0.slot.line, $0) }, uniquingKeysWith: { first, _ in first })
        let isSlotRectangle = { (element: XMLElement) in element.name == "rect" && element.attribute("data-slot") != nil }
        for element in root.descendantsAndSelf where isSlotRectangle(element) {
            guard let slot = slotsByLine[element.line] else { continue }
            let group = slotGroup(slot, document: document, glyphs: &glyphs, engine: engine)
            element.insertBefore(group)
            if let transform = element.attribute("transform") { group.setAttribute("transform", transform) }
            for name in ["id"] + MotionAttribute.all {
                if let value = element.attribute(name) { group.setAttribute(name, value) }
            }
        }
        root.removeDescendants(where: isSlotRectangle)
        finish(root, document: document, glyphs: glyphs)
        let svg = document.serialized()
        root.removeDescendants { $0.name == "text" && $0.attribute("fill-opacity") == "0" }
        let drawing = document.serialized()
        root.removeDescendants { $0.attribute("data-slot") != nil }
        return Output(svg: svg, drawing: drawing, background: document.serialized(), backgroundWithBleed: serializedWithBleed(document))
    }

    /// The document with its page widened by the template's bleed, or `nil` when it has none;
    /// the document is left as it was.
    private func serializedWithBleed(_ document: XMLDocument) -> [UInt8]? {
        guard let bleed = template.page.bleed, let root = document.root else { return nil }
        let original = (viewBox: root.attribute("viewBox"), width: root.attribute("width"), height: root.attribute("height"))
        widen(root, by: bleed)
        let widened = document.serialized()
        for (name, value) in [("viewBox", original.viewBox), ("width", original.width), ("height", original.height)] {
            if let value { root.setAttribute(name, value) } else { root.removeAttribute(name) }
        }
        return widened
    }

    /// Widens the root's page by `bleed` user units on every side.
    private func widen(_ root: XMLElement, by bleed: Double) {
        let page = template.page, box = page.viewBox
        let extra = 2 * bleed / page.unitsPerPoint
        root.setAttribute("viewBox", "\(box.x - bleed) \(box.y - bleed) \(box.width + 2 * bleed) \(box.height + 2 * bleed)")
        root.setAttribute("width", "\(page.widthInPoints + extra)pt")
        root.setAttribute("height", "\(page.heightInPoints + extra)pt")
    }

    /// Removes what this locale does not show; what stays loses its condition attributes.
    private func applyConditions(_ root: XMLElement) {
        root.removeDescendants { element in
            !Visibility(element: element).isVisible(
                state: content.locale.state, language: content.locale.language.description,
                direction: content.direction.rawValue)
        }
        for element in root.descendantsAndSelf {
            for name in TemplateAttribute.conditions { element.removeAttribute(name) }
        }
    }

    private func applyThemeAndImages(_ root: XMLElement, document: XMLDocument) throws(TemplateError) {
        let colors = content.campaign.theme.colors
        let roles = ["primary": colors.primary, "accent": colors.accent, "text": colors.text, "background": colors.background]
        for element in root.descendantsAndSelf {
            for (attribute, property) in [("data-theme-fill", "fill"), ("data-theme-stroke", "stroke")] {
                guard let role = element.attribute(attribute), let color = roles[role] else { continue }
                element.setAttribute(property, color.description)
                if let style = element.attribute("style") {
                    element.setAttribute("style", Self.removing(property, from: style))
                }
                element.removeAttribute(attribute)
            }
            if let reference = TemplateLoader.reference(of: element), let file = template.linkedFiles[reference] {
                guard let uri = ImageLibrary.dataURI(path: file) else { throw TemplateError("cannot read the picture \(file)") }
                element.setAttribute("href", uri, namespace: Template.xlinkNamespace, prefix: "xlink")
                element.removeAttribute("href")
            }
            if let name = element.attribute("data-image") {
                if let path = images.path(name, state: content.locale.state), let inline = SVGPictogram(path: path) {
                    inline.replace(element, in: document)
                    continue
                }
                guard let uri = images.dataURI(name, state: content.locale.state) else {
                    throw TemplateError("no picture '\(name)' for \(content.campaign.id) in \(content.locale.state)")
                }
                element.setAttribute("href", uri, namespace: Template.xlinkNamespace, prefix: "xlink")
                element.removeAttribute("href")
                element.removeAttribute("data-image")
            }
        }
    }

    private func slotGroup(
        _ slot: LaidOutSlot, document: XMLDocument, glyphs: inout GlyphDefinitions, engine: TextLayoutEngine
    ) -> XMLElement {
        let svg = Template.svgNamespace
        let group = document.makeElement("g", namespace: svg)
        group.setAttribute("data-slot", slot.slot.name)
        let box = slot.slot.boxInRoot
        group.setAttribute("data-box", SVGNumber.list([box.x, box.y, box.width, box.height]))

        let outlines = document.makeElement("g", namespace: svg)
        outlines.setAttribute("fill", slot.fill)
        outlines.setAttribute("aria-hidden", "true")
        for line in slot.lines {
            for glyph in line.glyphs {
                let outline = engine.outline(face: glyph.face, glyph: glyph.glyph)
                guard !outline.commands.isEmpty else { continue }
                let id = glyphs.define(glyph, outline: outline)
                let scale = slot.sizeInUnits / Double(outline.unitsPerEm)
                let use = document.makeElement("use", namespace: svg)
                use.setAttribute("href", "#" + id, namespace: Template.xlinkNamespace, prefix: "xlink")
                // The origin stays on the line's baseline; a glyph the font raises or lowers
                // (marks, Nastaliq's cascade) is moved within it, in font units.
                let x = line.x + glyph.x * slot.unitsPerPoint
                let factor = SVGNumber.format(scale, decimals: 7)
                use.setAttribute("transform", "matrix(\(factor) 0 0 -\(factor) \(SVGNumber.format(x)) \(SVGNumber.format(line.baseline)))")
                if glyph.y != 0 {
                    use.setAttribute("y", SVGNumber.format(-glyph.y * slot.unitsPerPoint / scale))
                }
                outlines.append(use)
            }
        }
        group.append(outlines)

        for line in slot.lines where !line.text.isEmpty {
            let text = document.makeElement("text", namespace: svg)
            text.setAttribute("x", SVGNumber.format(line.x))
            text.setAttribute("y", SVGNumber.format(line.baseline))
            text.setAttribute("font-family", FontChoice.invisibleTextFamilies(slot.families).map { "'\($0)'" }.joined(separator: ", "))
            text.setAttribute("font-size", SVGNumber.format(slot.sizeInUnits))
            text.setAttribute("font-weight", String(slot.weight))
            text.setAttribute("textLength", SVGNumber.format(line.width))
            text.setAttribute("lengthAdjust", "spacingAndGlyphs")
            text.setAttribute("fill-opacity", "0")
            text.appendText(line.text)
            group.append(text)
        }
        return group
    }

    /// Sets the language and localized title on the root and adds the glyph definitions.
    private func finish(_ root: XMLElement, document: XMLDocument, glyphs: GlyphDefinitions) {
        root.setAttribute("lang", content.locale.description, namespace: "http://www.w3.org/XML/1998/namespace", prefix: "xml")
        let svg = Template.svgNamespace
        for child in root.children where child.name == "title" { child.remove() }
        let title = document.makeElement("title", namespace: svg)
        title.appendText(content.value("headline") ?? content.campaign.title)
        let defs = document.makeElement("defs", namespace: svg)
        defs.setAttribute("id", "campaign-glyphs")
        for (id, path) in glyphs.definitions {
            let element = document.makeElement("path", namespace: svg)
            element.setAttribute("id", id)
            element.setAttribute("d", path)
            defs.append(element)
        }
        if let first = root.children.first {
            first.insertBefore(title)
            first.insertBefore(defs)
        } else {
            root.append(title)
            root.append(defs)
        }
    }

    /// A `style` attribute without one property (`fill:#123456;stroke:none` less `fill`).
    static func removing(_ property: String, from style: String) -> String {
        style.split(separator: ";")
            .filter { $0.split(separator: ":").first?.trimmingCharacters(in: .whitespaces) != property }
            .joined(separator: ";")
    }
}

/// The glyph outlines a poster uses, each defined once, in a stable order.
struct GlyphDefinitions {
    private var paths: [String: String] = [:]

    mutating func define(_ glyph: PositionedGlyph, outline: GlyphOutline) -> String {
        let id = GlyphPath.id(face: glyph.face, glyph: glyph.glyph)
        if paths[id] == nil { paths[id] = GlyphPath.data(outline) }
        return id
    }

    var definitions: [(id: String, path: String)] {
        paths.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
