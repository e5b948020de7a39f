"""Hostile inputs for `{{#include}}` and the link-shape rules of issue 13:
include bombs, cycles, files that must not be read, and lines of 100,000
link defects of each new shape. Each runs with a timeout: a quadratic step
or an exponential expansion turns these into minutes or an out-of-memory.
"""

import os
import unittest

from harness import SiteCase

N = 100_000
LIMIT_TIMEOUT = 60


class IncludeLimits(SiteCase):
    def test_include_bomb_stops_at_the_size_limit(self):
        # Each partial includes the next twice: 2^40 lines if nothing stopped it.
        for level in range(40):
            self.write("content/_p%d.md" % level, "{{#include _p%d.md}}\n{{#include _p%d.md}}\n" % (level + 1, level + 1))
        self.write("content/_p40.md", "x\n")
        self.page("a.md", "{{#include _p0.md}}\n", title="A")
        run = self.check("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        self.assertIn("include-too-large", run.codes())

    def test_include_bomb_of_empty_files_stops_at_the_include_limit(self):
        # Partials made only of include lines write nothing: 2^30 includes
        # of an empty file would never reach the size limits.
        for level in range(30):
            self.write("content/_e%d.md" % level, "{{#include _e%d.md}}\n{{#include _e%d.md}}\n" % (level + 1, level + 1))
        self.write("content/_e30.md", "")
        self.page("a.md", "{{#include _e0.md}}\n", title="A")
        run = self.check("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        self.assertIn("include-too-large", run.codes())

    def test_self_and_mutual_cycles_are_reported_not_followed(self):
        self.write("content/_a.md", "{{#include _b.md}}\n")
        self.write("content/_b.md", "{{#include _a.md}}\n")
        self.page("self.md", "{{#include self.md}}\n", title="S")
        self.page("mutual.md", "{{#include _a.md}}\n", title="M")
        run = self.check("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("include-cycle")), 2)

    def test_files_outside_the_site_fifos_and_devices_are_not_read(self):
        os.symlink("/etc/passwd", os.path.join(self.site, "content", "_passwd.md"))
        os.mkfifo(os.path.join(self.site, "content", "_fifo.md"))
        self.page(
            "a.md",
            "{{#include ../../../../../../etc/passwd}}\n{{#include _passwd.md}}\n{{#include _fifo.md}}\n"
            "{{#include /dev/zero}}\n",
            title="A")
        run = self.build("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        with open(os.path.join(self.public, "a", "index.html"), encoding="utf-8") as f:
            self.assertNotIn("root:", f.read())
        self.assertEqual(len(run.find("unsafe-url", "content/a.md")), 3)
        self.assertEqual(len(run.find("missing-include", "content/a.md", 6)), 1)

    def test_100k_includes_of_one_partial(self):
        self.write("content/_p.md", "[x](nope.md)\n")
        self.page("a.md", "{{#include _p.md}}\n" * N, title="A")
        run = self.check("--no-cache", timeout=LIMIT_TIMEOUT)
        self.assertStatus(run, 1)
        found = run.find("missing-page", "content/_p.md", 1)
        self.assertEqual(len(found), 1, "one report for one place")


class ManyLinkShapes(SiteCase):
    def run_page(self, body):
        self.page("p.md", body, title="P")
        return self.check("--no-cache", timeout=LIMIT_TIMEOUT)

    def test_100k_stray_parentheses_on_one_line(self):
        run = self.run_page(" ".join("[a](/p/))" for _ in range(N)) + "\n")
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("malformed-link", "content/p.md", 4)), N)

    def test_100k_reversed_links_on_one_line(self):
        run = self.run_page(" ".join("(t)[/p/]" for _ in range(N)) + "\n")
        self.assertStatus(run, 1)
        self.assertEqual(len(run.find("malformed-link", "content/p.md", 4)), N)

    def test_100k_unterminated_titles_on_one_line(self):
        run = self.run_page(" ".join("[a](/p/ 'x" for _ in range(N)) + "\n")
        self.assertStatus(run, 1)

    def test_100k_bracketed_words_on_one_line(self):
        run = self.run_page(" ".join("[naming rules]" for _ in range(N)) + "\n")
        self.assertStatus(run, 0)
        self.assertEqual(len(run.find("undefined-reference", "content/p.md", 4)), N)

    def test_100k_open_parentheses_then_links(self):
        run = self.run_page("(" * N + " ".join("[a](/p/))" for _ in range(1000)) + "\n")
        self.assertStatus(run, 0)

    def test_brackets_before_unclosed_backtick_runs_of_every_width(self):
        # Each run has a width no other run has: a scan to the end of the
        # block from every `[` or backtick would be quadratic (minutes here).
        run = self.run_page(" ".join("x [" + "`" * width for width in range(1, 4000)) + "\n")
        self.assertStatus(run, 0)


if __name__ == "__main__":
    unittest.main()
