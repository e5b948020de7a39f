#!/usr/bin/env python3
"""Deterministic synthetic docs site for the docgen benchmark (stdlib only).

    python3 bench/gen_site.py --pages 10000 --seed 1 --out /tmp/site10k

writes OUT/docgen.yml, OUT/content/** (PAGES Markdown files; every section
folder has an index.md; images in content/assets/), OUT/expected.json (every
planted defect: file, line, column, kind, target) and OUT/corpus.json
(arguments and statistics).  The same arguments always give byte-identical
files: one seeded random stream drives everything, in a fixed order.

Pages are ~5 KB of Markdown in docgen's dialect (CommonMark and GitHub's
extensions) with YAML front matter (title, description, weight, tags on most
pages): headings (some with an explicit `{#id}`), paragraphs with emphasis and
code spans, lists, task lists, fenced code, pipe tables, `:::note` and
`> [!WARNING]` callouts, notes and footnotes.  Each page has ~10 internal
links (relative `.md` paths, some with a `#fragment` naming a real heading of
the target, root-relative `/section/page` paths, section links, same-page
anchors), a couple of external links and sometimes an image; links stand in
paragraphs, list and task items, table cells, callouts and footnote
definitions.  About 2% of the internal links are broken on purpose (missing
page, missing anchor, missing image, `[text}(url)` syntax) so that a link
checker has real work; expected.json records where each one starts (its `[`
or `!`, 1-based line and column in the file, front matter included), so
`bench/exact_positions.py` can check a report exactly.  Nothing else in the
corpus is a problem: every footnote is defined and used, every table is well
formed, every callout closed, every explicit id unique on its page.
10,000 pages come to about 50 MB.
"""

import argparse
import json
import os
import posixpath
import random
import re
import shutil
import struct
import zlib

VERSION = 2   # bump when the output changes, so cached corpora get rebuilt

SECTIONS = ["guides", "reference", "api", "cli", "tutorials", "concepts", "operations",
            "security", "deploy", "storage", "network", "plugins", "config", "monitoring",
            "migration", "internals", "recipes", "admin", "sdk", "auth", "events", "faq"]
NOUNS = ["cache", "index", "worker", "queue", "token", "session", "request", "cluster",
         "node", "volume", "bucket", "snapshot", "schema", "record", "header", "endpoint",
         "route", "plugin", "theme", "template", "asset", "bundle", "pipeline", "job",
         "trigger", "webhook", "metric", "alert", "policy", "role", "secret", "proxy",
         "gateway", "pool", "service", "client", "database", "query", "parser", "page"]
ADJS = ["default", "custom", "remote", "local", "shared", "private", "incremental",
        "parallel", "cached", "encrypted", "optional", "required", "stable", "global",
        "temporary", "persistent", "nested", "static", "dynamic", "secure", "external"]
VERBS = ["configure", "install", "deploy", "enable", "disable", "rotate", "validate",
         "render", "publish", "migrate", "restore", "monitor", "scale", "register",
         "invalidate", "compress", "schedule", "inspect", "export", "import", "tune"]
CODE = ["cache_dir", "max_workers", "--verbose", "--dry-run", "config.yaml", "base_url",
        "timeout_ms", "retry_limit", "log_level", "API_TOKEN", "render_page()", "--out"]
LANGS = ["bash", "yaml", "json", "python", "swift", "go", "toml"]
# {n} noun, {a} adjective, {v} verb, {c} code span; {L} is where a link goes.
PROSE = ["The {n} is {a} by default and keeps its state next to the {n2}.",
         "You can {v} the {n} by setting {c} in your configuration file.",
         "If the {n} is *{a}*, docgen creates a new {n2} and carries on.",
         "Use {c} to {v} **{a}** {n} entries across several nodes.",
         "Each {n} has exactly one {a} {n2}, created on startup.",
         "Errors from the {n} are reported with the file name and line number.",
         "Keep the {n} small: a {a} {n2} is easier to {v}."]
WITH_LINK = ["See {L} for details.", "For more about the {n}, read {L}.",
             "The {a} {n} is described in {L}.", "Before you {v} the {n}, check {L}."]
HEADINGS = ["Overview", "Prerequisites", "Installation", "Configuration", "Examples",
            "Limitations", "Troubleshooting", "How the {n} works", "Configuring the {n}",
            "Using the {a} {n}", "Step {i}: {v} the {n}", "{N} options", "{N} and {n2}"]
ASSETS = ["architecture", "request-flow", "build-pipeline", "cluster-topology",
          "dashboard", "queue-states", "page-tree", "link-graph"]
CALLOUTS = ["note", "tip", "important", "warning", "caution"]
BROKEN_RATE = 0.02
BROKEN_KINDS = ["missing-page", "missing-anchor", "missing-asset", "malformed-link"]
# Where a planted defect goes until the page's text is final: NUL, number, NUL.
PLACEHOLDER = re.compile("\x00([0-9]+)\x00")


def slug(text):
    """GitHub-style heading id (as docgen and most tools compute it)."""
    return re.sub(r"[^a-z0-9 _-]", "", text.strip().lower()).replace(" ", "-")


def png(rgb):
    """A valid 16x16 solid-colour PNG."""
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))
    raw = b"".join(b"\x00" + bytes(rgb) * 16 for _ in range(16))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 16, 16, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


class Page:
    def __init__(self, folder, name, title):
        self.folder, self.title = folder, title                  # folder: '' or 'a/b'
        self.rel = posixpath.join(folder, name + ".md")          # path below content/
        is_index = name == "index"
        self.url = ("/" + folder + "/" if folder else "/") if is_index else "/" + self.rel[:-3]
        self.headings = []                                       # [(level, text, anchor, explicit)]


class Generator:
    def __init__(self, pages, seed):
        self.rng = random.Random("docgen-bench:%s:%d" % (seed, pages))
        self.stats = {"pages": pages, "markdown_bytes": 0, "links": 0, "internal_links": 0,
                      "broken_links": 0, "images": 0, "tables": 0, "task_lists": 0, "callouts": 0,
                      "alerts": 0, "footnotes": 0, "explicit_ids": 0}
        self.planted = []        # the current page's defects: (link text, kind, target)
        self.defects = []        # every page's: {"file", "line", "column", "kind", "target"}
        self.plan(pages)

    def words(self, template):
        r = self.rng
        n, n2 = r.choice(NOUNS), r.choice(NOUNS)
        text = template.format(n=n, n2=n2, N=n.capitalize(), a=r.choice(ADJS), v=r.choice(VERBS),
                               c="`%s`" % r.choice(CODE), i=r.randint(1, 9), L="{L}")
        return re.sub(r"\b([Aa]) ([aeiou])", r"\1n \2", text)

    def plan(self, n_pages):
        """Section tree (about one section per 20 pages, at most 3 deep), then
        every page's path, title and headings, so any page can link to any
        other page's headings before bodies are written."""
        r = self.rng
        folders, depth = [""], {"": 0}
        for i in range(max(0, min(n_pages - 1, n_pages // 20))):
            parent = "" if i < 8 else r.choice([f for f in folders if depth[f] < 3])
            name = r.choice(SECTIONS)
            while posixpath.join(parent, name) in depth:
                name = "%s-%s" % (name.split("-")[0], r.choice(NOUNS))
            folder = posixpath.join(parent, name)
            folders.append(folder)
            depth[folder] = depth[parent] + 1
        self.pages = [Page(f, "index", (f.rsplit("/", 1)[-1] or "home").capitalize())
                      for f in folders]
        used = set(p.rel for p in self.pages)
        while len(self.pages) < n_pages:
            verb, adj, noun = r.choice(VERBS), r.choice(ADJS), r.choice(NOUNS)
            page = Page(r.choice(folders), "%s-%s-%s" % (verb, adj, noun),
                        "%s the %s %s" % (verb.capitalize(), adj, noun))
            if page.rel not in used:
                used.add(page.rel)
                self.pages.append(page)
        for page in self.pages:
            seen = set()
            for _ in range(r.randint(4, 7)):
                text = self.words(r.choice(HEADINGS))
                if slug(text) not in seen:
                    seen.add(slug(text))
                    level = 3 if page.headings and r.random() < 0.3 else 2
                    # An explicit id replaces the slug: links name the id.
                    explicit = r.random() < 0.1
                    anchor = "id-" + slug(text) if explicit else slug(text)
                    page.headings.append((level, text, anchor, explicit))
        self.by_folder = {}
        for p in self.pages:
            self.by_folder.setdefault(p.folder, []).append(p)

    def link(self, page):
        """One Markdown link from `page`: mostly to nearby pages (same folder,
        parent), sometimes anywhere; occasionally broken on purpose."""
        r = self.rng
        self.stats["links"] += 1
        if r.random() < 0.18:
            return "[%s docs](https://example.com/%s/%s)" % (r.choice(NOUNS), r.choice(NOUNS), r.choice(VERBS))
        self.stats["internal_links"] += 1
        near = self.by_folder[page.folder] + self.by_folder.get(posixpath.dirname(page.folder), [])
        target = r.choice(near) if r.random() < 0.7 else r.choice(self.pages)
        frag = "#" + r.choice(target.headings)[2] if r.random() < 0.35 else ""
        relative = posixpath.relpath(target.rel, page.folder or ".")
        kind = r.random()
        if kind < 0.12:
            url = "#" + r.choice(page.headings)[2]
        elif kind < 0.62:
            url = relative + frag
        else:
            url = target.url + frag
        text = target.title
        if r.random() < BROKEN_RATE:
            self.stats["broken_links"] += 1
            bad = r.randint(0, 3)
            if bad == 0:
                written = relative.replace(".md", "-old.md")
                broken = "[%s](%s)" % (text, written)
            elif bad == 1:
                written = "%s#%s-legacy" % (target.url, r.choice(NOUNS))
                broken = "[%s](%s)" % (text, written)
            elif bad == 2:
                written = self.asset_path(page, "missing-diagram")
                broken = "![%s](%s)" % (text, written)
            else:
                written = url
                broken = "[%s}(%s)" % (text, url)          # CommonMark leaves this as text
            return self.plant(broken, BROKEN_KINDS[bad], written)
        return "[%s](%s)" % (text, url)

    def plant(self, text, kind, target):
        """A placeholder for a broken link, replaced by `text` when the page is
        final and its position known (see `place`)."""
        self.planted.append((text, kind, target))
        return "\x00%d\x00" % (len(self.planted) - 1)

    def place(self, page, text):
        """The page's text with its planted links in place, each recorded in
        self.defects at the line and column of its first character."""
        out, line, column = [], 1, 1
        pieces = PLACEHOLDER.split(text)
        for i, piece in enumerate(pieces):
            if i % 2:
                link, kind, target = self.planted[int(piece)]
                self.defects.append({"file": "content/" + page.rel, "line": line, "column": column,
                                     "kind": kind, "target": target})
                piece = link
            out.append(piece)
            newlines = piece.count("\n")
            if newlines:
                line += newlines
                column = len(piece) - piece.rfind("\n")
            else:
                column += len(piece)
        self.planted = []
        return "".join(out)

    def asset_path(self, page, name):
        return posixpath.relpath("assets/%s.png" % name, page.folder or ".")

    def paragraph(self, page, links):
        r = self.rng
        sentences = [self.words(r.choice(PROSE)) for _ in range(r.randint(2, 5))]
        for _ in range(links):
            sentences.insert(r.randint(0, len(sentences)),
                             self.words(r.choice(WITH_LINK)).replace("{L}", self.link(page)))
        return " ".join(sentences)

    def with_link(self, page):
        return self.words(self.rng.choice(WITH_LINK)).replace("{L}", self.link(page))

    def block(self, page, links):
        r = self.rng
        kind = r.random()
        if kind < 0.45:
            return self.paragraph(page, links)
        if kind < 0.58:
            marker = r.choice(["- ", "1. "])
            items = [self.words(r.choice(PROSE)) for _ in range(r.randint(3, 6))]
            for i in range(min(links, len(items))):
                items[i] += " " + self.words(r.choice(WITH_LINK)).replace("{L}", self.link(page))
            return "\n".join(marker + item for item in items)
        if kind < 0.64:
            self.stats["task_lists"] += 1
            items = ["- [%s] %s" % (r.choice(" xX"), self.words(r.choice(PROSE)))
                     for _ in range(r.randint(2, 5))]
            for i in range(min(links, len(items))):
                items[i] += " " + self.with_link(page)
            return "\n".join(items)
        if kind < 0.76:
            lang = r.choice(LANGS)
            n = r.choice(NOUNS)
            body = ["%s build --out site/ --%s" % (n, r.choice(VERBS)),
                    "%s: %s  # %s" % (r.choice(CODE).strip("-()"), r.choice(ADJS), n),
                    "export %s_DIR=/var/lib/%s" % (n.upper(), n)][:r.randint(1, 3)]
            return "```%s\n%s\n```" % (lang, "\n".join(body))
        if kind < 0.85:
            self.stats["tables"] += 1
            rows = ["| Option | Default | Description |",
                    r.choice(["| --- | --- | --- |", "| :--- | :---: | ---: |", "|---|---|---|"])]
            cells = [["`%s`" % r.choice(CODE), "`%s`" % r.choice(ADJS), self.words(r.choice(PROSE))]
                     for _ in range(r.randint(2, 5))]
            for _ in range(links):
                cells[r.randrange(len(cells))][r.choice([0, 2])] += " " + self.with_link(page)
            rows += ["| %s |" % " | ".join(row) for row in cells]
            return "\n".join(rows)
        if kind < 0.91:
            self.stats["callouts"] += 1
            body = self.paragraph(page, links)
            return ":::%s\n%s\n:::" % (r.choice(CALLOUTS), body)
        if kind < 0.96:
            self.stats["alerts"] += 1
            body = self.paragraph(page, links)
            return "> [!%s]\n> %s" % (r.choice(CALLOUTS).upper(), body)
        return "> **Note:** " + self.paragraph(page, links)

    def render(self, page):
        r = self.rng
        fm = ["---", 'title: "%s"' % page.title,
              'description: "%s"' % self.words("How to {v} the {a} {n} and its {n2}."),
              "weight: %d" % r.randint(1, 100)]
        if r.random() < 0.6:
            fm.append("tags: [%s]" % ", ".join(r.sample(NOUNS, r.randint(1, 3))))
        parts = ["\n".join(fm + ["---"]), self.paragraph(page, 1)]
        # Footnotes: references at the end of the first paragraph, definitions
        # (each with a link) at the end of the page.
        notes = ["%d" % (i + 1) if r.random() < 0.5 else "%s-%d" % (r.choice(NOUNS), i + 1)
                 for i in range(r.randint(1, 2) if r.random() < 0.35 else 0)]
        for label in notes:
            parts[1] += " " + self.words(r.choice(PROSE))[:-1] + "[^%s]." % label
        budget = r.randint(2400, 4600)
        links_left = r.randint(10, 15)   # ~18% of them external: ~10 internal
        per_heading = budget // len(page.headings)
        image_at = r.randrange(len(page.headings)) if r.random() < 0.3 else -1
        for i, (level, text, anchor, explicit) in enumerate(page.headings):
            if explicit:
                self.stats["explicit_ids"] += 1
            parts.append("#" * level + " " + text + (" {#%s}" % anchor if explicit else ""))
            size = 0
            while size < per_heading:
                n = 1 if links_left > 0 and r.random() < 0.6 else 0
                links_left -= n
                parts.append(self.block(page, n))
                size += len(parts[-1])
            if i == image_at:
                self.stats["images"] += 1
                name = r.choice(ASSETS)
                parts.append("![%s diagram](%s)" % (name, self.asset_path(page, name)))
        if links_left > 0:
            parts.append("## See also")
            parts.append("\n".join("- " + self.link(page) for _ in range(links_left)))
        for label in notes:
            self.stats["footnotes"] += 1
            parts.append("[^%s]: %s" % (label, self.with_link(page)))
        return self.place(page, "\n\n".join(parts) + "\n")

    def write(self, out):
        content = os.path.join(out, "content")
        if os.path.exists(content):
            shutil.rmtree(content)
        os.makedirs(os.path.join(content, "assets"))
        for name in ASSETS:
            with open(os.path.join(content, "assets", name + ".png"), "wb") as f:
                f.write(png([self.rng.randrange(256) for _ in range(3)]))
        for page in self.pages:
            text = self.render(page)
            path = os.path.join(content, page.rel)
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            self.stats["markdown_bytes"] += len(text.encode())
        with open(os.path.join(out, "docgen.yml"), "w") as f:
            f.write("title: Benchmark Docs\nbase_url: https://docs.example.com\n")
        self.defects.sort(key=lambda d: (d["file"], d["line"], d["column"]))
        with open(os.path.join(out, "expected.json"), "w") as f:
            json.dump({"generator": "bench/gen_site.py", "version": VERSION, "defects": self.defects}, f, indent=1)
            f.write("\n")
        return self.stats


def generate(pages, seed, out):
    """Write the site unless OUT already holds the same one.  Returns
    (stats, reused)."""
    stamp = os.path.join(out, "corpus.json")
    key = {"generator": "bench/gen_site.py", "version": VERSION, "pages": pages, "seed": str(seed)}
    try:
        with open(stamp) as f:
            saved = json.load(f)
        if {k: saved.get(k) for k in key} == key:
            return saved["stats"], True
    except (OSError, ValueError):
        pass
    os.makedirs(out, exist_ok=True)
    stats = Generator(pages, seed).write(out)
    with open(stamp, "w") as f:
        json.dump(dict(key, stats=stats), f, indent=1)
    return stats, False


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description="deterministic synthetic docs site")
    ap.add_argument("--pages", type=int, required=True)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    print(json.dumps(generate(a.pages, a.seed, a.out)[0]))
