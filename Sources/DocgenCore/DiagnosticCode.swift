/// Every diagnostic code docgen emits. The raw values are a contract: users'
/// scripts, CI filters and `links.severity` in `docgen.yml` name them.
public enum DiagnosticCode: String, CaseIterable, Sendable {
    // Links (links.md)
    case missingPage = "missing-page"
    case missingAnchor = "missing-anchor"
    case missingAsset = "missing-asset"
    case malformedLink = "malformed-link"
    case undefinedReference = "undefined-reference"
    case emptyLink = "empty-link"
    case linkToDraft = "link-to-draft"
    case rawHTMLOmitted = "raw-html-omitted"
    // Content files
    case frontMatter = "front-matter"
    case invalidEncoding = "invalid-encoding"
    case emptyFile = "empty-file"
    case duplicateURL = "duplicate-url"
    case unsafeURL = "unsafe-url"
    case unknownTemplate = "unknown-template"
    // Setup
    case config = "config"
    case template = "template"
    case output = "output"

    /// The severity a code has unless `docgen.yml` says otherwise.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .emptyLink, .linkToDraft, .rawHTMLOmitted, .emptyFile: return .warning
        default: return .error
        }
    }

    /// Codes whose severity `links.severity` may change.
    public var isLinkCode: Bool {
        switch self {
        case .missingPage, .missingAnchor, .missingAsset, .malformedLink, .undefinedReference, .emptyLink,
            .linkToDraft, .rawHTMLOmitted:
            return true
        default:
            return false
        }
    }
}
