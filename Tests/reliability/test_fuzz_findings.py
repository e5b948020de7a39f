"""The fuzzers' findings (Tests/fuzz/crashers/), through the real binary:
each page that crashed docgen or misreported it is now read as documented."""

import unittest

from harness import SiteCase


class FuzzFindings(SiteCase):
    def test_base_60_integer_too_large_for_int_does_not_crash(self):
        # YAML 1.1 reads `a:b` as base 60; Yams overflowed on this one and trapped.
        self.page("p.md", "text\n", front="d: [200000000000000000:0]\nweight: 1:30\n")
        run = self.build("--no-cache")
        self.assertStatus(run, 0)
        self.assertEqual(run.codes(), [])

    def test_base_60_weight_too_large_is_a_front_matter_error(self):
        self.page("p.md", "text\n", front="weight: 1:0:0:0:0:0:0:0:0:0:0:0\n")
        run = self.check("--no-cache")
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "front-matter", "content/p.md", 3)

    def test_keys_that_are_mappings_are_refused_at_the_key(self):
        front = "? d: :6|$\n? d: 5|$      blo\n? d: :6|$\n? d: 5|$      blo\n"
        for _ in range(3):  # the same line every run
            self.page("p.md", "text\n", front=front)
            run = self.check("--no-cache")
            self.assertStatus(run, 1)
            self.assertDiagnostic(run, "front-matter", "content/p.md", 3)
            self.assertEqual(run.codes(), ["front-matter"])

    def test_fence_indented_past_its_paragraph_is_text_not_raw_html(self):
        self.page("p.md", "ab\n\t:::\n")
        run = self.build("--no-cache")
        self.assertStatus(run, 0)
        self.assertNoDiagnostic(run, "raw-html-omitted")
        with open(self.public + "/p/index.html", encoding="utf-8") as page:
            self.assertIn(":::", page.read())

    def test_root_link_whose_path_starts_with_a_combining_mark(self):
        self.page("\u0651x.md", "# Shadda\n")
        self.page("index.md", "[s](/\u0651x/) [t](/\u0651x.md)\n")
        run = self.check("--no-cache")
        self.assertStatus(run, 0)
        self.assertEqual(run.codes(), [])


if __name__ == "__main__":
    unittest.main()
