import Foundation

/// Diagnostics against a baseline: which are new, how many the baseline
/// covered, and how many of its entries no longer occur (the baseline can
/// shrink: write it again).
///
/// Matching counts: an entry covers one diagnostic with the same file, code,
/// target and line fingerprint. When a page has more of them than the
/// baseline has entries (the same broken link pasted a second time on an
/// equal line), the first ones in file order are covered and the rest are new.
public struct BaselineMatch: Sendable {
    /// The diagnostics the baseline does not cover, in their order.
    public var remaining: [Diagnostic]
    public var suppressed: Int
    /// Entries of the baseline that matched no diagnostic.
    public var gone: Int

    public init(_ diagnostics: [Diagnostic], baseline: Baseline, siteRoot: URL) {
        var lines = SourceLineFingerprints(siteRoot: siteRoot)
        var budget: [BaselineEntry: Int] = [:]
        for entry in baseline.entries { budget[entry, default: 0] += 1 }
        var remaining: [Diagnostic] = []
        var suppressed = 0
        for diagnostic in diagnostics {
            let entry = BaselineEntry(diagnostic, lines: &lines)
            if let left = budget[entry], left > 0 {
                budget[entry] = left - 1
                suppressed += 1
            } else {
                remaining.append(diagnostic)
            }
        }
        self.remaining = remaining
        self.suppressed = suppressed
        self.gone = budget.values.reduce(0, +)
    }

    /// What the summary line adds: `; baseline docgen-baseline.json: 12 suppressed, 3 no longer occur`.
    public func summary(baselineName: String) -> String {
        "; baseline \(baselineName): \(suppressed) suppressed, \(gone) no longer occur\(gone == 1 ? "s" : "")"
    }
}
