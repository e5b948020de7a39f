"""URLs made from file names and front matter: every page URL docgen writes
is percent-encoded and leads a browser to the file written for it; unsafe
`url:`, `slug:` and `aliases:` are `unsafe-url` at their line and write
nothing; headings with no letters get `section-N` ids."""

import html
import json
import os
import re
import unittest
from urllib.parse import unquote, urlsplit

from harness import SiteCase, tree_state

BASE = "https://example.com/docs"
BASE_PATH = "/docs"

# RFC 3986 pchar and `/`, plus `%` of an escape: what a written path may hold.
PATH_CHARS = re.compile(r"^[A-Za-z0-9\-._~!$&'()*+,;=:@/%]*$")
ESCAPES_WELL_FORMED = re.compile(r"%(?![0-9A-F]{2})")

# name on disk -> the encoded URL path the page must be linked at
SPECIAL = {
    "c#d.md": "/c%23d/",
    "what?.md": "/what%3F/",
    "100%.md": "/100%25/",
    "my page.md": "/my%20page/",
    "café.md": "/caf%C3%A9/",
    "日本/ガイド.md": "/%E6%97%A5%E6%9C%AC/%E3%82%AC%E3%82%A4%E3%83%89/",
    "a b/x#y?.md": "/a%20b/x%23y%3F/",
}


def hrefs(text):
    """Every href/src value of an HTML document, entities decoded."""
    return [html.unescape(m) for m in re.findall(r'(?:href|src)="([^"]*)"', text)]


class SpecialFileNames(SiteCase):
    """Pages and assets whose names hold `#`, `?`, `%`, spaces and non-ASCII."""

    def setUp(self):
        super().setUp()
        self.write("docgen.yml", "title: T\nbase_url: %s\n" % BASE)
        links = " ".join("[%d](%s)" % (n, url) for n, url in enumerate(SPECIAL.values()))
        self.page("index.md", "# Home\n\nEncoded: %s\n\nFile links: [f](c%%23d.md) [g](my%%20page.md) "
                  "[h](<my page.md>) [i](100%%25.md)\n\nAsset: ![pic](img/my%%20pic%%231.png)\n" % links,
                  title="Home")
        for number, name in enumerate(SPECIAL):
            self.page(name, "Body of %s.\n\n[home](/)\n" % name, title="Page " + name,
                      front="aliases: [/old-%d/]\n" % number)
        self.write("content/img/my pic#1.png", b"\x89PNG fake")

    def written_documents(self):
        docs = {}
        for base, _, files in os.walk(self.public):
            for name in files:
                if name.endswith(".html"):
                    path = os.path.join(base, name)
                    with open(path, encoding="utf-8") as f:
                        docs[os.path.relpath(path, self.public)] = f.read()
        return docs

    def assertLeadsToAWrittenFile(self, url, where):
        """A browser asks the server for the decoded path: that file must exist."""
        parts = urlsplit(url)
        self.assertRegex(parts.path, PATH_CHARS, "unencoded byte in %r (%s)" % (url, where))
        self.assertNotRegex(parts.path, ESCAPES_WELL_FORMED, "bad escape in %r (%s)" % (url, where))
        path = unquote(parts.path, errors="strict")
        self.assertTrue(path.startswith(BASE_PATH + "/"), "%r (%s)" % (url, where))
        rel = path[len(BASE_PATH) + 1:]
        if rel == "" or rel.endswith("/"):
            rel += "index.html"
        self.assertTrue(os.path.isfile(os.path.join(self.public, rel)),
                        "%r (%s) -> %s is not written" % (url, where, rel))

    def test_encoded_links_resolve_and_every_written_url_reaches_its_file(self):
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(run.diagnostics, [], run.describe())
        # Files on disk keep their real names.
        for name in SPECIAL:
            stem = name[:-3]
            self.assertTrue(os.path.isfile(os.path.join(self.public, stem, "index.html")), name)
        self.assertTrue(os.path.isfile(os.path.join(self.public, "img", "my pic#1.png")))

        docs = self.written_documents()
        self.assertIn("404.html", docs)
        checked = 0
        for rel, text in docs.items():
            for url in hrefs(text):
                if url.startswith("#") or url.startswith("https://") and not url.startswith(BASE):
                    continue
                if url.startswith(BASE):
                    url = url[len(BASE) - len(BASE_PATH):]
                self.assertLeadsToAWrittenFile(url, rel)
                checked += 1
        self.assertGreater(checked, 100)

        home = docs["index.html"]
        for encoded in SPECIAL.values():
            self.assertIn('href="%s%s"' % (BASE_PATH, encoded), home)
        self.assertIn('href="/docs/c%23d/"', home, "a .md file link")
        self.assertIn('href="/docs/my%20page/"', home)
        self.assertIn('src="/docs/img/my%20pic%231.png"', home)
        page = docs[os.path.join("c#d", "index.html")]
        self.assertIn('<link rel="canonical" href="%s/c%%23d/">' % BASE, page)
        # Breadcrumbs and the section listing of a folder with a space.
        section = docs[os.path.join("a b", "index.html")]
        self.assertIn('href="/docs/a%20b/x%23y%3F/"', section)
        nested = docs[os.path.join("a b", "x#y?", "index.html")]
        self.assertIn('href="/docs/a%20b/"', nested)
        # Redirect pages point at the encoded URL.
        redirect = docs[os.path.join("old-0", "index.html")]
        self.assertIn('content="0; url=/docs/c%23d/"', redirect)

    def test_sitemap_and_search_index_hold_encoded_urls(self):
        self.assertStatus(self.build(), 0)
        with open(os.path.join(self.public, "sitemap.xml"), encoding="utf-8") as f:
            locs = [html.unescape(l) for l in re.findall(r"<loc>([^<]*)</loc>", f.read())]
        self.assertEqual(len(locs), len(SPECIAL) + 3)  # + home, `a b/`, `日本/` sections
        for loc in locs:
            self.assertTrue(loc.isascii(), loc)
            self.assertTrue(loc.startswith(BASE + "/"), loc)
            self.assertLeadsToAWrittenFile(loc[len(BASE) - len(BASE_PATH):], "sitemap.xml")
        for encoded in SPECIAL.values():
            self.assertIn(BASE + encoded, locs)

        with open(os.path.join(self.public, "search-index.json"), encoding="utf-8") as f:
            index = json.load(f)
        urls = [page["u"] for page in index["pages"]]
        for url in urls:
            self.assertLeadsToAWrittenFile(url, "search-index.json")
        for encoded in SPECIAL.values():
            self.assertIn(BASE_PATH + encoded, urls)

    def test_a_raw_hash_is_a_fragment_and_the_note_says_how_to_write_it(self):
        self.page("raw.md", "intro\n\n[a](/c#d/)\n\n[b](c#d.md)\n\n[c](/what?/)\n", title="Raw")
        run = self.check()
        self.assertStatus(run, 1)
        for line, written, fix in [(6, "/c#d/", "/c%23d/"), (8, "c#d.md", "c%23d.md"), (10, "/what?/", "/what%3F/")]:
            found = self.assertDiagnostic(run, "missing-page", "content/raw.md", line)
            self.assertEqual(found["target"], written)
            self.assertTrue(any("write `%s`" % fix in n for n in found["notes"]), found)

    def test_did_you_mean_names_the_encoded_url(self):
        self.page("typo.md", "intro\n\n[a](/c%23e/)\n\n[b](/my%20pag/)\n", title="Typo")
        run = self.check()
        self.assertStatus(run, 1)
        first = self.assertDiagnostic(run, "missing-page", "content/typo.md", 6)
        self.assertIn("did you mean `/c%23d/`?", first["notes"])
        second = self.assertDiagnostic(run, "missing-page", "content/typo.md", 8)
        self.assertIn("did you mean `/my%20page/`?", second["notes"])

    def test_front_matter_urls_are_percent_decoded(self):
        self.page("moved.md", "[x](/new%20home/)\n", title="Moved",
                  front="url: /new%20home/\naliases: [/old%23one/]\n")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertTrue(os.path.isfile(os.path.join(self.public, "new home", "index.html")))
        self.assertTrue(os.path.isfile(os.path.join(self.public, "old#one", "index.html")))


UNSAFE_VALUES = [
    ("absolute", "https://evil.example/x"),
    ("protocol-relative", "//evil.example/x"),
    ("dot segments", "/a/../../evil.example"),
    ("encoded dot segments", "/a/%2e%2e/%2E%2E/evil.example"),
    ("backslash", '"/evil.example\\\\x"'),
    ("NUL", '"/evil.example\\0x"'),
    ("encoded NUL", "/evil.example%00x"),
    ("newline", '"/evil.example\\nx"'),
    ("raw query", "/evil.example?x=1"),
    ("raw fragment", "/evil.example#x"),
]


class UnsafeFrontMatterURLs(SiteCase):
    """`url:`, `slug:` and `aliases:` that would leave the site or the output folder."""

    def run_unsafe(self, key, value, line):
        front = "draft: false\n%s: %s\n" % (key, value)
        self.page("index.md", "# Home\n")
        self.page("p.md", "# P\n", front=front)
        outside = tree_state(self.tmp)
        run = self.build()
        self.assertStatus(run, 1)
        found = self.assertDiagnostic(run, "unsafe-url", "content/p.md", line)
        self.assertEqual(run.codes(), ["unsafe-url"], run.describe())
        after = tree_state(self.tmp)
        changed = {p for p in set(after) | set(outside)
                   if after.get(p) != outside.get(p)
                   and not p.startswith(("site/public", "site/.docgen-cache"))}
        self.assertEqual(changed, set(), "written outside public/")
        for base, dirs, files in os.walk(self.tmp):
            for name in dirs + files:
                self.assertNotIn("evil", name, os.path.join(base, name))
        return run, found

    def test_unsafe_aliases(self):
        for label, value in UNSAFE_VALUES:
            with self.subTest(label):
                self.setUp()
                _, found = self.run_unsafe("aliases", "[/fine/, %s]" % value, 4)
                self.assertIn("no redirect page", found["message"])
                self.assertTrue(os.path.isfile(os.path.join(self.public, "fine", "index.html")))
                self.assertTrue(os.path.isfile(os.path.join(self.public, "p", "index.html")))

    def test_unsafe_urls_leave_the_page_at_its_file_url(self):
        for label, value in UNSAFE_VALUES:
            with self.subTest(label):
                self.setUp()
                _, found = self.run_unsafe("url", value, 4)
                self.assertIn("the page stays at `/p/`", found["message"])
                self.assertTrue(os.path.isfile(os.path.join(self.public, "p", "index.html")))

    def test_unsafe_slugs(self):
        for label, value in UNSAFE_VALUES + [("slash", "evil.example/x"), ("encoded slash", "evil.example%2Fx")]:
            with self.subTest(label):
                self.setUp()
                self.run_unsafe("slug", value, 4)
                self.assertTrue(os.path.isfile(os.path.join(self.public, "p", "index.html")))

    def test_an_alias_in_a_block_list_is_reported_at_its_key(self):
        self.page("p.md", "# P\n", front="aliases:\n  - /ok/\n  - //evil.example/x\n")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "unsafe-url", "content/p.md", 3)

    def test_check_writes_nothing(self):
        self.page("p.md", "# P\n", front="url: //evil.example/x\n")
        before = tree_state(self.tmp)
        run = self.check()
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "unsafe-url", "content/p.md", 3)
        self.assertEqual(tree_state(self.tmp), before)


class LongSegments(SiteCase):
    """A URL segment longer than a folder name may be is reported, not an I/O failure."""

    def test_slug_url_and_alias_over_255_bytes(self):
        self.page("index.md", "# Home\n")
        self.page("s.md", "# S\n", front="slug: %s\n" % ("s" * 256))
        self.page("u.md", "# U\n", front="url: /docs/%s/\n" % ("é" * 128))
        self.page("a.md", "# A\n", front="aliases: [/%s/]\n" % ("a" * 300))
        run = self.build()
        self.assertStatus(run, 1)
        for name, size in [("s", 256), ("u", 256), ("a", 300)]:
            found = self.assertDiagnostic(run, "unsafe-url", "content/%s.md" % name, 3)
            self.assertIn("%d bytes" % size, found["message"])
            self.assertTrue(os.path.isfile(os.path.join(self.public, name, "index.html")))
        self.assertEqual(run.codes(), ["unsafe-url"] * 3)

    def test_a_url_longer_than_a_path_may_be_is_reported_not_an_io_failure(self):
        deep = "/" + "/".join(["x" * 250] * 17) + "/"  # 4,268 bytes: over PATH_MAX
        self.page("index.md", "# Home\n")
        self.page("d.md", "# D\n", front="url: %s\n" % deep)
        self.page("e.md", "# E\n", front="aliases: [%s]\n" % deep)
        run = self.build()
        self.assertStatus(run, 1)
        for name in ["d", "e"]:
            found = self.assertDiagnostic(run, "unsafe-url", "content/%s.md" % name, 3)
            self.assertIn("4268 characters", found["message"])
        self.assertEqual(run.codes(), ["unsafe-url"] * 2)
        self.assertTrue(os.path.isfile(os.path.join(self.public, "d", "index.html")))
        self.assertFalse(os.path.exists(os.path.join(self.public, "x" * 250)))

    def test_a_segment_of_exactly_255_bytes_is_published(self):
        slug = "s" * 255
        self.page("s.md", "# S\n", front="slug: %s\n" % slug)
        self.page("index.md", "[s](/%s/)\n" % slug, title="Home")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertTrue(os.path.isfile(os.path.join(self.public, slug, "index.html")))


class HeadingsWithoutLetters(SiteCase):
    def test_positional_ids_are_written_and_resolve(self):
        self.page("p.md", "# Title\n\n## ???\n\n## 🙂\n\n### ---\n\n## Section 2\n\n[a](#section-2) [b](#section-3)\n",
                  title="P")
        self.page("index.md", "[c](/p/#section-4) [d](p.md#section-2-1)\n", title="Home")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertEqual(run.diagnostics, [], run.describe())
        with open(os.path.join(self.public, "p", "index.html"), encoding="utf-8") as f:
            page = f.read()
        self.assertNotIn('id=""', page)
        for heading, id_ in [("h2", "section-2"), ("h2", "section-3"), ("h3", "section-4"), ("h2", "section-2-1")]:
            self.assertRegex(page, r'<%s id="%s"' % (heading, id_))
        with open(os.path.join(self.public, "search-index.json"), encoding="utf-8") as f:
            sections = [p for p in json.load(f)["pages"] if p["u"] == "/p/"][0]["s"]
        self.assertIn("section-3", sections)

    def test_a_near_miss_gets_the_positional_id_as_suggestion(self):
        self.page("p.md", "## ???\n\n[b](#section1)\n", title="P")
        run = self.check()
        self.assertStatus(run, 1)
        found = self.assertDiagnostic(run, "missing-anchor", "content/p.md", 6)
        self.assertIn("did you mean `#section-1`?", found["notes"])


if __name__ == "__main__":
    unittest.main()
