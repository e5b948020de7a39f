/// What the tokenizer cuts a template into, before standalone lines are
/// resolved and sections nested.
enum MustacheToken {
    enum Kind: Equatable {
        case variable, raw, section, inverted, close, comment, partial, delimiters
        /// `{{<name}}` (a parent: a partial whose blocks the tag's own
        /// `{{$block}}`s replace) and `{{$name}}` (a block).
        case parent, block

        /// Tags that, alone on a line with only whitespace, take the whole
        /// line with them (Mustache's "standalone" rule).
        var canStandAlone: Bool { self != .variable && self != .raw }

        /// Tags that open a body closed by `{{/name}}`.
        var opensBody: Bool { self == .section || self == .inverted || self == .parent || self == .block }

        /// How the opening tag is written, for messages: `#`, `^`, `<`, `$`.
        var sigil: String {
            switch self {
            case .section: return "#"
            case .inverted: return "^"
            case .parent: return "<"
            case .block: return "$"
            case .close: return "/"
            case .comment: return "!"
            case .partial: return ">"
            case .raw: return "&"
            case .delimiters: return "="
            case .variable: return ""
            }
        }
    }

    struct Tag {
        var kind: Kind
        var name: String
        var line: Int
        var column: Int
    }

    /// Literal text, cut after every newline.
    case text(ArraySlice<UInt8>)
    case tag(Tag)
}
