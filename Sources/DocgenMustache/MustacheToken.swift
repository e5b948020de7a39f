/// What the tokenizer cuts a template into, before standalone lines are
/// resolved and sections nested.
enum MustacheToken {
    enum Kind: Equatable {
        case variable, raw, section, inverted, close, comment, partial, delimiters

        /// Tags that, alone on a line with only whitespace, take the whole
        /// line with them (Mustache's "standalone" rule).
        var canStandAlone: Bool { self != .variable && self != .raw }
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
