/// The resolution a picture prints at, for the print shop's rule of at least 300 dpi.
public enum PrintResolution {
    /// What print shops ask of pictures at their printed size.
    public static let minimumDotsPerInch = 300.0

    /// The dots per inch of a `pixels`-sized picture fitted into a box of `millimetres`, as SVG
    /// fits pictures by default (`preserveAspectRatio` "meet": the whole picture shows, scaled
    /// by the tighter side).
    public static func dotsPerInch(pixels: (width: Int, height: Int), millimetres: (width: Double, height: Double)) -> Double {
        let perMillimetre = max(Double(pixels.width) / millimetres.width, Double(pixels.height) / millimetres.height)
        return perMillimetre * 25.4
    }
}
