import DocgenMarkdown
import Foundation

@testable import DocgenCore

/// A small documentation site on disk that a seeded generator edits the way
/// authors do, one edit at a time, each reporting the paths it touched (as
/// a file watcher would). `SessionRandomizedTests` drives it.
final class SessionRandomEdits {
    struct PageModel {
        var title: String?
        var weight: Int?
        var draft = false
        var aliases: [String] = []
        var description: String?
        var slug: String?
        var template: String?
        var url: String?
        var h1: String?
        var headings: [String] = []
        var links: [String] = []
        var words = "Some text."
        /// Partials (content-relative) the page includes, each on a line of its own.
        var includes: [String] = []
    }

    let site: FixtureSite
    private var generator: SeededGenerator
    private(set) var pages: [String: PageModel] = [:]  // content-relative path → model
    private var assets: Set<String> = []
    private var config = (title: "Random", baseURL: true, broken: false, severity: false)
    private var theme = (custom: false, variant: 0, broken: false)

    static let folders = ["", "guide", "guide/deep", "guide/deep/er", "ref", "ref/api", "blog"]
    static let names = ["intro", "setup", "tokens", "api", "faq", "install", "usage", "limits", "index"]
    static let headingWords = ["Install", "Usage", "Limits", "Access tokens", "Steps", "Notes", "Café", "FAQ"]
    /// Partials pages may include; some of them do not exist at a given step.
    static let partials = ["guide/_snippet.md", "_shared/note.md", "ref/_absent.md"]

    init(seed: UInt64) throws {
        generator = SeededGenerator(seed: seed)
        site = try FixtureSite()
        try writeConfig()
        for _ in 0..<30 {
            let path = newPagePath()
            pages[path] = randomPage()
        }
        for path in pages.keys.sorted() {
            pages[path]!.links = (0..<number(0...3)).map { _ in randomLink(from: path) }
            try writePage(path)
        }
        for name in ["img/logo.png", "guide/diagram.svg"] { try addAsset(name) }
    }

    // MARK: - Random choices

    private func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &generator) < percent }
    private func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &generator)] }
    private func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &generator) }

    private func newPagePath() -> String {
        for _ in 0..<50 {
            let folder = pick(Self.folders)
            let path = (folder.isEmpty ? "" : folder + "/") + pick(Self.names) + ".md"
            if pages[path] == nil { return path }
        }
        return "extra-\(number(0...1_000_000)).md"
    }

    private func pageURL(_ path: String) -> String { PageURL.defaultURL(forSourcePath: path) }

    /// `target` (content-relative) as a path relative to the folder of `path`.
    private func relative(from path: String, to target: String) -> String {
        let folder = path.split(separator: "/").dropLast()
        let parts = target.split(separator: "/")
        var common = 0
        while common < folder.count, common < parts.count - 1, folder[common] == parts[common] { common += 1 }
        let ups = Array(repeating: "..", count: folder.count - common)
        return (ups + parts[common...].map(String.init)).joined(separator: "/")
    }

    private func randomLink(from path: String) -> String {
        let paths = pages.keys.sorted()
        guard !paths.isEmpty else { return "/" }
        switch number(0...9) {
        case 0: return "/nowhere/\(pick(Self.names))/"
        case 1: return "#" + HeadingSlugger.slug(pick(Self.headingWords))
        case 2: return "/img/logo.png"
        case 3: return "/img/missing.png"
        case 4:
            // File-relative, as editors write it.
            let target = pick(paths)
            let folder = path.split(separator: "/").dropLast().joined(separator: "/")
            let targetFolder = target.split(separator: "/").dropLast().joined(separator: "/")
            if folder == targetFolder { return String(target.split(separator: "/").last!) }
            return "/" + target
        case 5, 6, 7:
            // Mostly a heading the target has, so that renaming it breaks the link.
            let target = pick(paths)
            let headings = pages[target]!.headings
            let heading = headings.isEmpty || chance(20) ? pick(Self.headingWords) : pick(headings)
            return pageURL(target) + "#" + HeadingSlugger.slug(heading)
        default:
            return pageURL(pick(paths))
        }
    }

    private func randomPage() -> PageModel {
        var page = PageModel()
        if chance(60) { page.title = "Title \(pick(Self.headingWords)) \(number(1...20))" }
        if chance(40) { page.weight = number(1...5) }
        if chance(10) { page.draft = true }
        if chance(20) { page.description = "About \(pick(Self.headingWords))" }
        if chance(20) { page.h1 = "Heading \(number(1...9))" }
        page.headings = (0..<number(0...3)).map { _ in pick(Self.headingWords) }
        page.links = []
        page.words = "Words \(number(1...1000))."
        return page
    }

    // MARK: - Files

    private func writeConfig() throws {
        var text = "title: \(config.title)\n"
        if config.baseURL { text += "base_url: https://example.com/docs\n" }
        if config.severity { text += "links:\n  severity:\n    missing-anchor: warning\n" }
        if config.broken { text += "unknown_key: 1\n" }
        try site.write("docgen.yml", text)
    }

    private func markdown(_ page: PageModel) -> String {
        var front: [String] = []
        if let title = page.title { front.append("title: \"\(title)\"") }
        if let weight = page.weight { front.append("weight: \(weight)") }
        if page.draft { front.append("draft: true") }
        if !page.aliases.isEmpty { front.append("aliases: [\(page.aliases.joined(separator: ", "))]") }
        if let description = page.description { front.append("description: \(description)") }
        if let slug = page.slug { front.append("slug: \(slug)") }
        if let template = page.template { front.append("template: \(template)") }
        if let url = page.url { front.append("url: \(url)") }
        var text = front.isEmpty ? "" : "---\n" + front.joined(separator: "\n") + "\n---\n"
        if let h1 = page.h1 { text += "# \(h1)\n\n" }
        text += page.words + "\n\n"
        for (number, heading) in page.headings.enumerated() {
            text += "## \(heading)\n\nSection \(number).\n\n"
        }
        for link in page.links {
            text += link.hasSuffix(".png") ? "![image](\(link))\n\n" : "See [there](\(link)).\n\n"
        }
        return text
    }

    private func writePage(_ path: String) throws {
        var text = markdown(pages[path]!)
        for partial in pages[path]!.includes { text += "{{#include \(relative(from: path, to: partial))}}\n\n" }
        try site.write("content/" + path, text)
    }

    private func addAsset(_ path: String) throws {
        assets.insert(path)
        try site.write("content/" + path, "asset \(path) \(number(0...1000))")
    }

    private func writeTheme() throws {
        if site.exists("templates") { try site.remove("templates") }
        guard theme.custom else { return }
        for (path, text) in DefaultTheme.files {
            var text = text
            if path == "layout.mustache" {
                text = text.replacingOccurrences(of: "</body>", with: "<!-- variant \(theme.variant) --></body>")
                if theme.variant % 2 == 1 {
                    text = text.replacingOccurrences(
                        of: "</body>", with: "<p>{{#site.nav}}{{title}} {{/site.nav}}</p></body>")
                }
                if theme.broken { text += "{{#page}}" }
            }
            if path == "static/docgen.css" { text += "/* variant \(theme.variant) */\n" }
            try site.write("templates/" + path, text)
        }
        try site.write("templates/wide.mustache", "<div class=\"wide\">{{{page.content}}}</div>")
    }

    // MARK: - Edits

    /// Makes one random edit; returns what it did and the paths it touched.
    func step() throws -> (String, Set<String>) {
        // A broken config or theme is fixed soon, as an author would, so
        // that most steps edit a site that builds.
        if config.broken, chance(60) {
            config.broken = false
            try writeConfig()
            return ("fix the config", ["docgen.yml"])
        }
        if theme.broken, chance(60) {
            theme.broken = false
            try writeTheme()
            return ("fix the theme", ["templates/layout.mustache"])
        }
        let paths = pages.keys.sorted()
        guard let path = paths.isEmpty ? nil : pick(paths) else {
            let added = newPagePath()
            pages[added] = randomPage()
            try writePage(added)
            return ("add \(added)", ["content/" + added])
        }
        let touched: Set<String> = ["content/" + path]
        switch number(0...99) {
        case 0..<14:
            pages[path]!.words = "Edited words \(number(1...100_000))."
            try writePage(path)
            return ("edit text of \(path)", touched)
        case 14..<18:
            let partial = pick(Self.partials)
            if let index = pages[path]!.includes.firstIndex(of: partial) {
                pages[path]!.includes.remove(at: index)
            } else {
                pages[path]!.includes.append(partial)
            }
            try writePage(path)
            return ("toggle the include of \(partial) in \(path)", touched)
        case 18..<28:
            if pages[path]!.links.isEmpty || chance(60) {
                pages[path]!.links.append(randomLink(from: path))
            } else {
                pages[path]!.links.remove(at: number(0...(pages[path]!.links.count - 1)))
            }
            try writePage(path)
            return ("change a link of \(path)", touched)
        case 28..<36:
            // Mostly a heading that another page links to.
            let linked = paths.filter { target in
                pages[target]!.headings.contains { heading in
                    let link = pageURL(target) + "#" + HeadingSlugger.slug(heading)
                    return pages.values.contains { $0.links.contains(link) }
                }
            }
            if !linked.isEmpty, chance(70) {
                let target = pick(linked)
                let index = number(0...(pages[target]!.headings.count - 1))
                pages[target]!.headings[index] = pick(Self.headingWords)
                try writePage(target)
                return ("rename a linked heading of \(target)", ["content/" + target])
            }
            if pages[path]!.headings.isEmpty || chance(30) {
                pages[path]!.headings.append(pick(Self.headingWords))
            } else {
                pages[path]!.headings[number(0...(pages[path]!.headings.count - 1))] = pick(Self.headingWords)
            }
            try writePage(path)
            return ("rename a heading of \(path)", touched)
        case 36..<44:
            let added = newPagePath()
            var page = randomPage()
            page.links = (0..<number(0...2)).map { _ in randomLink(from: added) }
            pages[added] = page
            try writePage(added)
            return ("add \(added)", ["content/" + added])
        case 44..<50:
            pages[path] = nil
            try site.remove("content/" + path)
            return ("delete \(path)", touched)
        case 50..<56:
            let moved = newPagePath()
            pages[moved] = pages.removeValue(forKey: path)
            try site.remove("content/" + path)
            try writePage(moved)
            // Sometimes as absolute paths, as a watcher reports them.
            let new = chance(50) ? site.url("content/" + moved).path : "content/" + moved
            return ("move \(path) to \(moved)", touched.union([new]))
        case 56..<63:
            pages[path]!.title = chance(20) ? nil : "Title \(pick(Self.headingWords)) \(number(1...20))"
            if chance(30) { pages[path]!.h1 = chance(50) ? nil : "Heading \(number(1...9))" }
            try writePage(path)
            return ("change the title of \(path)", touched)
        case 63..<68:
            pages[path]!.weight = chance(20) ? nil : number(1...5)
            try writePage(path)
            return ("change the weight of \(path)", touched)
        case 68..<72:
            if pages[path]!.aliases.isEmpty || chance(70) {
                let alias = chance(30) ? pageURL(pick(paths)) : "/old/\(pick(Self.names))/"
                pages[path]!.aliases.append(alias)
            } else {
                pages[path]!.aliases.removeLast()
            }
            try writePage(path)
            return ("change the aliases of \(path)", touched)
        case 72..<77:
            pages[path]!.draft.toggle()
            try writePage(path)
            return ("toggle draft of \(path)", touched)
        case 77..<79:
            pages[path]!.description = chance(30) ? nil : "Described \(number(1...50))"
            try writePage(path)
            return ("change the description of \(path)", touched)
        case 79..<81:
            pages[path]!.slug = chance(40) ? nil : pick(["moved", "elsewhere", "setup"])
            try writePage(path)
            return ("change the slug of \(path)", touched)
        case 81..<83:
            pages[path]!.template = chance(50) ? nil : pick(["wide", "missing"])
            try writePage(path)
            return ("change the template of \(path)", touched)
        case 83..<84:
            let asset = pick(["img/logo.png", "img/other.png", "guide/diagram.svg", "ref/data.json"])
            if assets.contains(asset), chance(40) {
                assets.remove(asset)
                try site.remove("content/" + asset)
                return ("delete asset \(asset)", ["content/" + asset])
            }
            try addAsset(asset)
            return ("write asset \(asset)", ["content/" + asset])
        case 84..<85:
            pages[path]!.url = chance(40) ? nil : "/custom/\(pick(Self.names))/"
            try writePage(path)
            return ("change the url of \(path)", touched)
        case 85..<86:
            // A whole folder renamed: a watcher reports the two folders.
            let folders = Set(paths.compactMap { $0.split(separator: "/").dropLast().first.map(String.init) })
            guard let folder = folders.sorted().first(where: { _ in chance(50) }) ?? folders.sorted().first else {
                return ("nothing to move", [])
            }
            let target = folder == "blog" ? "news" : folder + "-moved"
            guard !site.exists("content/" + target) else { return ("nothing to move", []) }
            try FileManager.default.moveItem(at: site.url("content/" + folder), to: site.url("content/" + target))
            for old in paths where old.hasPrefix(folder + "/") {
                pages[target + old.dropFirst(folder.count)] = pages.removeValue(forKey: old)
            }
            assets = Set(assets.map { $0.hasPrefix(folder + "/") ? target + $0.dropFirst(folder.count) : $0 })
            return ("move folder \(folder) to \(target)", ["content/" + folder, "content/" + target])
        case 86..<88:
            // A partial written (with a link resolved from its own folder), or deleted.
            let partial = pick(Self.partials)
            if site.exists("content/" + partial), chance(30) {
                try site.remove("content/" + partial)
                return ("delete partial \(partial)", ["content/" + partial])
            }
            let link = chance(60) ? " See [it](\(randomLink(from: partial)))." : ""
            try site.write("content/" + partial, "Snippet \(number(0...99)).\(link)\n")
            return ("write partial \(partial)", ["content/" + partial])
        case 88..<90:
            let backup = "content/" + path + "~"
            if site.exists(backup) {
                try site.remove(backup)
            } else {
                try site.write(backup, "backup")
            }
            return ("toggle the editor backup of \(path)", [backup])
        case 90..<95:
            switch number(0...3) {
            case 0: theme.custom.toggle()
            case 1: theme.broken.toggle()
            default: theme.variant += 1
            }
            if !theme.custom { theme.broken = false }
            try writeTheme()
            let file = theme.custom && number(0...1) == 0 ? "templates/static/docgen.css" : "templates/layout.mustache"
            return ("theme custom=\(theme.custom) broken=\(theme.broken) variant=\(theme.variant)", [file])
        default:
            switch number(0...3) {
            case 0: config.baseURL.toggle()
            case 1: config.broken.toggle()
            case 2: config.severity.toggle()
            default: config.title = "Random \(number(1...9))"
            }
            try writeConfig()
            return ("config \(config)", [chance(50) ? "docgen.yml" : site.url("docgen.yml").path])
        }
    }
}

/// SplitMix64: the same sequence on every platform for a seed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
