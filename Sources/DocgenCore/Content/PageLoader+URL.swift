extension PageLoader {
    /// The page's URL: its file's, moved by `slug:` and `url:` when they are
    /// safe. An unsafe one is reported (message, line of its key) and ignored,
    /// so nothing is ever written where it points.
    static func url(
        of sourcePath: String, frontMatter: FrontMatter, report: (_ message: String, _ line: Int?) -> Void
    ) -> String {
        var url = PageURL.defaultURL(forSourcePath: sourcePath)
        if let slug = frontMatter.slug {
            switch PageURL.slugged(slug, replacingLastSegmentOf: url) {
            case .success(let slugged): url = slugged
            case .failure(let reason):
                report(
                    "slug `\(UnsafeURLReason.shown(slug))` is not a safe URL segment: \(reason.explanation); the page stays at `\(URLPathEncoder.encodeForDisplay(path: url))`",
                    frontMatter.keyLines["slug"])
            }
        }
        if let explicit = frontMatter.url {
            switch PageURL.explicit(explicit) {
            case .success(let normalized): url = normalized
            case .failure(let reason):
                report(
                    "url `\(UnsafeURLReason.shown(explicit))` is not a safe path of this site: \(reason.explanation); the page stays at `\(URLPathEncoder.encodeForDisplay(path: url))`",
                    frontMatter.keyLines["url"])
            }
        }
        return url
    }
}
