/// A file's lines as CommonMark, YAML and docgen's positions count them: a
/// line ends at `\n`, `\r\n` or a lone `\r`. Each line's length is in Unicode
/// scalars, the unit of `SourcePosition.column`.
public struct SourceLines {
    /// Scalars per line; a file of n line ends has n + 1 lines.
    public private(set) var lengths: [Int] = []

    public init(_ text: String) {
        var length = 0
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" {
                if !previousWasCR { lengths.append(length) }
                length = 0
                previousWasCR = false
            } else if scalar == "\r" {
                lengths.append(length)
                length = 0
                previousWasCR = true
            } else {
                length += 1
                previousWasCR = false
            }
        }
        lengths.append(length)
    }

    public var count: Int { lengths.count }

    /// True when `line:column` names a place on a line of the file: a
    /// column from 1 to one past the line's last scalar (where a report
    /// about a missing closing character points).
    public func contains(line: Int, column: Int) -> Bool {
        guard line >= 1, line <= lengths.count else { return false }
        return column >= 1 && column <= lengths[line - 1] + 1
    }

    /// Stops the fuzzer with a message naming the input's defect.
    public static func fail(_ message: String) -> Never {
        fatalError("fuzz invariant: \(message)")
    }
}
