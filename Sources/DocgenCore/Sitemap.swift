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
        for url in urls { text += "  <url><loc>\(escaped(url))</loc></url>\n" }
        return text + "</urlset>\n"
    }

    /// XML's five entities; sitemaps.org requires them escaped in `<loc>`.
    private static func escaped(_ text: String) -> String {
        var output = ""
        for character in text {
            switch character {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "'": output += "&apos;"
            case "\"": output += "&quot;"
            default: output.append(character)
            }
        }
        return output
    }
}
