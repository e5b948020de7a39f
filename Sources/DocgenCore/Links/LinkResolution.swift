/// What a link target turned out to be.
enum LinkResolution: Sendable {
    /// Not checked: another site, `mailto:`, `tel:` and other schemes.
    case external
    /// An empty destination: `[text]()`.
    case empty
    /// A page (through its URL, an alias, or its `.md` file), and the fragment if any.
    case page(Int, fragment: String?, query: String?)
    /// An asset, by content-relative path.
    case asset(String, query: String?, fragment: String?)
    /// Nothing matched. `lookedFor` is the site path that was tried.
    case missing(lookedFor: String, asFile: String?)
}
