/// One element of a parsed template.
indirect enum MustacheNode: Sendable {
    /// Literal text; never holds a newline except as its last character, so
    /// that partial indentation can be applied line by line.
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (raw). The path is
    /// the name split at dots; `["."]` is the current value.
    case variable(path: [String], escaped: Bool)
    /// `{{#name}}…{{/name}}` or, inverted, `{{^name}}…{{/name}}`.
    case section(path: [String], inverted: Bool, body: [MustacheNode])
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag.
    case partial(name: String, indentation: [UInt8])
}
