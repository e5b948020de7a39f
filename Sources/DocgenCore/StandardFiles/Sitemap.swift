import DocgenMarkdown

/// `sitemap.xml` in the sitemaps.org 0.9 format: the absolute URL of every
/// published page that is not a draft. A sitemap needs absolute URLs, so
/// docgen writes one only when `base_url` is set.
enum Sitemap {
    static let path = "sitemap.xml"

    static func xml(absoluteURLs urls: [String]) -> String {
        var text = """
            <?xml version="1.0" encoding="UTF-8"?>
            <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">

            """
        // `&`, `<` and `>` must be escaped in XML text; HTML's escaping does that.
        for url in urls { text += "  <url><loc>\(HTMLEscaping.text(url))</loc></url>\n" }
        return text + "</urlset>\n"
    }
}
