import DocgenCore

/// The data of a `build` event on `/__docgen/events`:
/// `{"version":1,"build":N,"changed":[URLs],"css_only":bool,"diagnostics":[…]}`
/// with each diagnostic exactly as `--format json` prints it
/// (`DiagnosticPrinter.jsonObject`), followed by fields the live-reload
/// script also uses (added fields may appear in version 1; none is renamed):
/// `removed` (URLs no longer served), `moved` (old URL → new URL),
/// `setup_error` (the last good site is still served), `pages` (pages
/// re-rendered), `ms` (rebuild time), `since_change_ms` (from the first file
/// event of the rebuild's changes to this event: the wait for quiet, the
/// rebuild and making the event; null for the first build) and `sources` (for each of the first
/// `maxSources` diagnostics, the source line it points at and the number of
/// characters before its column, or null).
struct BuildEvent {
    static let maxSources = 100

    struct SourceLine {
        var text: String
        var caret: Int?
    }

    var build: Int
    var changed: [String]
    var removed: [String] = []
    var moved: [String: String] = [:]
    var cssOnly: Bool
    var diagnostics: [Diagnostic]
    /// The diagnostics' JSON objects joined by commas, when already known
    /// (`EventEncoder` keeps them between builds).
    var diagnosticsJSON: String? = nil
    var sources: [SourceLine?] = []
    var setupError = false
    var pages = 0
    var milliseconds = 0
    var sinceChange: Int?

    func json() -> String {
        let string = DiagnosticPrinter.jsonString
        func list(_ values: [String]) -> String { "[" + values.map(string).joined(separator: ",") + "]" }
        let movedPairs = moved.keys.sorted().map { string($0) + ":" + string(moved[$0]!) }
        let sourceItems = sources.map { source -> String in
            guard let source else { return "null" }
            return "{\"text\":\(string(source.text)),\"caret\":\(source.caret.map(String.init) ?? "null")}"
        }
        return "{\"version\":1,\"build\":\(build),\"changed\":\(list(changed)),\"css_only\":\(cssOnly),"
            + "\"diagnostics\":["
            + (diagnosticsJSON ?? diagnostics.map(DiagnosticPrinter.jsonObject).joined(separator: ",")) + "],"
            + "\"removed\":\(list(removed)),\"moved\":{" + movedPairs.joined(separator: ",") + "},"
            + "\"setup_error\":\(setupError),\"pages\":\(pages),\"ms\":\(milliseconds),"
            + "\"since_change_ms\":\(sinceChange.map(String.init) ?? "null"),"
            + "\"sources\":[" + sourceItems.joined(separator: ",") + "]}"
    }

    /// The event as it goes on the wire: `event: NAME`, one `data:` line
    /// (the JSON has no raw line breaks: JSON strings escape them), a blank line.
    func message(named name: String) -> [UInt8] { Self.message(named: name, json: json()) }

    static func message(named name: String, json: String) -> [UInt8] {
        Array("event: \(name)\ndata: \(json)\n\n".utf8)
    }
}
