import DocgenMustache

/// `site` in a page's template context. `nav_html` is the sidebar rendered
/// once per section (`SidebarRenderer`); `nav`, the sidebar's items, is only
/// built when a template asks for it, so themes that use `nav_html` do not pay
/// for it on every page.
struct SiteTemplateContext: MustacheObject {
    let fields: [String: String]
    let navHTML: String
    let nav: @Sendable () -> [MustacheValue]

    func value(forKey key: String) -> MustacheValue? {
        switch key {
        case "nav": return .list(nav())
        case "nav_html": return .text(navHTML)
        default: return fields[key].map(MustacheValue.text)
        }
    }
}
