import Mustache

/// `site` in a page's template context. `nav_html` is the sidebar rendered
/// once per section (`SidebarRenderer`); `nav`, the sidebar's items, is only
/// built when a template asks for it, so themes that use `nav_html` do not pay
/// for it on every page.
struct SiteTemplateContext: MustacheParent {
    let fields: [String: String]
    let navHTML: String
    let nav: () -> [[String: Any]]

    func child(named name: String) -> Any? {
        switch name {
        case "nav": return nav()
        case "nav_html": return navHTML
        default: return fields[name]
        }
    }
}
