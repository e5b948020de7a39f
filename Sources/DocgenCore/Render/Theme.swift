import DocgenMustache
import Foundation

/// The templates and static files a site is rendered with: each name is
/// looked up in the site's `templates/` folder first and in the built-in
/// theme second, so a site overrides one partial or one stylesheet and keeps
/// the rest (and the built-in theme's fixes when docgen is upgraded). Parsed
/// once per build; every problem is a setup error naming the file used.
public struct Theme: Sendable {
    static let requiredTemplates = ["layout", "page", "section"]

    let library: MustacheLibrary
    let templateNames: Set<String>
    /// Files under `static/`, copied to the output root: (relative path, bytes).
    let staticFiles: [(path: String, bytes: Data)]
    /// Every template, partial and static file, sorted by name, with where it
    /// was read (for `docgen theme --list`).
    public let files: [ThemeFile]

    /// The theme of the site at `siteRoot` with `config` (its `templates_dir`).
    public static func load(siteRoot: URL, config: SiteConfig) throws(SetupError) -> Theme {
        try load(
            folder: siteRoot.appendingPathComponent(config.templatesFolder), displayPrefix: config.templatesFolder,
            siteRoot: siteRoot)
    }

    /// The built-in theme's file `name` (`partials/footer.mustache`), to start
    /// an override from; nil when the built-in theme has no such file.
    public static func builtInText(_ name: String) -> String? { DefaultTheme.files[name] }

    /// The names of the built-in theme's files: the names a site may override.
    public static var builtInNames: [String] { DefaultTheme.files.keys.sorted() }

    /// The folder under which every built-in template can be named, even one
    /// the site overrides: a site's `layout.mustache` may extend the
    /// built-in one with `{{<builtin/layout}}`.
    public static let builtInFolder = "builtin/"

    /// Loads `folder`, falling back to the built-in theme for every name it
    /// lacks (all of them when there is no such folder). `displayPrefix` is
    /// the folder's path relative to the site root, for diagnostics. Symlinks
    /// in the folder may point into it or into `siteRoot` (see `FolderWalk`);
    /// a file that cannot or must not be read stops the build, as any other
    /// problem of the theme does.
    static func load(folder: URL, displayPrefix: String, siteRoot: URL? = nil) throws(SetupError) -> Theme {
        let site = try ThemeFolder.read(folder, displayPrefix: displayPrefix, siteRoot: siteRoot)
        var entries: [String: ThemeEntry] = [:]
        for (name, text) in DefaultTheme.files {
            entries[name] = ThemeEntry(
                bytes: Array(text.utf8),
                file: ThemeFile(name: name, origin: .builtIn, displayPath: ThemeFile.builtInPrefix + "/" + name))
        }
        var reserved: [Diagnostic] = []
        for (name, bytes) in site {
            guard !name.hasPrefix(builtInFolder) else {
                reserved.append(
                    Diagnostic(
                        .error, code: DiagnosticCode.template.rawValue,
                        message:
                            "`\(builtInFolder)` names the built-in theme's templates (as in `{{<builtin/layout}}`); move this file elsewhere",
                        file: displayPrefix + "/" + name))
                continue
            }
            let origin: ThemeFile.Origin = entries[name] == nil ? .added : .overridden
            entries[name] = ThemeEntry(
                bytes: bytes, file: ThemeFile(name: name, origin: origin, displayPath: displayPrefix + "/" + name))
        }
        guard reserved.isEmpty else { throw SetupError(reserved) }
        var aliases: [String: ThemeEntry] = [:]
        for (name, text) in DefaultTheme.files where name.hasSuffix(".mustache") {
            aliases[builtInFolder + name] = ThemeEntry(
                bytes: Array(text.utf8),
                file: ThemeFile(name: name, origin: .builtIn, displayPath: ThemeFile.builtInPrefix + "/" + name))
        }
        return try Theme(entries: entries, lookedIn: displayPrefix, builtInAliases: aliases)
    }

    /// A theme of exactly these templates (by name, without `.mustache`) and
    /// static files, all read from `displayPrefix`; no built-in fallback.
    init(sources: [String: String], staticFiles: [(String, Data)], displayPrefix: String) throws(SetupError) {
        var entries: [String: ThemeEntry] = [:]
        for (name, text) in sources {
            let file = name + ".mustache"
            entries[file] = ThemeEntry(
                bytes: Array(text.utf8),
                file: ThemeFile(name: file, origin: .added, displayPath: displayPrefix + "/" + file))
        }
        for (path, bytes) in staticFiles {
            let file = "static/" + path
            entries[file] = ThemeEntry(
                bytes: Array(bytes),
                file: ThemeFile(name: file, origin: .added, displayPath: displayPrefix + "/" + file))
        }
        try self.init(entries: entries, lookedIn: displayPrefix, builtInAliases: [:])
    }

    /// Parses every template; `lookedIn` is the site's theme folder, named by
    /// the diagnostic of a missing partial.
    private init(entries: [String: ThemeEntry], lookedIn: String, builtInAliases: [String: ThemeEntry] = [:])
        throws(SetupError)
    {
        var diagnostics: [Diagnostic] = []
        var sources: [String: (text: String, file: ThemeFile)] = [:]
        var staticFiles: [(String, Data)] = []
        for (name, entry) in entries.merging(builtInAliases, uniquingKeysWith: { site, _ in site }) {
            if name.hasPrefix("static/") {
                staticFiles.append((String(name.dropFirst("static/".count)), Data(entry.bytes)))
            } else if name.hasSuffix(".mustache") {
                guard let text = String(validating: entry.bytes, as: UTF8.self) else {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: DiagnosticCode.template.rawValue, message: "template is not UTF-8",
                            file: entry.file.displayPath))
                    continue
                }
                // A byte order mark is no text: it would lead every page's HTML.
                sources[String(name.dropLast(".mustache".count))] = (ByteOrderMark.stripped(text), entry.file)
            }
        }
        for name in Self.requiredTemplates where entries[name + ".mustache"] == nil {
            diagnostics.append(
                Diagnostic(
                    .error, code: DiagnosticCode.template.rawValue,
                    message: "missing template `\(name).mustache`: a theme needs layout, page and section",
                    file: lookedIn + "/" + name + ".mustache"))
        }
        var templates: [String: MustacheTemplate] = [:]
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            let file = source.file.displayPath
            do throws(MustacheSyntaxError) {
                let template = try MustacheTemplate(source.text)
                templates[name] = template
                for (partial, line) in template.partials where sources[partial] == nil {
                    diagnostics.append(
                        Diagnostic(
                            .error, code: DiagnosticCode.template.rawValue,
                            message:
                                "partial `\(partial)` does not exist (looked for \(lookedIn)/\(partial).mustache and in the built-in theme)",
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
        self.staticFiles = staticFiles.sorted { $0.0 < $1.0 }
        self.files = entries.values.map(\.file).sorted { $0.name < $1.name }
    }

    /// The template's output; "" if the theme has no such template.
    func render(_ context: MustacheValue, template: String) -> String {
        library.renderString(context, template: template)
    }

    /// The template's output as UTF-8 bytes.
    func renderBytes(_ context: MustacheValue, template: String) -> [UInt8] {
        library.render(context, template: template) ?? []
    }
}

/// A theme file's bytes and where they were read.
private struct ThemeEntry {
    var bytes: [UInt8]
    var file: ThemeFile
}
