"""Pages built to make the Markdown layer slow or deep: many links on one
line or page, many diagnostics, deep nesting of blocks, inlines and callouts.

Each runs with a timeout (a quadratic step turns these sizes into minutes,
even in a release build) and asserts what is reported where. The timings
themselves are a benchmark line (bench/benchmark.py), not a test.
"""

import os
import unittest

from harness import SiteCase

N = 100_000
LIMIT_TIMEOUT = 20


class ManyLinks(SiteCase):
    def run_page(self, body, build=False):
        self.page("p.md", body, title="P")
        return (self.build if build else self.check)("--no-cache", timeout=LIMIT_TIMEOUT)

    def test_100k_good_links_on_one_line(self):
        run = self.run_page(" ".join("[a%d](/p/)" % i for i in range(N)) + "\n", build=True)
        self.assertStatus(run, 0)
        self.assertIn("checked %d links" % N, run.stderr.decode())
        with open(os.path.join(self.public, "p", "index.html"), encoding="utf-8") as f:
            # The body's links, and the sidebar's and breadcrumbs' to the page itself.
            self.assertIn(f.read().count('href="/p/"'), range(N, N + 4))

    def test_100k_good_links_on_100k_lines(self):
        run = self.run_page("\n".join("[a%d](/p/)" % i for i in range(N)) + "\n")
        self.assertStatus(run, 0)

    def test_100k_broken_links_on_one_line_each_at_its_column(self):
        links = ["[a%d](/nope%d/)" % (i, i) for i in range(N)]
        run = self.run_page(" ".join(links) + "\n")
        self.assertStatus(run, 1)
        found = run.find("missing-page", "content/p.md", 4)
        self.assertEqual(len(found), N)
        for index in (0, 1, N // 2, N - 1):
            expected = 1 + sum(len(link) + 1 for link in links[:index])
            self.assertEqual(found[index]["column"], expected)

    def test_100k_broken_links_print_short_lines_in_the_terminal(self):
        self.page("p.md", " ".join("[a%d](/nope%d/)" % (i, i) for i in range(20_000)) + "\n")
        run = self.docgen("check", self.site, "--no-cache", "--format", "terminal", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        longest = max(len(line) for line in run.stdout.decode("utf-8").splitlines())
        self.assertLess(longest, 400, "a quoted line is a window, not the 300 kB line")

    def test_100k_missing_anchors(self):
        run = self.run_page(" ".join("[a%d](#h%d)" % (i, i) for i in range(N)) + "\n")
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("missing-anchor", "content/p.md", 4)), N)

    def test_100k_malformed_links(self):
        run = self.run_page(" ".join("[a%d}(/x/)" % i for i in range(N)) + "\n")
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("malformed-link", "content/p.md", 4)), N)

    def test_100k_autolink_literals(self):
        run = self.run_page(" ".join("https://x%d.example.com/" % i for i in range(N)) + "\n", build=True)
        self.assertStatus(run, 0)

    def test_100k_reference_links(self):
        body = " ".join("[a%d][r%d]" % (i, i) for i in range(N)) + "\n\n"
        body += "".join("[r%d]: /p/\n" % i for i in range(N))
        self.assertStatus(self.run_page(body), 0)

    def test_100k_undefined_footnotes(self):
        run = self.run_page(" ".join("[^a%d]" % i for i in range(N)) + "\n")
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("undefined-footnote", "content/p.md", 4)), N)

    def test_a_table_of_100k_rows(self):
        body = "| a | b |\n|---|---|\n" + "| [x](/p/) | `c` |\n" * N
        self.assertStatus(self.run_page(body, build=True), 0)

    def test_a_10_MB_line(self):
        self.assertStatus(self.run_page("a" * 10_000_000 + "\n", build=True), 0)


class DeepNesting(SiteCase):
    """Past 100 levels a page is refused at the line of the deep node, and
    every other page is still built; nothing recurses with the input."""

    def assertRefused(self, body, line=4):
        self.page("deep.md", body, title="Deep")
        self.page("ok.md", "# Fine\n\n[deep](/deep/)\n", title="Ok")
        run = self.build("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "nesting-too-deep", "content/deep.md", line)
        self.assertEqual(run.codes(), ["nesting-too-deep"])
        return run

    def test_10k_nested_lists_on_one_line(self):
        self.assertRefused("- " * 10_000 + "x\n")

    def test_100k_nested_lists(self):
        self.assertRefused("- " * N + "x\n")

    def test_nested_lists_by_indentation(self):
        # The document, a list and an item per level, the paragraph and its
        # text: the text of level 48, on line 6 + 48, is the 101st.
        self.assertRefused("intro\n\n" + "".join("  " * i + "- x\n" for i in range(300)), line=54)

    def test_100k_nested_quotes(self):
        self.assertRefused("> " * N + "x\n")

    def test_nested_lists_in_quotes(self):
        self.assertRefused("> - " * 50_000 + "x\n")

    def test_50k_nested_emphasis(self):
        self.assertRefused("*a " * 50_000 + "x" + "*" * 50_000 + "\n")

    def test_50k_nested_images(self):
        self.assertRefused("![a " * 50_000 + "x" + "](/i.png)" * 50_000 + "\n")

    def test_nested_callouts(self):
        depth = 150
        opens = "".join(":" * (3 + depth - i) + "note\n" for i in range(depth))
        closes = "".join(":" * (4 + i) + "\n" for i in range(depth))
        # The fence of the 100th level, under the document, passes the limit.
        self.assertRefused(opens + "x\n" + closes, line=4 + 99)

    def test_deep_brackets_are_text_not_nesting(self):
        # cmark makes no nodes of unmatched brackets: malformed links, not depth.
        self.page("p.md", "[" * 50_000 + "x" + "](/p/)" * 50_000 + "\n")
        run = self.check("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertNoDiagnostic(run, "nesting-too-deep")

    def test_a_page_at_a_real_docs_depth_is_read(self):
        body = "".join("  " * i + "- level %d [x](/p/)\n" % i for i in range(12))
        self.page("p.md", "> [!NOTE]\n" + "".join("> " + line + "\n" for line in body.splitlines()))
        run = self.check("--no-cache")
        self.assertStatus(run, 0)


if __name__ == "__main__":
    unittest.main()
