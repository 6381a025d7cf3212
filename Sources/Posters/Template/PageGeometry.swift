import Foundation

/// The page of a template: its printed size and the user units its drawing uses.
public struct PageGeometry: Hashable, Sendable {
    /// The `viewBox` of the root `<svg>`.
    public let viewBox: Rect
    /// The printed width and height, in points (1/72 inch).
    public let widthInPoints: Double
    public let heightInPoints: Double
    /// How far the art runs past the trim (the page's edge) for the print shop's cut, in user
    /// units; `nil` when the template declares none (`data-bleed="3mm"` on the root).
    public let bleed: Double?
    /// How far text keeps inside the trim, in user units (`data-safe-margin="5mm"`).
    public let safeMargin: Double?
    /// The shape the print shop cuts: the page's rectangle, or the circle it holds (a round
    /// sticker, `data-cut="circle"`), whose die-cut line the print PDF carries.
    public let cut: Cut
    /// Whether the print PDF carries crop marks outside the bleed (`data-crop-marks="yes"`).
    public let cropMarks: Bool

    /// The shape of the cut.
    public enum Cut: String, Hashable, Sendable, CaseIterable {
        case rectangle
        /// The largest circle in the page, centred: a round sticker.
        case circle
    }

    public init(
        viewBox: Rect, widthInPoints: Double, heightInPoints: Double, bleed: Double? = nil, safeMargin: Double? = nil,
        cut: Cut = .rectangle, cropMarks: Bool = false
    ) {
        self.cropMarks = cropMarks
        self.viewBox = viewBox
        self.widthInPoints = widthInPoints
        self.heightInPoints = heightInPoints
        self.bleed = bleed
        self.safeMargin = safeMargin
        self.cut = cut
    }

    /// Root user units in one point.
    public var unitsPerPoint: Double { viewBox.width / widthInPoints }

    /// A length in root user units, in millimetres on the printed page.
    public func millimetres(_ userUnits: Double) -> Double {
        userUnits / unitsPerPoint * 25.4 / 72
    }

    /// The page's pixel size at `dpi` dots per inch, rounded to whole pixels.
    public func pixels(atDPI dpi: Double) -> (width: Int, height: Int) {
        (Int((widthInPoints / 72 * dpi).rounded()), Int((heightInPoints / 72 * dpi).rounded()))
    }

    /// A length (`3mm`) in root user units.
    func userUnits(_ length: String) -> Double? {
        Self.points(length).map { $0 * unitsPerPoint }
    }

    /// A CSS/SVG length (`297mm`, `1080`, `8.5in`) in points; unitless lengths are CSS pixels.
    static func points(_ length: String) -> Double? {
        let units: [(suffix: String, points: Double)] = [
            ("mm", 72 / 25.4), ("cm", 720 / 25.4), ("in", 72), ("pt", 1), ("pc", 12), ("px", 0.75), ("", 0.75),
        ]
        let text = length.trimmingCharacters(in: .whitespaces)
        for unit in units where text.hasSuffix(unit.suffix) {
            guard let number = Double(text.dropLast(unit.suffix.count).trimmingCharacters(in: .whitespaces)), number > 0 else {
                continue
            }
            return number * unit.points
        }
        return nil
    }

    static func viewBox(_ text: String) -> Rect? {
        let numbers = text.split { $0 == "," || $0.isWhitespace }.compactMap { Double($0) }
        guard numbers.count == 4, numbers[2] > 0, numbers[3] > 0 else { return nil }
        return Rect(x: numbers[0], y: numbers[1], width: numbers[2], height: numbers[3])
    }
}
