import ArgumentParser

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build", abstract: "Check every link and write the HTML site.")

    @OptionGroup var site: SiteOptions

    @Option(help: "Where to write the site (default: SITE/public, or `output_dir`).")
    var output: String?

    func run() throws { try site.run(writesSite: true, output: output) }
}
