/// One template, partial or static file of the theme a site is rendered with,
/// and where it was read: a site's `templates/` folder overrides the built-in
/// theme one file at a time, so each name has exactly one origin.
public struct ThemeFile: Sendable, Equatable {
    public enum Origin: String, Sendable {
        /// The built-in theme's file: the site has none of this name.
        case builtIn = "built-in"
        /// The site's file replaces the built-in file of the same name.
        case overridden
        /// The site's file, a name the built-in theme does not have (a
        /// `template:` of its own, a new partial or static file).
        case added
    }

    /// The path inside a theme folder: `layout.mustache`,
    /// `partials/footer.mustache`, `static/docgen.css`.
    public let name: String
    public let origin: Origin
    /// The file as diagnostics name it: `templates/partials/footer.mustache`,
    /// or `(built-in theme)/partials/footer.mustache`.
    public let displayPath: String

    /// What diagnostics call the built-in theme's folder.
    public static let builtInPrefix = "(built-in theme)"
}
