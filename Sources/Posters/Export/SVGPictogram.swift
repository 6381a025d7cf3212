import XML

/// An SVG picture drawn inline in a poster, as vectors, instead of embedded as a `data:` URI
/// (which renderers turn into pixels: a print PDF would carry a raster where the pictogram is a
/// few paths). Only self-contained pictures are taken: no ids (which could clash with the
/// poster's, or be referred to), no style sheets (which would style the whole poster), no
/// scripts and no references to other files; any other picture stays a `data:` URI.
struct SVGPictogram {
    let document: XMLDocument
    let root: XMLElement
    let viewBox: String

    /// The picture at `path`, or `nil` when it is not an SVG that can be drawn inline.
    init?(path: String) {
        guard path.lowercased().hasSuffix(".svg"), let bytes = ImageLibrary.contents(path: path),
              let document = try? XMLDocument(parsing: bytes, name: path), let root = document.root,
              root.name == "svg", root.namespaceURI == Self.svgNamespace
        else { return nil }
        let elements = root.descendantsAndSelf
        guard !elements.contains(where: { ["style", "script", "image", "use", "foreignObject", "a"].contains($0.name) }),
              !elements.contains(where: { element in element.attributes.contains { $0.name == "id" || $0.name == "href" || $0.value.contains("url(") } })
        else { return nil }
        if let viewBox = root.attribute("viewBox") {
            self.viewBox = viewBox
        } else if let width = root.attribute("width").flatMap(Double.init), let height = root.attribute("height").flatMap(Double.init) {
            self.viewBox = "0 0 \(width) \(height)"
        } else {
            return nil
        }
        self.document = document
        self.root = root
    }

    static let svgNamespace = "http://www.w3.org/2000/svg"

    /// Puts the picture where `image` is, in its box, and removes `image`: a `<g>` keeps the
    /// image's other attributes (transform, opacity, class), a nested `<svg>` its box.
    func replace(_ image: XMLElement, in poster: XMLDocument) {
        let group = poster.makeElement("g", namespace: Self.svgNamespace)
        let box = ["x", "y", "width", "height", "preserveAspectRatio"]
        let dropped = box + ["data-image", "href"]
        for attribute in image.attributes where !dropped.contains(attribute.name) && attribute.namespace == nil {
            group.setAttribute(attribute.name, attribute.value)
        }
        let picture = poster.copy(of: root)
        for name in ["width", "height", "x", "y", "viewBox", "preserveAspectRatio"] { picture.removeAttribute(name) }
        for name in box { if let value = image.attribute(name) { picture.setAttribute(name, value) } }
        picture.setAttribute("viewBox", viewBox)
        group.append(picture)
        image.insertBefore(group)
        image.remove()
    }
}
