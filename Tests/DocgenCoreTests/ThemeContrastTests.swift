import XCTest

@testable import DocgenCore

/// The built-in theme's colours: text pairs meet WCAG AA (4.5:1) in light and
/// dark mode, and the dark palette, written twice in docgen.css (for the
/// system setting and for the toggle; CSS cannot share one block between a
/// media query and a selector), is the same in both places.
final class ThemeContrastTests: XCTestCase {
    private let css = DefaultTheme.files["static/docgen.css"] ?? ""

    /// The `--name: #rrggbb` declarations of the block opened by `selector`.
    private func palette(after selector: String) throws -> [String: String] {
        let start = try XCTUnwrap(css.range(of: selector), "no block `\(selector)`")
        let block = css[start.upperBound...].prefix { $0 != "}" }
        var colours: [String: String] = [:]
        for line in block.split(separator: "\n") {
            let parts = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, parts[0].hasPrefix("--"), parts[1].hasPrefix("#") else { continue }
            colours[parts[0]] = String(parts[1].dropLast())  // without the `;`
        }
        return colours
    }

    private func luminance(_ hex: String) -> Double {
        let value = Int(hex.dropFirst(), radix: 16) ?? 0
        let channels = [(value >> 16) & 0xFF, (value >> 8) & 0xFF, value & 0xFF].map { channel -> Double in
            let c = Double(channel) / 255
            return c <= 0.03928 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
    }

    private func contrast(_ a: String, _ b: String) -> Double {
        let (x, y) = (luminance(a), luminance(b))
        return (max(x, y) + 0.05) / (min(x, y) + 0.05)
    }

    /// Text colour on background, as the stylesheet uses them.
    private let textPairs = [
        ("--fg", "--bg"), ("--muted", "--bg"), ("--accent", "--bg"), ("--fg", "--surface"),
        ("--muted", "--surface"), ("--accent", "--surface"), ("--accent", "--current-bg"), ("--fg", "--code-bg"),
        ("--mark-fg", "--mark-bg"),
    ]

    /// The callout styles (`.callout-note`…; "" is the neutral style of an
    /// unknown type), each with `--callout<style>-fg` for its title and icon on
    /// `--callout<style>-bg`.
    private static let calloutStyles = ["", "-note", "-tip", "-important", "-warning", "-caution"]

    /// Backgrounds that body text, muted text (footnotes, `del`) and links sit on:
    /// table headers, zebra rows, and every callout.
    private static let contentBackgrounds =
        ["--table-head-bg", "--table-stripe-bg"] + calloutStyles.map { "--callout\($0)-bg" }

    private let contentPairs =
        calloutStyles.map { ("--callout\($0)-fg", "--callout\($0)-bg") }
        + contentBackgrounds.flatMap { background in ["--fg", "--muted", "--accent"].map { ($0, background) } }

    func testTextPairsMeetWCAGAAInBothModes() throws {
        for (mode, selector) in [("light", ":root {"), ("dark", ":root[data-theme=\"dark\"] {")] {
            let colours = try palette(after: selector)
            for (text, background) in textPairs + contentPairs {
                let ratio = contrast(try XCTUnwrap(colours[text]), try XCTUnwrap(colours[background]))
                XCTAssertGreaterThanOrEqual(ratio, 4.5, "\(mode): \(text) on \(background) is \(ratio):1")
            }
        }
    }

    func testEveryCalloutStyleUsesItsOwnColours() throws {
        for style in Self.calloutStyles {
            let rule = try XCTUnwrap(css.range(of: ".callout\(style) {"), "no rule for .callout\(style)")
            let block = css[rule.upperBound...].prefix { $0 != "}" }
            XCTAssertTrue(block.contains("var(--callout\(style)-fg)"), String(block))
            XCTAssertTrue(block.contains("var(--callout\(style)-bg)"), String(block))
        }
        for selector in [":root {", ":root[data-theme=\"dark\"] {"] {
            let colours = try palette(after: selector)
            let titles = Self.calloutStyles.compactMap { colours["--callout\($0)-fg"] }
            XCTAssertEqual(
                Set(titles).count, Self.calloutStyles.count, "\(selector) each callout style has its own colour")
        }
    }

    func testBothDarkPalettesAreTheSame() throws {
        let system = try palette(after: ":root:not([data-theme=\"light\"]) {")
        XCTAssertGreaterThan(system.count, 8)
        XCTAssertEqual(system, try palette(after: ":root[data-theme=\"dark\"] {"))
    }
}
