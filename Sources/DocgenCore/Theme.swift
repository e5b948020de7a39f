import DocgenMustache
import Foundation

/// The templates and static files a site is rendered with: the site's
/// `templates/` folder, or the built-in default theme when it has none.
/// Parsed once per build; every problem is a setup error with file and line.
public struct Theme: Sendable {
    static let requiredTemplates = ["layout", "page", "section"]

    let library: MustacheLibrary
    let templateNames: Set<String>
    /// Files under `static/`, copied to the output root: (relative path, bytes).
    let staticFiles: [(path: String, bytes: Data)]

    /// Loads `folder` if it exists, else the built-in theme. `displayPrefix` is
    /// the folder's path relative to the site root, for diagnostics.
    static func load(folder: URL, displayPrefix: String) throws(SetupError) -> Theme {
        var sources: [String: String] = [:]
        var staticFiles: [(String, Data)] = []
        var prefix = displayPrefix
        if FileManager.default.fileExists(atPath: folder.path) {
            for path in Self.files(under: folder) {
                let url = folder.appendingPathComponent(path)
                if path.hasPrefix("static/") {
                    staticFiles.append(
                        (String(path.dropFirst("static/".count)), (try? Data(contentsOf: url)) ?? Data()))
                } else if path.hasSuffix(".mustache") {
                    guard let data = try? Data(contentsOf: url), let text = String(validatingUTF8Data: data) else {
                        throw SetupError(
                            code: .template, message: "template is not readable UTF-8", file: prefix + "/" + path)
                    }
                    // A byte order mark is no text: it would lead every page's HTML.
                    sources[String(path.dropLast(".mustache".count))] = ByteOrderMark.stripped(text)
                }
            }
        } else {
            prefix = "(built-in theme)"
            for (path, text) in DefaultTheme.files {
                if path.hasPrefix("static/") {
                    staticFiles.append((String(path.dropFirst("static/".count)), Data(text.utf8)))
                } else if path.hasSuffix(".mustache") {
                    sources[String(path.dropLast(".mustache".count))] = text
                }
            }
        }
        return try Theme(sources: sources, staticFiles: staticFiles.sorted { $0.0 < $1.0 }, displayPrefix: prefix)
    }

    init(sources: [String: String], staticFiles: [(String, Data)], displayPrefix: String) throws(SetupError) {
        var diagnostics: [Diagnostic] = []
        var templates: [String: MustacheTemplate] = [:]
        for name in Self.requiredTemplates where sources[name] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, code: DiagnosticCode.template.rawValue,
                    message: "missing template `\(name).mustache`: a theme needs layout, page and section",
                    file: displayPrefix + "/" + name + ".mustache"))
        }
        for (name, text) in sources.sorted(by: { $0.key < $1.key }) {
            let file = displayPrefix + "/" + name + ".mustache"
            do throws(MustacheSyntaxError) {
                let template = try MustacheTemplate(text)
                templates[name] = template
                for (partial, line) in template.partials where sources[partial] == nil {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: DiagnosticCode.template.rawValue,
                            message:
                                "partial `\(partial)` does not exist (looked for \(displayPrefix)/\(partial).mustache)",
                            file: file, line: line))
                }
            } catch {
                diagnostics.append(
                    Diagnostic(
                        .error, code: DiagnosticCode.template.rawValue,
                        message: "Mustache syntax error: \(error.message)", file: file, line: error.line,
                        column: error.column))
            }
        }
        guard diagnostics.isEmpty else { throw SetupError(diagnostics) }
        self.library = MustacheLibrary(templates)
        self.templateNames = Set(sources.keys)
        self.staticFiles = staticFiles
    }

    /// The template's output; "" if the theme has no such template.
    func render(_ context: MustacheValue, template: String) -> String {
        library.renderString(context, template: template)
    }

    /// The template's output as UTF-8 bytes.
    func renderBytes(_ context: MustacheValue, template: String) -> [UInt8] {
        library.render(context, template: template) ?? []
    }

    private static func files(under folder: URL) -> [String] {
        let root = folder.standardizedFileURL.path
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            paths.append(String(url.standardizedFileURL.path.dropFirst(root.count + 1)))
        }
        return paths.sorted()
    }
}
