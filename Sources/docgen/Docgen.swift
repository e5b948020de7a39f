import ArgumentParser
import Foundation

/// The `docgen` command: argument parsing only; the work is in DocgenCore.
@main
struct Docgen: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build and check a documentation site from Markdown with YAML front matter.",
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, ThemeCommand.self],
        defaultSubcommand: BuildCommand.self)

    /// Like ArgumentParser's own `main`, but a usage error exits with status 2,
    /// as docgen documents (ArgumentParser's default is 64).
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
