import Foundation

/// Wall time per pipeline stage, in the order the stages ran, for
/// `docgen build --timings`. Stages run one after another (each one is
/// parallel inside), so the times add up to the whole build.
public struct StageTimings: Sendable {
    public private(set) var stages: [(name: String, seconds: Double)] = []
    private var lastMark = DispatchTime.now()

    public init() {}

    /// Ends the running stage, names it and starts the next.
    mutating func finish(_ name: String) {
        let now = DispatchTime.now()
        stages.append((name, Double(now.uptimeNanoseconds - lastMark.uptimeNanoseconds) / 1e9))
        lastMark = now
    }

    /// One line per stage with its share of the total, then the total.
    public var table: String {
        let total = stages.reduce(0) { $0 + $1.seconds }
        let width = max(5, stages.map(\.name.count).max() ?? 0)
        var lines = stages.map { stage in
            let name = stage.name.padding(toLength: width, withPad: " ", startingAt: 0)
            let share = total > 0 ? stage.seconds / total * 100 : 0
            return "  \(name)  " + String(format: "%8.1f ms  %5.1f%%", stage.seconds * 1000, share)
        }
        let totalName = "total".padding(toLength: width, withPad: " ", startingAt: 0)
        lines.append("  \(totalName)  " + String(format: "%8.1f ms", total * 1000))
        return "docgen: time by stage\n" + lines.joined(separator: "\n") + "\n"
    }
}
