/// What each diagnostic code means and how to fix it, for the rules of a
/// SARIF log (GitHub code scanning shows them beside each alert). The same
/// words as the README's table of codes.
public struct DiagnosticCodeHelp: Sendable, Equatable {
    /// One line: what is wrong.
    public var short: String
    /// What the check looks at.
    public var full: String
    /// How to fix it.
    public var help: String

    /// The help of `code`; a generic text for a code this table does not know,
    /// so a new code never breaks a SARIF log (a test keeps the table complete).
    public static func of(_ code: String) -> DiagnosticCodeHelp {
        table[code]
            ?? DiagnosticCodeHelp(
                short: "docgen `\(code)` problem", full: "A problem docgen reports as `\(code)`.",
                help: "See the README's table of diagnostic codes.")
    }

    static let table: [String: DiagnosticCodeHelp] = [
        "missing-page": .init(
            short: "Link to a page that does not exist",
            full: "An internal link whose target is no page, alias or asset of the site.",
            help:
                "Fix the link (the message's note may suggest the page meant), or add `aliases:` to the page that moved."
        ),
        "missing-anchor": .init(
            short: "Link to a #fragment the page does not have",
            full: "The page exists, but the `#fragment` is not among its heading ids, `{#id}`s or raw-HTML ids.",
            help:
                "Link to an existing heading id (GitHub-style slug of the heading), or give the heading an explicit `{#id}`."
        ),
        "missing-asset": .init(
            short: "Link to a file that is not there",
            full: "An image or file link whose file is not in the content folder.",
            help: "Add the file under the content folder, or fix the path."),
        "malformed-link": .init(
            short: "Link syntax published as plain text",
            full:
                "Link syntax cmark leaves as text: `[text}(url)`, `[text](url` with no `)`, `[text] (url)`, `[text](a b)`.",
            help: "Write the link as `[text](url)`; encode spaces in URLs as `%20`."),
        "undefined-reference": .init(
            short: "Reference link with no definition",
            full: "`[text][ref]` or `[text][]` whose label has no `[ref]: url` definition.",
            help: "Add the `[ref]: url` definition, or fix the label."),
        "empty-link": .init(
            short: "Link with an empty destination",
            full: "A link written `[text]()`.", help: "Add the destination, or remove the link."),
        "link-to-draft": .init(
            short: "Link to a draft page",
            full: "A published page links to a page with `draft: true` that this build does not publish.",
            help: "Publish the draft, or remove the link until it is."),
        "raw-html-omitted": .init(
            short: "Raw HTML left out",
            full: "The page has raw HTML but `raw_html` is off in docgen.yml, so it is not published.",
            help: "Write it in Markdown, or set `raw_html: true` for trusted content."),
        "malformed-table": .init(
            short: "Lines that look like a table but are not one",
            full:
                "A pipe table whose delimiter row is invalid or has another number of cells than the header; published as text.",
            help: "Give the delimiter row (`| --- |`) as many cells as the header row."),
        "unclosed-callout": .init(
            short: "Callout with no closing `:::`",
            full: "A `:::type` callout with no closing `:::` line; it runs to the end of its container.",
            help: "Close the callout with a `:::` line."),
        "undefined-footnote": .init(
            short: "Footnote reference with no definition",
            full: "`[^x]` with no `[^x]:` definition.", help: "Add the `[^x]: note` definition, or fix the label."),
        "unused-footnote": .init(
            short: "Footnote nothing references",
            full: "A `[^x]:` definition that no `[^x]` references (or a second definition of a label); not published.",
            help: "Reference it, or remove the definition."),
        "duplicate-id": .init(
            short: "Two headings with the same explicit id",
            full: "Two headings of a page with the same explicit `{#id}`; reported at the second.",
            help: "Give each heading its own `{#id}`."),
        "nesting-too-deep": .init(
            short: "Markdown nested more than 100 levels",
            full:
                "Lists, quotes, callouts, links or emphasis nested more than 100 levels; the page is published as plain CommonMark and its links are not checked.",
            help: "Flatten the nesting."),
        "front-matter": .init(
            short: "Invalid front matter",
            full:
                "Unterminated front matter, invalid YAML, a key of the wrong type, a duplicate key, or YAML aliases or nesting past docgen's limits.",
            help: "Fix the YAML between the `---` lines as the message says."),
        "invalid-encoding": .init(
            short: "File or name that is not UTF-8",
            full:
                "A Markdown file that is not UTF-8 (the page is skipped), or a file or folder name that is not UTF-8.",
            help: "Save the file as UTF-8, or rename it."),
        "empty-file": .init(
            short: "Empty Markdown file", full: "A Markdown file with nothing in it.",
            help: "Write the page, or remove the file."),
        "duplicate-url": .init(
            short: "Two files claim one URL",
            full: "Two pages, or a page and an alias, asset or theme file, are published at the same URL.",
            help: "Change one page's `url:`, `slug:` or `aliases:`, or rename a file."),
        "unsafe-url": .init(
            short: "URL that is not a safe path of the site",
            full:
                "A `url:`, `slug:` or alias with a scheme, `//host`, `..`, a backslash, a control character, a raw `?` or `#`, or too long; nothing is written at it.",
            help: "Use a plain path of this site, such as `/guides/setup/`."),
        "unknown-template": .init(
            short: "Template the theme does not have",
            full: "`template:` names a template the theme does not have; the page is rendered with the default one.",
            help: "Add the template to the theme, or fix its name."),
        "placeholder-link": .init(
            short: "Link whose target is a placeholder",
            full:
                "A link whose target is a placeholder left while writing (`??`, `?`, `TODO`, `TBD`, `…`, `url`, `link`): readers get a dead link.",
            help: "Replace the placeholder with the page or URL the link means, or remove the link."),
        "missing-include": .init(
            short: "`{{#include}}` of a file, line range or anchor that does not exist",
            full:
                "An `{{#include path}}` directive whose file is not there (paths are relative to the including file), or whose `:A:B` range or `:name` anchor the file does not have (the message lists its anchors).",
            help:
                "Fix the path, range or anchor name, or add the file (a name starting with `_` keeps it from being published) or its `ANCHOR:`/`ANCHOR_END:` markers."
        ),
        "include-cycle": .init(
            short: "Files that include each other",
            full: "An `{{#include}}` that leads back to a file already being included; the message names the chain.",
            help: "Break the chain: move the shared text into a partial that includes neither file."),
        "include-too-large": .init(
            short: "`{{#include}}` nests too deep or grows the page too large",
            full:
                "Includes nest deeper than docgen allows, or the page with its includes grows past the size limit, so a page cannot grow without bound; the include is left out.",
            help: "Include smaller ranges or anchors, nest less, or split the page."),
        "removed-url": .init(
            short: "URL the previous site served is gone",
            full:
                "A URL of the previous site (`--previous`: its sitemap, a URL list or its output folder) that this build serves as no page, alias or file: readers' bookmarks, search results and other sites' links to it break.",
            help:
                "Add the old URL to `aliases:` in the front matter of the page that replaces it (the message's note names the page that looks like its new home), or restore the page."
        ),
        "unsafe-symlink": .init(
            short: "Symlink out of the site",
            full:
                "A symlink whose target is outside the site folder or in a hidden folder; not followed, not published.",
            help: "Copy the file into the site, or point the link inside it."),
        "broken-symlink": .init(
            short: "Broken symlink",
            full: "A symlink to nothing, a symlink loop, or a folder symlink leading back to a folder that holds it.",
            help: "Fix or remove the symlink."),
        "special-file": .init(
            short: "FIFO, socket or device in the site",
            full: "A FIFO, socket or device file in the site: never opened, not published.",
            help: "Remove it from the site."),
        "unreadable-file": .init(
            short: "File docgen may not read",
            full: "A file or folder docgen may not read (permissions, I/O error), or a path of PATH_MAX bytes or more.",
            help: "Fix its permissions, or shorten the path."),
        "config": .init(
            short: "Setup failure: configuration",
            full:
                "docgen.yml, the content folder, a baseline or the previous site could not be used; nothing was written.",
            help: "Fix what the message names; see the README's docgen.yml table."),
        "template": .init(
            short: "Setup failure: theme",
            full: "A missing template or partial, or a Mustache syntax error; nothing was written.",
            help: "Fix the template at the file and line given."),
        "output": .init(
            short: "Setup failure: output folder",
            full: "The output folder could not be written, or would hold the site's own files; nothing was written.",
            help: "Choose another output folder with --output or `output_dir`, or fix its permissions."),
    ]
}
