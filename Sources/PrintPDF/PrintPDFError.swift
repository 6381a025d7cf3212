/// Why a PDF could not be made print-ready.
public enum PrintPDFError: Error, Equatable, Sendable, CustomStringConvertible {
    /// qpdf could not read, change or write the file.
    case qpdf(String)
    /// The drawing's page is not one page, or is smaller than its bleed.
    case page(String)

    public var description: String {
        switch self {
        case .qpdf(let reason): "qpdf: \(reason)"
        case .page(let reason): reason
        }
    }
}
