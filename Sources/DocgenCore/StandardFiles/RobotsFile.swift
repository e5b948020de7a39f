/// `robots.txt`: lets every crawler in and points it to the sitemap when
/// there is one. A site's own `content/robots.txt` is published instead.
enum RobotsFile {
    static let path = "robots.txt"

    static func text(sitemapURL: String?) -> String {
        "User-agent: *\nAllow: /\n" + (sitemapURL.map { "\nSitemap: \($0)\n" } ?? "")
    }
}
