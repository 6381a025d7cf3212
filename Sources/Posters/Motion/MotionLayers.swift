import XML

/// A drawing cut into the layers its motion needs, in the order they are painted: each element
/// with `data-enter` on a layer of its own, and what stands still between them on layers of
/// their own, so that painting the layers in order at rest gives the drawing again. Each layer
/// is the whole drawing with everything of other layers taken out, so it keeps its definitions
/// (glyphs, gradients) and its place on the page.
public struct MotionLayer: Sendable {
    public let svg: [UInt8]
    /// How the layer comes in; `nil` for what is there from the first frame.
    public let entrance: Entrance?
}

extension MotionLayer {
    /// The layers of a drawing (the poster's SVG without its invisible text).
    public static func layers(of drawing: [UInt8]) throws(TemplateError) -> [MotionLayer] {
        var layerCount = 0
        var entrances: [Int: Entrance] = [:]
        try withDocument(drawing) { _, root in
            var walk = LayerWalk()
            walk.visit(root)
            layerCount = walk.count
            entrances = walk.entrances
        }
        return try (0..<layerCount).map { (layer) throws(TemplateError) in
            var svg: [UInt8] = []
            try withDocument(drawing) { document, root in
                var walk = LayerWalk()
                walk.visit(root)
                for (element, index) in walk.units where index != layer { element.remove() }
                svg = document.serialized()
            }
            return MotionLayer(svg: svg, entrance: entrances[layer])
        }
    }

    private static func withDocument(_ bytes: [UInt8], _ body: (XMLDocument, XMLElement) -> Void) throws(TemplateError) {
        let document: XMLDocument
        do {
            document = try XMLDocument(parsing: bytes, name: "drawing")
        } catch {
            throw TemplateError("the drawing cannot be read again: \(error.description)")
        }
        guard let root = document.root else { throw TemplateError("the drawing has no root element") }
        body(document, root)
    }
}

/// Walks a drawing in painting order and gives each drawn element its layer: an entering
/// element starts a layer of its own, and the still elements after it share the next one.
private struct LayerWalk {
    /// Elements that group others and are drawn through their children.
    static let containers: Set<String> = ["svg", "g", "a", "switch"]
    /// Elements that draw nothing where they stand: kept on every layer, for what refers to them.
    static let definitions: Set<String> = [
        "defs", "clipPath", "mask", "pattern", "marker", "symbol", "linearGradient", "radialGradient", "filter",
        "title", "desc", "metadata", "style",
    ]

    private(set) var units: [(XMLElement, Int)] = []
    private(set) var entrances: [Int: Entrance] = [:]
    private(set) var count = 0
    /// The layer still elements go on now, made when the first of them comes.
    private var stillLayer: Int?

    mutating func visit(_ element: XMLElement) {
        if let entrance = Entrance(element: element) {
            units.append((element, count))
            entrances[count] = entrance
            count += 1
            stillLayer = nil
        } else if Self.containers.contains(element.name) {
            for child in element.children { visit(child) }
        } else if !Self.definitions.contains(element.name) {
            if stillLayer == nil {
                stillLayer = count
                count += 1
            }
            units.append((element, stillLayer!))
        }
    }
}
