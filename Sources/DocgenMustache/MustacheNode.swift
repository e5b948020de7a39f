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
    /// `{{> name}}`; `indentation` is the whitespace before a standalone tag;
    /// `standalone` says the tag's line was taken out of the output.
    case partial(name: String, indentation: [UInt8], standalone: Bool)
    /// `{{< name}}{{$block}}…{{/block}}{{/name}}`: the template `name`, with
    /// the blocks given here replacing its blocks of the same names (text
    /// between them is ignored, as the spec says). Indented as a partial.
    case parent(name: String, overrides: [String: [MustacheNode]], indentation: [UInt8], standalone: Bool)
    /// `{{$name}}default{{/name}}`: the override of `name` given by a parent
    /// tag, else `body`. `indentation` is added to the lines of whichever is
    /// rendered: the body's own (intrinsic) indentation, which the parser
    /// removed from its lines (`dedented`), else the whitespace before the tag.
    case block(name: String, body: [MustacheNode], indentation: [UInt8], standalone: Bool, dedented: Bool)
}
