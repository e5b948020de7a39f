import DocgenMarkdown

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
    case placeholderLink = "placeholder-link"
    // Includes (`{{#include}}`)
    /// The file, or its line range or anchor, does not exist (links.md: one code).
    case missingInclude = "missing-include"
    case includeCycle = "include-cycle"
    case includeTooLarge = "include-too-large"
    // The Markdown dialect (`ParsedMarkdown.problems`)
    case malformedTable = "malformed-table"
    case unclosedCallout = "unclosed-callout"
    case undefinedFootnote = "undefined-footnote"
    case unusedFootnote = "unused-footnote"
    case duplicateID = "duplicate-id"
    case nestingTooDeep = "nesting-too-deep"
    // Content files
    case frontMatter = "front-matter"
    case invalidEncoding = "invalid-encoding"
    case emptyFile = "empty-file"
    case duplicateURL = "duplicate-url"
    case unsafeURL = "unsafe-url"
    case unknownTemplate = "unknown-template"
    // A URL the previous site served that this one no longer serves (`--previous`)
    case removedURL = "removed-url"
    // Files the site holds that docgen cannot or must not read (`FileProblem`)
    case unsafeSymlink = "unsafe-symlink"
    case brokenSymlink = "broken-symlink"
    case specialFile = "special-file"
    case unreadableFile = "unreadable-file"
    // Setup
    case config = "config"
    case template = "template"
    case output = "output"

    /// The severity a code has unless `docgen.yml` says otherwise.
    public var defaultSeverity: Diagnostic.Severity {
        switch self {
        case .emptyLink, .linkToDraft, .rawHTMLOmitted, .emptyFile, .malformedTable, .unusedFootnote: return .warning
        default: return .error
        }
    }

    /// Codes about a link, whose target is a link destination as written:
    /// `links.ignore` globs are matched against it.
    public var isLinkCode: Bool {
        switch self {
        case .missingPage, .missingAnchor, .missingAsset, .malformedLink, .undefinedReference, .emptyLink,
            .linkToDraft, .rawHTMLOmitted, .placeholderLink:
            return true
        default:
            return false
        }
    }

    /// Codes of the Markdown dialect: tables, callouts, footnotes, heading ids.
    public var isMarkdownCode: Bool {
        switch self {
        case .malformedTable, .unclosedCallout, .undefinedFootnote, .unusedFootnote, .duplicateID: return true
        default: return false
        }
    }

    /// Codes whose severity `links.severity` may change: the link codes and
    /// the Markdown codes (footnotes are links within a page, and a site may
    /// want to silence `unused-footnote` or `malformed-table`).
    public var hasConfigurableSeverity: Bool { isLinkCode || isMarkdownCode }

    /// The code of a problem of the Markdown dialect.
    init(_ kind: MarkdownProblem.Kind) {
        switch kind {
        case .malformedTable: self = .malformedTable
        case .unclosedCallout: self = .unclosedCallout
        case .undefinedFootnote: self = .undefinedFootnote
        case .unusedFootnote: self = .unusedFootnote
        case .duplicateID: self = .duplicateID
        case .nestingTooDeep: self = .nestingTooDeep
        }
    }
}
