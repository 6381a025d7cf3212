import Foundation
import XML

/// A rectangle in some SVG coordinate system.
public struct Rect: Hashable, Sendable {
    public var x: Double
    public var y: Double
    public var width: Double
    public var height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    public var maxX: Double { x + width }
    public var midX: Double { x + width / 2 }
    public var midY: Double { y + height / 2 }
    public var maxY: Double { y + height }
}

/// An SVG `transform`, as the matrix `[a c e; b d f]`.
struct AffineTransform: Hashable, Sendable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0

    static let identity = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: 0, f: 0)

    /// `self` applied after `other`.
    func concatenating(_ inner: AffineTransform) -> AffineTransform {
        AffineTransform(
            a: a * inner.a + c * inner.b, b: b * inner.a + d * inner.b,
            c: a * inner.c + c * inner.d, d: b * inner.c + d * inner.d,
            e: a * inner.e + c * inner.f + e, f: b * inner.e + d * inner.f + f)
    }

    /// True when the transform only moves and scales (no rotation or skew).
    var isAxisAligned: Bool { b == 0 && c == 0 }

    /// True when it scales x and y alike, which text set in one size needs.
    var isUniform: Bool { isAxisAligned && abs(a - d) < 1e-9 && a > 0 }

    func apply(to rect: Rect) -> Rect {
        let x1 = a * rect.x + e, x2 = a * rect.maxX + e
        let y1 = d * rect.y + f, y2 = d * rect.maxY + f
        return Rect(x: min(x1, x2), y: min(y1, y2), width: abs(x2 - x1), height: abs(y2 - y1))
    }

    /// Parses an SVG transform list (`translate(10 20) scale(2)`, `matrix(...)`, `rotate(...)`).
    init?(svg text: String) {
        self = .identity
        var rest = Substring(text)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { return }
            guard let open = rest.firstIndex(of: "("), let close = rest.firstIndex(of: ")"), open < close else { return nil }
            let name = rest[..<open].trimmingCharacters(in: .whitespaces)
            let numbers = rest[rest.index(after: open)..<close]
                .split { $0 == "," || $0.isWhitespace }
                .map { Double($0) }
            guard numbers.allSatisfy({ $0 != nil }) else { return nil }
            guard let step = Self.single(name, numbers.map { $0! }) else { return nil }
            self = concatenating(step)
            rest = rest[rest.index(after: close)...]
        }
    }

    private init(a: Double, b: Double, c: Double, d: Double, e: Double, f: Double) {
        (self.a, self.b, self.c, self.d, self.e, self.f) = (a, b, c, d, e, f)
    }

    private static func single(_ name: String, _ v: [Double]) -> AffineTransform? {
        switch (name, v.count) {
        case ("matrix", 6): return AffineTransform(a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5])
        case ("translate", 1): return AffineTransform(a: 1, b: 0, c: 0, d: 1, e: v[0], f: 0)
        case ("translate", 2): return AffineTransform(a: 1, b: 0, c: 0, d: 1, e: v[0], f: v[1])
        case ("scale", 1): return AffineTransform(a: v[0], b: 0, c: 0, d: v[0], e: 0, f: 0)
        case ("scale", 2): return AffineTransform(a: v[0], b: 0, c: 0, d: v[1], e: 0, f: 0)
        case ("rotate", 1...3), ("skewX", 1), ("skewY", 1):
            let angle = v[0] * .pi / 180
            if name == "skewX" { return AffineTransform(a: 1, b: 0, c: tan(angle), d: 1, e: 0, f: 0) }
            if name == "skewY" { return AffineTransform(a: 1, b: tan(angle), c: 0, d: 1, e: 0, f: 0) }
            let rotation = AffineTransform(a: cos(angle), b: sin(angle), c: -sin(angle), d: cos(angle), e: 0, f: 0)
            guard v.count == 3 else { return rotation }
            let to = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: v[1], f: v[2])
            let back = AffineTransform(a: 1, b: 0, c: 0, d: 1, e: -v[1], f: -v[2])
            return to.concatenating(rotation).concatenating(back)
        default: return nil
        }
    }
}

extension XMLElement {
    /// The `x`, `y`, `width` and `height` of a `<rect>` or `<image>` (x and y default to 0).
    func rectangle() -> Rect? {
        let values = ["x", "y", "width", "height"].map { attribute($0).flatMap(Double.init) ?? ($0 == "x" || $0 == "y" ? 0 : nil) }
        guard let x = values[0], let y = values[1], let width = values[2], let height = values[3], width > 0, height > 0 else {
            return nil
        }
        return Rect(x: x, y: y, width: width, height: height)
    }

    /// The transform from the element's coordinates to the root's user units.
    func transformToRoot() -> AffineTransform? {
        var transform = AffineTransform.identity
        var current: XMLElement? = self
        while let node = current, node.parent != nil {
            if let text = node.attribute("transform") {
                guard let step = AffineTransform(svg: text) else { return nil }
                transform = step.concatenating(transform)
            }
            current = node.parent
        }
        return transform
    }
}
