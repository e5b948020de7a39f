import Foundation

/// What the previous site served (`--previous PATH`, `previous:`): read from
/// a sitemap (docgen's, or any sitemaps.org file such as the live site's, or
/// a sitemap index whose sitemaps lie beside it), a file of URLs or paths one
/// per line, or a previous output folder.
///
/// Every problem reading it is a setup error: a previous site half read
/// would let removed pages pass.
public struct PreviousSite: Sendable {
    public var urls: [PreviousURL]

    public init(urls: [PreviousURL]) { self.urls = urls }

    /// Reads `location`. `display` is how diagnostics name it (relative to the
    /// site folder); `basePath` is the path of `base_url` (`/docs`), stripped
    /// from the URLs read.
    public static func load(_ location: URL, display: String, basePath: String) throws(SetupError) -> PreviousSite {
        let paths = SitePath(basePath: basePath)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: location.path, isDirectory: &isFolder) else {
            throw failure("the previous site \(display) does not exist", file: display)
        }
        if isFolder.boolValue { return PreviousSite(urls: PreviousOutputFolder.urls(in: location, display: display)) }
        let bytes = try read(location, display: display)
        if bytes.starts(with: [0x1F, 0x8B]) {
            throw failure("\(display) is gzip-compressed: unpack it first (gunzip -k)", file: display)
        }
        let firstByte = bytes.dropFirst(ByteOrderMark.length(in: bytes)).first {
            ![0x20, 0x09, 0x0A, 0x0D].contains($0)
        }
        if firstByte == UInt8(ascii: "<") {
            return PreviousSite(
                urls: try sitemap(location, bytes: bytes, display: display, paths: paths, nested: false))
        }
        return PreviousSite(urls: try PreviousURLList.urls(bytes, display: display, paths: paths))
    }

    private static func read(_ location: URL, display: String) throws(SetupError) -> [UInt8] {
        switch FileBytes.load(location.path) {
        case .success(let bytes): return bytes
        case .failure(let problem):
            throw failure("cannot read the previous site \(display): \(problem.message)", file: display)
        }
    }

    /// The URLs of a sitemap; for an index, of the sitemaps it names, each
    /// read from the file of the same name beside it (docgen reads no network).
    private static func sitemap(
        _ location: URL, bytes: [UInt8], display: String, paths: SitePath, nested: Bool
    ) throws(SetupError) -> [PreviousURL] {
        let scanner: SitemapScanner
        switch SitemapScanner.scan(bytes) {
        case .success(let scanned): scanner = scanned
        case .failure(let problem): throw failure(problem.message, file: display, line: problem.line)
        }
        guard scanner.kind == .index else {
            return try scanner.locations.map { location throws(SetupError) in
                switch paths.path(of: location.text) {
                case .success(let path):
                    return PreviousURL(
                        written: location.text, path: path, file: display, line: location.line, column: location.column)
                case .failure(let reason):
                    throw failure(
                        reason.message(location.text, basePath: paths.basePath), file: display, line: location.line,
                        column: location.column)
                }
            }
        }
        if nested {
            throw failure(
                "a sitemap index names another sitemap index, which sitemaps.org does not allow", file: display)
        }
        var urls: [PreviousURL] = []
        let folder = location.deletingLastPathComponent()
        let displayFolder = display.contains("/") ? String(display[..<display.lastIndex(of: "/")!]) + "/" : ""
        for child in scanner.locations {
            var name = child.text
            if let cut = name.firstIndex(where: { $0 == "?" || $0 == "#" }) { name = String(name[..<cut]) }
            name = name.split(separator: "/").last.map(String.init) ?? ""
            name = name.removingPercentEncoding ?? name
            let childURL = folder.appendingPathComponent(name)
            guard !name.isEmpty, name != ".", name != "..", FileManager.default.fileExists(atPath: childURL.path) else {
                throw failure(
                    "the sitemap index names `\(child.text)`: save that sitemap beside \(display) as `\(name)` (docgen does not download it)",
                    file: display, line: child.line, column: child.column)
            }
            let childBytes = try read(childURL, display: displayFolder + name)
            if childBytes.starts(with: [0x1F, 0x8B]) {
                throw failure(
                    "\(displayFolder + name) is gzip-compressed: unpack it first (gunzip -k)", file: display,
                    line: child.line, column: child.column)
            }
            urls += try sitemap(childURL, bytes: childBytes, display: displayFolder + name, paths: paths, nested: true)
        }
        return urls
    }

    static func failure(_ message: String, file: String, line: Int? = nil, column: Int? = nil) -> SetupError {
        SetupError(code: .config, message: message, file: file, line: line, column: column)
    }
}

extension SitePath.Failure {
    func message(_ written: String, basePath: String) -> String {
        switch self {
        case .otherScheme:
            return "`\(written)` is not a web address or a path of the previous site"
        case .outsideBase(let path):
            return
                "`\(written)` is not under base_url (its path `\(path)` does not start with `\(basePath)/`): is this the site's sitemap, and base_url right?"
        }
    }
}
