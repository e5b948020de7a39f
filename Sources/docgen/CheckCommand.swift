import ArgumentParser

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Run every check of `build` without writing a site (for pull requests).")

    @OptionGroup var site: SiteOptions

    func run() throws { try site.run(writesSite: false, output: nil) }
}
