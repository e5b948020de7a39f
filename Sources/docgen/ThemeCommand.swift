import ArgumentParser
import DocgenCore
import Foundation

/// `docgen theme`: the theme files a site is rendered with and where each
/// comes from, and the built-in files to start an override from. The names
/// of the built-in theme are a contract: a site's file of the same name
/// replaces it.
struct ThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "List the theme's templates, partials and static files, or print a built-in one.",
        discussion: """
            Each file is looked up in the site's templates folder first and in the built-in theme second. \
            --list (the default) prints one line per file: built-in, overridden (the site's file replaces \
            the built-in one) or added (a name only the site has), the name, and the site's file. \
            --show NAME prints the built-in file, e.g. \
            `docgen theme --show partials/footer.mustache > templates/partials/footer.mustache`.
            """)

    @Argument(help: "The site folder (holding docgen.yml and content/).")
    var site: String = "."

    @Flag(help: "List every theme file and where it comes from (the default).")
    var list = false

    @Option(help: "Print the built-in theme's file NAME (e.g. partials/footer.mustache) to standard output.")
    var show: String?

    func validate() throws {
        if list, show != nil { throw ValidationError("--list and --show cannot be used together") }
    }

    func run() throws {
        if let show {
            guard let text = Theme.builtInText(show) else {
                FileHandle.standardError.write(
                    Data(
                        ("docgen: the built-in theme has no file `\(show)`; its files are:\n  "
                            + Theme.builtInNames.joined(separator: "\n  ") + "\n").utf8))
                throw ExitCode(2)
            }
            print(text, terminator: "")
            return
        }
        let root = URL(fileURLWithPath: site)
        do {
            let config = try ConfigLoader.load(siteRoot: root.standardizedFileURL)
            let theme = try Theme.load(siteRoot: root.standardizedFileURL, config: config)
            print(Self.table(theme.files), terminator: "")
        } catch {
            var printer = DiagnosticPrinter(format: .terminal, siteRoot: root, usesColor: false)
            print(printer.render(error.diagnostics, summary: nil), terminator: "")
            throw ExitCode(2)
        }
    }

    /// One line per file: origin, name, and the site's file when it is used.
    static func table(_ files: [ThemeFile]) -> String {
        let originWidth = files.map(\.origin.rawValue.count).max() ?? 0
        let nameWidth = files.map(\.name.count).max() ?? 0
        return files.map { file in
            let origin = file.origin.rawValue.padding(toLength: originWidth, withPad: " ", startingAt: 0)
            guard file.origin != .builtIn else { return origin + "  " + file.name + "\n" }
            let name = file.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            return origin + "  " + name + "  " + file.displayPath + "\n"
        }.joined()
    }
}
