import DocgenMarkdown
import Foundation

/// Fingerprints of the source lines diagnostics point at: a 64-bit FNV-1a
/// digest (`Fingerprint`) of the line's text, without its line ending, its
/// leading and trailing white space and line 1's byte order mark, as 16 hex
/// digits.
///
/// A fingerprint names a line by what it says, not by its number, so a
/// baselined problem is still recognised after lines are inserted above it,
/// its line moves or is re-indented; an edit of the line itself makes it a
/// new problem. Baselines (`Baseline`) and SARIF's `partialFingerprints`
/// share it.
public struct SourceLineFingerprints {
    private let siteRoot: URL
    /// Line tables of the files read so far; nil for a file that cannot be read.
    private var files: [String: (bytes: [UInt8], table: LineTable)?] = [:]

    public init(siteRoot: URL) { self.siteRoot = siteRoot }

    /// The fingerprint of the diagnostic's line; nil when it has no file or
    /// line, or the line cannot be read (a file that is gone, a line past its end).
    ///
    /// A `removed-url` points into the previous site's sitemap or URL list,
    /// which CI fetches anew each run and generators rewrite whole (one-line
    /// sitemaps, `<lastmod>` beside `<loc>`): its fingerprint is its URL's.
    public mutating func fingerprint(of diagnostic: Diagnostic) -> String? {
        if diagnostic.code == DiagnosticCode.removedURL.rawValue, let target = diagnostic.target {
            return Self.fingerprint(ofLine: Array(target.utf8))
        }
        guard let file = diagnostic.file, let line = diagnostic.line else { return nil }
        return fingerprint(file: file, line: line)
    }

    public mutating func fingerprint(file: String, line: Int) -> String? {
        let loaded: (bytes: [UInt8], table: LineTable)?
        if let cached = files[file] {
            loaded = cached
        } else {
            loaded = FileBytes.read(siteRoot.appendingPathComponent(file).path).map { bytes in
                (bytes, bytes.withUnsafeBufferPointer { LineTable($0) })
            }
            files[file] = loaded
        }
        guard let (bytes, table) = loaded, line >= 1, line <= table.lineCount else { return nil }
        var range = bytes.withUnsafeBufferPointer { table.contentRange(ofLine: line, in: $0) }
        if line == 1 {
            range = min(range.lowerBound + ByteOrderMark.length(in: bytes), range.upperBound)..<range.upperBound
        }
        return Self.fingerprint(ofLine: bytes[range])
    }

    /// The digest of a line's bytes with white space (space, tab, form feed,
    /// vertical tab) cut from both ends.
    static func fingerprint<Bytes: BidirectionalCollection<UInt8>>(ofLine bytes: Bytes) -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0B || $0 == 0x0C }
        let trimmed = bytes.drop(while: isSpace).reversed().drop(while: isSpace).reversed()
        var digest = Fingerprint()
        digest.add(String(decoding: trimmed, as: UTF8.self))
        let hex = String(digest.value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
