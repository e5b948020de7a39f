/// What a GitHub Actions job tells a step through its environment: where the
/// job summary goes (`GITHUB_STEP_SUMMARY`) and, from `GITHUB_SERVER_URL`,
/// `GITHUB_REPOSITORY` and `GITHUB_SHA`, where a file of the commit is shown.
public struct GitHubEnvironment: Sendable, Equatable {
    /// The file to append the job summary's Markdown to; nil outside Actions.
    public var stepSummaryFile: String?
    /// `https://github.com/owner/repo/blob/<sha>/`, when all three are set.
    public var blobURL: String?

    public init(stepSummaryFile: String?, blobURL: String?) {
        self.stepSummaryFile = stepSummaryFile
        self.blobURL = blobURL
    }

    public init(_ environment: [String: String]) {
        func value(_ name: String) -> String? { environment[name].flatMap { $0.isEmpty ? nil : $0 } }
        stepSummaryFile = value("GITHUB_STEP_SUMMARY")
        if let server = value("GITHUB_SERVER_URL"), let repository = value("GITHUB_REPOSITORY"),
            let sha = value("GITHUB_SHA")
        {
            var base = server
            while base.hasSuffix("/") { base.removeLast() }
            blobURL = "\(base)/\(repository)/blob/\(sha)/"
        } else {
            blobURL = nil
        }
    }
}
