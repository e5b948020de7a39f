"""Hostile inputs to the adoption features of issue 12: sitemaps, URL lists
and baselines that are huge, deep, malformed or not what they claim; file
names with controls in SARIF; a job summary that cannot be written. Each is a
clear diagnostic or a clean run, never a crash or a hang."""

import json
import os
import subprocess
import unittest

from harness import DOCGEN, SiteCase


class HostilePreviousSites(SiteCase):
    def setUp(self):
        super().setUp()
        self.write("docgen.yml", "title: T\nbase_url: https://example.com/docs\n")
        self.page("index.md", "Home.\n", title="Home")

    def test_one_line_sitemap_of_50000_removed_urls_is_linear(self):
        urls = "".join("<url><loc>https://example.com/docs/p%d/</loc></url>" % n for n in range(50000))
        path = self.write("prev.xml", "<urlset>" + urls + "</urlset>")
        run = self.check("--previous", path)
        self.assertStatus(run, 1)
        removed = run.find("removed-url")
        self.assertEqual(len(removed), 50000)
        self.assertEqual(removed[-1]["line"], 1)
        self.assertGreater(removed[-1]["column"], 2000000)

    def test_deeply_nested_sitemap_elements(self):
        depth = 200000
        path = self.write("prev.xml", "<urlset>" + "<a>" * depth + "</a>" * depth + "</urlset>")
        self.assertStatus(self.check("--previous", path), 0)

    def test_malformed_sitemaps_are_setup_errors_at_their_line(self):
        cases = {
            "nul.xml": ("<urlset>\n<url><loc>https://example.com/docs/&#0;</loc></url></urlset>", None),
            "surrogate.xml": ("<urlset>\n<url><loc>&#xD800;</loc></url></urlset>", 2),
            "cdata.xml": ("<urlset>\n<url><loc><![CDATA[https://example.com/docs/", 2),
            "entity.xml": ("<urlset>\n\n<url><loc>&nbsp;</loc></url></urlset>", 3),
            "unclosed.xml": ("<urlset><url><loc>https://example.com/docs/</loc></url>", 1),
            "index-nested.xml": ("<sitemapindex><sitemap><loc>https://example.com/docs/index-nested.xml</loc>"
                                 "</sitemap></sitemapindex>", None),
        }
        for name, (text, line) in cases.items():
            with self.subTest(name):
                run = self.check("--previous", self.write(name, text))
                if name == "nul.xml":
                    # A NUL decodes to a path no page has: reported, never written into a path.
                    self.assertStatus(run, 1)
                    self.assertDiagnostic(run, "removed-url")
                    continue
                self.assertStatus(run, 2)
                diagnostic = self.assertDiagnostic(run, "config")
                if line is not None:
                    self.assertEqual(diagnostic["line"], line, run.describe())

    def test_binary_and_gzip_files_are_refused(self):
        for name, data in {"bin.txt": b"\xff\xfe\x00garbage", "s.xml.gz": b"\x1f\x8b\x08\x00rest"}.items():
            with self.subTest(name):
                run = self.check("--previous", self.write(name, data))
                self.assertStatus(run, 2)
                self.assertDiagnostic(run, "config")


class HostileBaselines(SiteCase):
    def setUp(self):
        super().setUp()
        self.page("index.md", "[x](/nowhere/)\n", title="Home")

    def test_deep_and_wrong_baselines_are_setup_errors(self):
        cases = {
            "deep.json": "[" * 100000 + "]" * 100000,
            "types.json": '{"version": 1, "problems": [{"file": 3, "code": "x"}]}',
            "garbage.json": b"\x00\xff" * 1000,
        }
        for name, data in cases.items():
            with self.subTest(name):
                run = self.check("--baseline", self.write(name, data))
                self.assertStatus(run, 2)
                self.assertIn("baseline", self.assertDiagnostic(run, "config")["message"])

    def test_written_baseline_applies_and_unknown_keys_are_ignored(self):
        path = os.path.join(self.tmp, "b.json")
        self.assertStatus(self.check("--write-baseline", path), 0)
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        data["problems"][0]["comment"] = "added by hand"
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f)
        self.assertStatus(self.check("--baseline", path), 0)


class HostileOutputs(SiteCase):
    def test_sarif_with_control_characters_in_names_is_valid_json(self):
        self.page("a\x1b[31mb.md", "[x](/nowhere\u202e/)\n", title="T")
        run = self.check("--format", "sarif")
        self.assertStatus(run, 1)
        self.assertNotIn(b"\x1b", run.stdout)
        log = json.loads(run.stdout.decode("utf-8"))
        [result] = log["runs"][0]["results"]
        self.assertEqual(result["ruleId"], "missing-page")
        self.assertIn("\u202e", result["message"]["text"])
        self.assertNotIn("\u202e".encode("utf-8"), run.stdout, "bidi controls are escaped in the JSON text")
        self.assertIn("%1B", result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])

    def test_unwritable_job_summary_does_not_change_the_outcome(self):
        self.page("index.md", "[x](/nowhere/)\n", title="Home")
        env = dict(os.environ, GITHUB_STEP_SUMMARY=os.path.join(self.tmp, "no", "such", "folder", "summary.md"))
        proc = subprocess.run([DOCGEN, "check", self.site, "--format", "github"], env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=30)
        self.assertEqual(proc.returncode, 1, proc.stderr)
        self.assertIn(b"::error ", proc.stdout)
        self.assertIn(b"could not append the job summary", proc.stderr)


if __name__ == "__main__":
    unittest.main()
