import CampaignModel

/// How the timeline draws each kind of milestone: a colour from the Okabe–Ito palette (told
/// apart with colour-blindness too) and a distinct shape, so no kind relies on colour alone.
struct MilestoneStyle {
    let color: String
    let shape: Shape

    enum Shape { case circle, square, triangle, diamond, bar }

    static func of(_ kind: MilestoneKind) -> MilestoneStyle {
        switch kind {
        case .translationsDue: MilestoneStyle(color: "#0072B2", shape: .circle)
        case .printFilesDue: MilestoneStyle(color: "#B35900", shape: .square)
        case .dispatch: MilestoneStyle(color: "#007A5A", shape: .triangle)
        case .newsletter: MilestoneStyle(color: "#A3437F", shape: .circle)
        case .focusDay: MilestoneStyle(color: "#111111", shape: .diamond)
        case .socialPosts: MilestoneStyle(color: "#2A7FB8", shape: .bar)
        case .socialFollowUp: MilestoneStyle(color: "#C2410C", shape: .bar)
        }
    }

    /// The SVG for the marker centred at (x, y).
    func marker(x: Double, y: Double, size: Double = 6) -> String {
        let n = Markup.number
        switch shape {
        case .circle:
            return "<circle cx=\"\(n(x))\" cy=\"\(n(y))\" r=\"\(n(size * 0.8))\" fill=\"\(color)\"/>"
        case .square:
            let s = size * 1.4
            return "<rect x=\"\(n(x - s / 2))\" y=\"\(n(y - s / 2))\" width=\"\(n(s))\" height=\"\(n(s))\" fill=\"\(color)\"/>"
        case .triangle:
            return "<path d=\"M\(n(x)) \(n(y - size)) L\(n(x + size)) \(n(y + size * 0.8)) L\(n(x - size)) \(n(y + size * 0.8))Z\" fill=\"\(color)\"/>"
        case .diamond:
            let s = size * 1.3
            return "<path d=\"M\(n(x)) \(n(y - s)) L\(n(x + s)) \(n(y)) L\(n(x)) \(n(y + s)) L\(n(x - s)) \(n(y))Z\" fill=\"\(color)\"/>"
        case .bar:
            return "<rect x=\"\(n(x - 1.5))\" y=\"\(n(y - size))\" width=\"3\" height=\"\(n(size * 2))\" fill=\"\(color)\"/>"
        }
    }
}
