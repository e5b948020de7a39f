import ArgumentParser
import Foundation

#if Serve
    import DocgenServe
#endif

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Preview the site: build it into memory, serve it, rebuild what changed and reload the browser.")

    @Argument(help: "The site folder (holding docgen.yml and content/).")
    var site: String = "."

    @Option(help: "The address to listen on (loopback by default).")
    var host = "127.0.0.1"

    @Option(help: "The port (default: 8000, or the next free one when 8000 is taken).")
    var port: UInt16?

    @Flag(help: "Publish pages with `draft: true` too.")
    var drafts = false

    @Flag(help: "Open the site in the default browser.")
    var open = false

    @Flag(help: "Watch files by polling their times instead of inotify.")
    var poll = false

    func run() throws {
        #if Serve
            try serve()
        #else
            // Without the command, `docgen serve` would build a site named `serve`.
            FileHandle.standardError.write(
                Data(
                    "docgen: this docgen was built without `serve` (the static binary leaves it out); build docgen from source for the preview server\n"
                        .utf8))
            throw ExitCode(2)
        #endif
    }

    #if Serve
        private func serve() throws {
            var options = ServeOptions(siteRoot: URL(fileURLWithPath: site))
            options.host = host
            options.port = port
            options.includeDrafts = drafts
            options.opensBrowser = open
            options.polls = poll
            if let quiet = ProcessInfo.processInfo.environment["DOCGEN_SERVE_QUIET_MS"].flatMap(Double.init) {
                options.quietPeriod = quiet / 1000
            }
            let failure = DevServer.run(options)
            FileHandle.standardError.write(Data("docgen: \(failure.message)\n".utf8))
            throw ExitCode(2)
        }
    #endif
}
