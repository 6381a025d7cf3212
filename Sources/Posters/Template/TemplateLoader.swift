import CampaignModel
import Diagnostics
import Foundation
import XML

/// Reads and checks a template: well-formed SVG with a page size, and slots whose attributes
/// make sense. Every mistake is logged with the template's line.
public struct TemplateLoader {
    /// The largest template the compiler reads.
    public static let sizeLimit = 16 << 20

    public let path: String
    /// The assets folder: the only place linked pictures may come from.
    public let assetsDirectory: String

    public init(path: String, assetsDirectory: String) {
        self.path = path
        self.assetsDirectory = assetsDirectory
    }

    public func load(log: inout DiagnosticLog) -> Template? {
        let fileStart = SourceLocation(file: path)
        guard let data = BoundedFile.read(path, limit: Self.sizeLimit, check: .template, log: &log) else { return nil }
        let bytes = [UInt8](data)
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, name: path)
        } catch {
            log.error(.template, "not well-formed XML: \(error.message)", at: SourceLocation(file: path, line: error.line, column: error.column))
            return nil
        }
        guard let root = document.root, root.name == "svg", root.namespaceURI == Template.svgNamespace else {
            let found = document.root.map { "<\($0.name)>" } ?? "nothing"
            log.error(.template, "not an SVG file: the root element is \(found), not <svg> in the SVG namespace", at: fileStart)
            return nil
        }
        let errorsBefore = log.errorCount
        let page = pageGeometry(root, log: &log)
        var slots: [TextSlot] = []
        var images: [ImageSlot] = []
        var linked: [String: String] = [:]
        for element in root.descendantsAndSelf {
            if element.name == "text" {
                log.error(
                    .template, "<text> in a template is drawn as written, in no locale's language; put words in a slot (<rect data-slot>)",
                    at: location(element))
            }
            if element.attribute("data-image") == nil, let reference = Self.reference(of: element),
               let file = linkedFile(reference, element: element, log: &log) {
                linked[reference] = file
            }
            checkKnownAttributes(element, log: &log)
            checkConditions(element, log: &log)
            checkTheme(element, log: &log)
            if let name = element.attribute("data-image") {
                if element.name != "image" {
                    log.error(.template, "data-image belongs on an <image>, not on <\(element.name)>", at: location(element))
                } else {
                    let box = element.rectangle().flatMap { rect in element.transformToRoot().map { $0.apply(to: rect) } }
                    images.append(ImageSlot(name: name, boxInRoot: box, line: element.line))
                }
            }
            if element.attribute("data-slot") != nil, let page,
               let slot = TextSlotReader(element: element, page: page, location: location(element)).read(log: &log) {
                slots.append(slot)
            }
        }
        let motion = MotionReader(root: root, location: location).read(log: &log)
        guard let page, log.errorCount == errorsBefore else { return nil }
        return Template(
            path: path, bytes: bytes, page: page, textSlots: slots, imageSlots: images, linkedFiles: linked, rootLine: root.line,
            motion: motion)
    }

    /// An element's link (`xlink:href` or `href`), if it has one.
    static func reference(of element: XMLElement) -> String? {
        element.attribute("href", namespace: Template.xlinkNamespace) ?? element.attribute("href")
    }

    /// The file a link names, when it is a picture inside the assets folder; links within the
    /// document (`#id`) and `data:` URIs need no file. Anything else is an error: the poster
    /// must not depend on files elsewhere or on the network.
    private func linkedFile(_ reference: String, element: XMLElement, log: inout DiagnosticLog) -> String? {
        if reference.hasPrefix("#") || reference.hasPrefix("data:") { return nil }
        let problem = "picture reference '\(reference)' is neither a data: URI nor a file inside \(assetsDirectory)/"
        let scheme = reference.prefix { $0.isLetter }
        guard !(reference.dropFirst(scheme.count).hasPrefix(":") && scheme.count > 1) else {
            log.error(.template, problem, at: location(element))
            return nil
        }
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        let file = URL(fileURLWithPath: reference, relativeTo: folder).standardizedFileURL.resolvingSymlinksInPath().path
        let assets = URL(fileURLWithPath: assetsDirectory).standardizedFileURL.resolvingSymlinksInPath().path
        guard file.hasPrefix(assets + "/"), FileManager.default.fileExists(atPath: file) else {
            log.error(.template, problem, at: location(element))
            return nil
        }
        guard ImageLibrary.types.contains(where: { file.lowercased().hasSuffix("." + $0.0) }) else {
            log.error(.template, "picture '\(reference)' is not SVG, PNG or JPEG", at: location(element))
            return nil
        }
        return file
    }

    private func location(_ element: XMLElement) -> SourceLocation {
        SourceLocation(file: path, line: element.line, column: 1)
    }

    private func pageGeometry(_ root: XMLElement, log: inout DiagnosticLog) -> PageGeometry? {
        guard let width = root.attribute("width").flatMap(PageGeometry.points),
              let height = root.attribute("height").flatMap(PageGeometry.points),
              let viewBox = root.attribute("viewBox").flatMap(PageGeometry.viewBox)
        else {
            log.error(.template, "the root <svg> needs a width and height with units (e.g. 297mm) and a viewBox", at: location(root))
            return nil
        }
        let page = PageGeometry(viewBox: viewBox, widthInPoints: width, heightInPoints: height)
        func length(_ name: String) -> Double? {
            guard let text = root.attribute(name) else { return nil }
            guard let units = page.userUnits(text) else {
                log.error(.template, "\(name) must be a length such as 3mm, not '\(text)'", at: location(root))
                return nil
            }
            return units
        }
        var cut = PageGeometry.Cut.rectangle
        if let text = root.attribute("data-cut") {
            if let shape = PageGeometry.Cut(rawValue: text) {
                cut = shape
            } else {
                log.error(.template, "data-cut must be \(PageGeometry.Cut.allCases.map { "'\($0.rawValue)'" }.joined(separator: " or ")), not '\(text)'", at: location(root))
            }
        }
        var cropMarks = false
        if let text = root.attribute("data-crop-marks") {
            if text == "yes" || text == "no" {
                cropMarks = text == "yes"
            } else {
                log.error(.template, "data-crop-marks must be 'yes' or 'no', not '\(text)'", at: location(root))
            }
        }
        let geometry = PageGeometry(
            viewBox: viewBox, widthInPoints: width, heightInPoints: height, bleed: length("data-bleed"),
            safeMargin: length("data-safe-margin"), cut: cut, cropMarks: cropMarks)
        if abs(viewBox.width / viewBox.height - width / height) > 0.001 * width / height {
            log.error(.template, "the viewBox has another aspect ratio than the page's width and height", at: location(root))
            return nil
        }
        return geometry
    }

    private func checkKnownAttributes(_ element: XMLElement, log: inout DiagnosticLog) {
        for attribute in element.attributes where attribute.namespace == nil && attribute.name.hasPrefix("data-") {
            guard !TemplateAttribute.all.contains(attribute.name) else { continue }
            if let meant = Suggestion.closest(to: attribute.name, among: TemplateAttribute.all) {
                log.error(.template, "unknown template attribute '\(attribute.name)'; did you mean '\(meant)'?", at: location(element))
            }
        }
    }

    private func checkConditions(_ element: XMLElement, log: inout DiagnosticLog) {
        if let direction = element.attribute("data-only-direction"), !["ltr", "rtl"].contains(direction) {
            log.error(.template, "data-only-direction must be 'ltr' or 'rtl', not '\(direction)'", at: location(element))
        }
        for name in ["data-only-states", "data-except-states"] {
            guard let value = element.attribute(name) else { continue }
            for code in value.split(separator: " ") where !(code.count == 2 && code.allSatisfy(\.isUppercase)) {
                log.error(.template, "\(name) lists member state codes such as 'BE LU', not '\(code)'", at: location(element))
            }
        }
    }

    private func checkTheme(_ element: XMLElement, log: inout DiagnosticLog) {
        for name in TemplateAttribute.theme {
            guard let value = element.attribute(name), !Paint.themeRoles.contains(value) else { continue }
            log.error(.template, 
                "\(name) must name a theme colour\(Suggestion.didYouMeanOrList(value, among: Paint.themeRoles))",
                at: location(element))
        }
    }
}
