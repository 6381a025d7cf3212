extension Double {
    /// The value as findings and pages print sizes, lengths and ratios: rounded to one decimal,
    /// without a trailing `.0` (`2.5`, `3`).
    public var oneDecimal: String {
        let rounded = (self * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}
