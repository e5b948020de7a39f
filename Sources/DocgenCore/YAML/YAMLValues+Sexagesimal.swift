import Foundation
import Yams

extension YAMLValues {
    /// Yams's `Node.int`, without its trap. YAML 1.1 reads a plain scalar
    /// such as `1:30` as a base-60 integer (90), and Yams multiplies out the
    /// parts unchecked: `1:0:0:0:0:0:0:0:0:0:0:0` or `9223372036854775807:1`
    /// overflowed and crashed docgen on a page's front matter. This reads
    /// those scalars the same way, and gives nil when the value does not fit
    /// in an `Int` (the scalar is then read as a float, as YAML allows).
    static func yamsInt(_ node: Node) -> Int? {
        guard case .scalar(let scalar) = node, scalar.style == .plain || scalar.style == .any else { return node.int }
        var text = Substring(scalar.string.replacingOccurrences(of: "_", with: ""))
        let negative = text.hasPrefix("-")
        if negative || text.hasPrefix("+") { text = text.dropFirst() }
        // As Yams: `0x`, `0b`, `0o` and `0` prefixes are radixes, tried first.
        guard text.contains(":"), !text.hasPrefix("0") else { return node.int }
        var value = 0
        var base = 1
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        for (index, part) in parts.reversed().enumerated() {
            guard let digit = Int(part, radix: 10) else { return nil }
            let (product, productOverflows) = digit.multipliedReportingOverflow(by: base)
            let (sum, sumOverflows) = value.addingReportingOverflow(product)
            guard !productOverflows, !sumOverflows else { return nil }
            value = sum
            if index < parts.count - 1 {
                let (next, baseOverflows) = base.multipliedReportingOverflow(by: 60)
                guard !baseOverflows else { return nil }
                base = next
            }
        }
        guard negative else { return value }
        let (negated, overflows) = value.multipliedReportingOverflow(by: -1)
        return overflows ? nil : negated
    }
}
