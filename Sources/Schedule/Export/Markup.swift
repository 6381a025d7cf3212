/// Numbers as the timeline's SVG writes them.
enum Markup {
    /// A number for SVG coordinates: at most one decimal, no trailing `.0`.
    static func number(_ value: Double) -> String {
        let tenths = (value * 10).rounded()
        return tenths.truncatingRemainder(dividingBy: 10) == 0 ? String(Int(tenths / 10)) : String(tenths / 10)
    }
}
