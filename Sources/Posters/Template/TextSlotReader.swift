import Diagnostics
import Foundation
import TextLayout
import XML

/// Reads one text slot's `data-*` attributes and the geometry of its rectangle.
struct TextSlotReader {
    let element: XMLElement
    let page: PageGeometry
    let location: SourceLocation

    func read(log: inout DiagnosticLog) -> TextSlot? {
        let name = element.attribute("data-slot") ?? ""
        func fail(_ message: String) -> TextSlot? {
            log.error(.template, "slot '\(name)': \(message)", at: location)
            return nil
        }
        guard element.name == "rect" else { return fail("a text slot must be a <rect>, not <\(element.name)>") }
        guard !name.isEmpty else { return fail("data-slot needs a name") }
        guard let box = element.rectangle() else { return fail("the <rect> needs a numeric x, y, width and height") }
        guard let transform = element.transformToRoot() else { return fail("cannot read a transform of the slot or its groups") }
        guard transform.isUniform else {
            return fail("the slot or a group around it is rotated, skewed or stretched; text slots must stay upright and unstretched")
        }
        guard let sizeText = element.attribute("data-size") else {
            return fail("no size bounds: give the smallest and largest font size, e.g. data-size=\"28-64\" (points)")
        }
        guard let sizes = Self.sizes(sizeText) else {
            return fail("data-size '\(sizeText)' must be the smallest and largest size, e.g. '28-64' (points) or '40-96px'")
        }
        let text: DataText
        do {
            text = try DataText(parsing: element.attribute("data-text") ?? "{\(name)}")
        } catch {
            return fail(error.message)
        }
        let font = enumValue(TextSlot.FontRole.self, "data-font", default: .body, log: &log)
        let alignment = enumValue(TextSlot.Alignment.self, "data-align", default: .start, log: &log)
        let verticalAlignment = enumValue(TextSlot.VerticalAlignment.self, "data-valign", default: .top, log: &log)
        guard let weight = Self.weight(element.attribute("data-weight") ?? "regular") else {
            return fail("data-weight must be 'regular', 'bold' or a number from 100 to 900")
        }
        let fill: Paint
        do {
            fill = try Paint(parsing: element.attribute("data-fill") ?? "text")
        } catch {
            return fail(error.message)
        }
        let lineHeight = element.attribute("data-line-height").map { Double($0) } ?? 1.2
        guard let lineHeight, (0.7...3).contains(lineHeight) else { return fail("data-line-height must be a number from 0.7 to 3") }
        let maximumLines = element.attribute("data-max-lines").map { Int($0) }
        if let maximumLines, (maximumLines ?? 0) < 1 { return fail("data-max-lines must be a whole number of at least 1") }
        let wrap = element.attribute("data-wrap") ?? "normal"
        guard ["normal", "balance"].contains(wrap) else { return fail("data-wrap must be 'normal' or 'balance'") }
        let hyphenation = enumValue(
            TextStyle.Hyphenation.self, "data-hyphenate", default: font == .headline ? .manual : .auto, log: &log)
        let rank = element.attribute("data-rank").map { Int($0) }
        if let rank, (rank ?? 0) < 1 { return fail("data-rank must be a whole number of at least 1 (1 ranks highest)") }
        guard let font, let alignment, let verticalAlignment, let hyphenation else { return nil }
        return TextSlot(
            name: name, text: text, box: box, boxInRoot: transform.apply(to: box), scale: transform.a,
            font: font, weight: weight, fill: fill, sizes: sizes, lineHeight: lineHeight, alignment: alignment,
            verticalAlignment: verticalAlignment, maximumLines: maximumLines ?? nil, balanced: wrap == "balance",
            hyphenation: hyphenation, rank: rank ?? nil, visibility: Visibility(elementAndAncestors: element), line: element.line)
    }

    private func enumValue<Value: RawRepresentable & CaseIterable>(
        _ type: Value.Type, _ attribute: String, default value: Value, log: inout DiagnosticLog
    ) -> Value? where Value.RawValue == String {
        guard let text = element.attribute(attribute) else { return value }
        guard let parsed = Value(rawValue: text) else {
            let known = Value.allCases.map(\.rawValue)
            log.error(.template, 
                "slot '\(element.attribute("data-slot") ?? "")': \(attribute) '\(text)'\(Suggestion.didYouMeanOrList(text, among: known))",
                at: location)
            return nil
        }
        return parsed
    }

    /// `28-64` or `28-64pt` in points, `40-96px` in CSS pixels.
    static func sizes(_ text: String) -> ClosedRange<Double>? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        var factor = 1.0
        if body.hasSuffix("px") {
            factor = 0.75
            body = body.dropLast(2)
        } else if body.hasSuffix("pt") {
            body = body.dropLast(2)
        }
        let bounds = body.split(separator: "-").compactMap { Double($0.trimmingCharacters(in: .whitespaces)) }
        guard bounds.count == 2, bounds[0] > 0, bounds[0] <= bounds[1] else { return nil }
        return (bounds[0] * factor)...(bounds[1] * factor)
    }

    static func weight(_ text: String) -> Int? {
        switch text {
        case "regular", "normal": return 400
        case "bold": return 700
        default:
            guard let number = Int(text), (100...900).contains(number), number % 100 == 0 else { return nil }
            return number
        }
    }
}
