/// A file of the previous site's URLs or paths, one per line: absolute URLs
/// (`https://auth0.com/docs/a/`), root-relative paths (`/a/`, with or
/// without base_url's path) or paths (`a/`). Blank lines and lines starting
/// with `#` are skipped; spaces around a URL are not part of it.
enum PreviousURLList {
    static func urls(_ bytes: [UInt8], display: String, paths: SitePath) throws(SetupError) -> [PreviousURL] {
        guard let text = String(validating: bytes, as: UTF8.self) else {
            throw PreviousSite.failure("\(display) is not UTF-8 text", file: display)
        }
        var urls: [PreviousURL] = []
        var lineNumber = 0
        for line in ByteOrderMark.stripped(text).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let leading = line.prefix { $0 == " " || $0 == "\t" }
            let written = line.dropFirst(leading.count).reversed().drop { $0 == " " || $0 == "\t" }.reversed()
            let url = String(written)
            guard !url.isEmpty, !url.hasPrefix("#") else { continue }
            let column = leading.unicodeScalars.count + 1
            switch paths.path(of: url) {
            case .success(let path):
                urls.append(PreviousURL(written: url, path: path, file: display, line: lineNumber, column: column))
            case .failure(let reason):
                throw PreviousSite.failure(
                    reason.message(url, basePath: paths.basePath), file: display, line: lineNumber, column: column)
            }
        }
        return urls
    }
}
