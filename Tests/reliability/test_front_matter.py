"""Front matter, docgen.yml and templates as editors and attackers write
them: byte order marks, CR-only and mixed line ends, YAML aliases that
expand exponentially, nesting past any stack, wrong types for every key
docgen reads, duplicate keys; and diagnostics that quote control and bidi
characters from the site, printed in every format."""

import json
import os
import resource
import subprocess
import time

from harness import DEFAULT_TIMEOUT, DOCGEN, Run, SiteCase

BOM = b"\xef\xbb\xbf"

# Ten levels of nine aliases each: 9**9 values once expanded ("billion laughs").
LAUGHS = "lol0: &a0 [lol]\n" + "".join(
    "lol%d: &a%d [%s]\n" % (i, i, ", ".join(["*a%d" % (i - 1)] * 9)) for i in range(1, 10))
# The line (1-based, within LAUGHS) of the alias that passes 100,000 values:
# an alias of a0..a4 stands for 2, 19, 172, 1549, 13942 values; lol1..lol4
# add up to 15,678 and the seventh alias of lol5 passes the bound.
LAUGHS_LINE = 6

MEMORY_CAP = 512 << 20


def capped_memory():
    """preexec_fn: the run may use at most MEMORY_CAP bytes of address space."""
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


class FrontMatterCase(SiteCase):
    def raw_page(self, rel, data):
        return self.write(os.path.join("content", rel), data)

    def capped(self, *args, timeout=10):
        """Runs docgen (JSON format) with its memory capped; returns the run and its wall time."""
        argv = [DOCGEN] + list(args) + ["--format", "json"]
        start = time.monotonic()
        try:
            proc = subprocess.run(
                argv, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                timeout=timeout, preexec_fn=capped_memory)
        except subprocess.TimeoutExpired:
            self.fail("hang: docgen %s ran longer than %ss" % (" ".join(args), timeout))
        elapsed = time.monotonic() - start
        run = Run(list(args), proc.returncode, proc.stdout, proc.stderr)
        self.assertGreaterEqual(proc.returncode, 0, "killed by a signal (out of memory?)\n" + run.describe())
        self.assertNotIn(b"Fatal error", proc.stderr, run.describe())
        return run, elapsed

    def only(self, run, code):
        """The single diagnostic of `code` in the run."""
        found = run.find(code)
        self.assertEqual(len(found), 1, run.describe())
        return found[0]

    def assertAt(self, diagnostic, line, column):
        self.assertEqual((diagnostic["line"], diagnostic["column"]), (line, column), diagnostic)

    def html(self, rel):
        with open(os.path.join(self.public, rel), "rb") as f:
            return f.read().decode("utf-8")


class ByteOrderMarkTests(FrontMatterCase):
    def test_bom_before_front_matter_is_read_as_front_matter(self):
        self.raw_page("a.md", BOM + b"---\ntitle: Bommed\n---\n# Heading\n\nSee [x](/nope)\n")
        run = self.build()
        self.assertStatus(run, 1)
        self.assertNoDiagnostic(run, "front-matter")
        self.assertAt(self.assertDiagnostic(run, "missing-page", "content/a.md", 6), 6, 5)
        page = self.html("a/index.html")
        self.assertIn("<title>Bommed", page)
        self.assertNotIn("title: Bommed", page)
        self.assertNotIn("\ufeff", page)

    def test_bom_without_front_matter_is_no_column(self):
        self.raw_page("a.md", BOM + b"[x](/nope) and [y](/nope2)\n")
        run = self.check()
        self.assertStatus(run, 1)
        columns = sorted(d["column"] for d in run.find("missing-page", "content/a.md", 1))
        self.assertEqual(columns, [1, 16], run.describe())

    def test_bom_and_crlf_front_matter_error_is_located(self):
        self.raw_page("a.md", BOM + b"---\r\ntitle: A\r\nweight: heavy\r\n---\r\nBody\r\n")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertAt(self.assertDiagnostic(run, "front-matter", "content/a.md", 3), 3, 9)

    def test_bom_alone_is_an_empty_file(self):
        self.raw_page("a.md", BOM)
        run = self.check()
        self.assertStatus(run, 0)
        self.assertDiagnostic(run, "empty-file", "content/a.md")

    def test_bom_in_config_is_no_text(self):
        self.write("docgen.yml", BOM + b"title: Bom Site\n")
        self.page("index.md", "Hello\n", title="Home")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertIn("Bom Site", self.html("index.html"))

    def test_bom_in_config_error_column(self):
        self.write("docgen.yml", BOM + b"base_url: [a]\n")
        self.page("index.md", "Hello\n")
        run = self.build()
        self.assertStatus(run, 2)
        self.assertAt(self.assertDiagnostic(run, "config", "docgen.yml", 1), 1, 11)
        self.assertFalse(os.path.exists(self.public))

    def test_bom_in_template_is_not_published(self):
        self.write("templates/layout.mustache", BOM + b"<!DOCTYPE html>\n<title>{{page.title}}</title>\n{{{content}}}\n")
        self.write("templates/page.mustache", BOM + b"<main>{{{page.content}}}</main>\n")
        self.write("templates/section.mustache", BOM + b"<main>{{{page.content}}}</main>\n")
        self.page("index.md", "Hello\n", title="Home")
        run = self.build()
        self.assertStatus(run, 0)
        with open(os.path.join(self.public, "index.html"), "rb") as f:
            data = f.read()
        self.assertTrue(data.startswith(b"<!DOCTYPE html>"), data[:40])
        self.assertNotIn(BOM, data)


class LineEndingTests(FrontMatterCase):
    def test_cr_only_file_reads_its_front_matter(self):
        self.raw_page("a.md", b"---\rtitle: Carriage\r---\r\rSee [x](/nope)\r")
        run = self.build()
        self.assertStatus(run, 1)
        self.assertNoDiagnostic(run, "front-matter")
        self.assertAt(self.assertDiagnostic(run, "missing-page", "content/a.md", 5), 5, 5)
        page = self.html("a/index.html")
        self.assertIn("<title>Carriage", page)
        self.assertNotIn("title: Carriage", page)

    def test_cr_only_front_matter_error_is_on_its_line(self):
        self.raw_page("a.md", b"---\rtitle: A\rweight: heavy\r---\rBody\r")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertAt(self.only(run, "front-matter"), 3, 9)

    def test_mixed_line_ends(self):
        self.raw_page("a.md", b"---\r\ntitle: M\rdraft: maybe\n---\r\n\nSee [x](/nope)\r")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertAt(self.only(run, "front-matter"), 3, 8)
        self.assertAt(self.assertDiagnostic(run, "missing-page", "content/a.md", 6), 6, 5)

    def test_cr_only_config(self):
        self.write("docgen.yml", b"title: CR\rraw_html: maybe\r")
        self.page("index.md", "Hello\n")
        run = self.check()
        self.assertStatus(run, 2)
        self.assertAt(self.assertDiagnostic(run, "config", "docgen.yml", 2), 2, 11)

    def test_unterminated_front_matter(self):
        self.raw_page("a.md", b"---\ntitle: Open\n\n# Open\n")
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.assertDiagnostic(run, "front-matter", "content/a.md", 1)
        self.assertIn("never closed", diagnostic["message"])

    def test_unterminated_cr_only_front_matter(self):
        self.raw_page("a.md", b"---\rtitle: Open\r\r# Open\r")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "front-matter", "content/a.md", 1)


class ExpansionTests(FrontMatterCase):
    def test_billion_laughs_in_front_matter(self):
        self.raw_page("laugh.md", "---\ntitle: L\n" + LAUGHS + "---\nBody\n")
        self.page("ok.md", "Fine\n")
        run, elapsed = self.capped("check", self.site)
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertEqual(diagnostic["file"], "content/laugh.md")
        self.assertEqual(diagnostic["line"], LAUGHS_LINE + 2)
        self.assertIn("aliases", diagnostic["message"])
        self.assertLess(elapsed, 5, "took %.1fs" % elapsed)

    def test_billion_laughs_in_front_matter_build(self):
        self.raw_page("laugh.md", "---\ntitle: L\n" + LAUGHS + "---\nBody\n")
        run, elapsed = self.capped("build", self.site)
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "front-matter", "content/laugh.md", LAUGHS_LINE + 2)
        self.assertLess(elapsed, 5, "took %.1fs" % elapsed)

    def test_billion_laughs_in_a_known_key(self):
        self.raw_page("laugh.md", "---\n" + LAUGHS + "aliases: *a9\n---\n")
        run, _ = self.capped("check", self.site)
        self.assertStatus(run, 1)
        self.assertDiagnostic(run, "front-matter", "content/laugh.md", LAUGHS_LINE + 1)

    def test_billion_laughs_in_config(self):
        self.write("docgen.yml", "title: x\n" + LAUGHS)
        self.page("index.md", "Hello\n")
        run, elapsed = self.capped("build", self.site)
        self.assertStatus(run, 2)
        diagnostic = self.only(run, "config")
        self.assertEqual((diagnostic["file"], diagnostic["line"]), ("docgen.yml", LAUGHS_LINE + 1))
        self.assertLess(elapsed, 5, "took %.1fs" % elapsed)
        self.assertFalse(os.path.exists(self.public))

    def test_a_few_aliases_are_fine(self):
        self.raw_page("a.md", "---\ntitle: A\nbase: &b {team: identity}\ncopy: *b\naliases: &old [/old/]\n---\n")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertTrue(os.path.exists(os.path.join(self.public, "old", "index.html")))

    def test_hundred_thousand_open_brackets(self):
        self.raw_page("deep.md", "---\ntitle: D\nx: " + "[" * 100000 + "\n---\n")
        run, elapsed = self.capped("check", self.site)
        self.assertStatus(run, 1)
        # libyaml's scanner stops at 1,000 levels before the first event.
        diagnostic = self.only(run, "front-matter")
        self.assertEqual(diagnostic["line"], 3)
        self.assertIn("nested deeper than 100", diagnostic["message"])
        self.assertLess(elapsed, 5, "took %.1fs" % elapsed)

    def test_deep_balanced_nesting(self):
        self.raw_page("deep.md", "---\ntitle: D\nx: " + "[" * 150 + "]" * 150 + "\n---\n")
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertEqual(diagnostic["line"], 3)
        self.assertIn("nested deeper than 100", diagnostic["message"])

    def test_deep_block_nesting_in_config(self):
        self.write("docgen.yml", "".join("  " * i + "k%d:\n" % i for i in range(200)))
        self.page("index.md", "Hello\n")
        run = self.check()
        self.assertStatus(run, 2)
        self.assertIn("nested deeper", self.only(run, "config")["message"])

    def test_deep_nesting_through_aliases(self):
        # Each level is shallow; the aliases stack them 4 x 40 deep.
        levels = ["a0: &a0 " + "[" * 40 + "x" + "]" * 40]
        for i in range(1, 4):
            levels.append("a%d: &a%d " % (i, i) + "[" * 40 + "*a%d" % (i - 1) + "]" * 40)
        self.raw_page("deep.md", "---\n" + "\n".join(levels) + "\n---\n")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertIn("nested deeper", self.only(run, "front-matter")["message"])


# key, YAML value, (line, column) of the diagnostic, words the message must hold.
WRONG_TYPES = {
    "title_list": ("title", "[a, b]", 8, "`title` must be text, got a list"),
    "title_mapping": ("title", "{a: b}", 8, "`title` must be text, got a mapping"),
    "description_list": ("description", "[a]", 14, "`description` must be text, got a list"),
    "draft_word": ("draft", "maybe", 8, "`draft` must be true or false, got text"),
    "draft_number": ("draft", "5", 8, "`draft` must be true or false, got a number"),
    "weight_word": ("weight", "heavy", 9, "`weight` must be an integer, got text"),
    "weight_decimal": ("weight", "1.5", 9, "`weight` must be an integer, got a number"),
    "weight_list": ("weight", "[1]", 9, "`weight` must be an integer, got a list"),
    "slug_mapping": ("slug", "{a: b}", 7, "`slug` must be text, got a mapping"),
    "url_number": ("url", "5", 6, "`url` must be a URL path"),
    "url_list": ("url", "[/a/]", 6, "`url` must be a URL path"),
    "permalink_boolean": ("permalink", "true", 12, "`permalink` must be a URL path"),
    "aliases_number": ("aliases", "5", 10, "`aliases` must be a list of URL paths"),
    "aliases_boolean": ("aliases", "yes", 10, "got true/false"),
    "aliases_mapping": ("aliases", "{a: b}", 10, "got a mapping"),
    "template_list": ("template", "[wide]", 11, "`template` must be text, got a list"),
}


def wrong_type_test(key, value, column, words):
    def test(self):
        self.raw_page("a.md", "---\ntitle: T\n%s: %s\n---\nBody\n" % (key, value) if key != "title"
                      else "---\n%s: %s\n---\nBody\n" % (key, value))
        line = 3 if key != "title" else 2
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertEqual(diagnostic["file"], "content/a.md")
        self.assertAt(diagnostic, line, column)
        self.assertIn(words, diagnostic["message"])
    return test


class WrongTypeTests(FrontMatterCase):
    def test_alias_entry_that_is_a_number(self):
        self.raw_page("a.md", "---\ntitle: T\naliases:\n  - /old/\n  - 2019\n---\n")
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertAt(diagnostic, 5, 5)
        self.assertIn("got a number in the list", diagnostic["message"])

    def test_a_single_alias_string_is_a_list_of_one(self):
        self.page("a.md", "Body\n", front="aliases: /old/\n")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertTrue(os.path.exists(os.path.join(self.public, "old", "index.html")))

    def test_quoted_number_is_a_url_path(self):
        self.page("a.md", "Body\n", front="aliases: ['/2019/']\nslug: 2024\n")
        run = self.build()
        self.assertStatus(run, 0)
        self.assertTrue(os.path.exists(os.path.join(self.public, "2024", "index.html")))

    def test_null_values_are_unset(self):
        self.raw_page("a.md", "---\ntitle:\naliases: ~\nweight:\n---\nBody\n")
        run = self.check()
        self.assertStatus(run, 0)

    def test_config_wrong_type_has_a_column(self):
        self.write("docgen.yml", "title: Site\noutput_dir: [a, b]\n")
        self.page("index.md", "Hello\n")
        run = self.check()
        self.assertStatus(run, 2)
        diagnostic = self.assertDiagnostic(run, "config", "docgen.yml", 2)
        self.assertAt(diagnostic, 2, 13)
        self.assertIn("got a list", diagnostic["message"])


for _name, (_key, _value, _column, _words) in WRONG_TYPES.items():
    setattr(WrongTypeTests, "test_wrong_type_" + _name, wrong_type_test(_key, _value, _column, _words))


class DuplicateKeyTests(FrontMatterCase):
    def test_duplicate_key_is_reported_at_the_duplicate(self):
        self.raw_page("a.md", "---\ntitle: A\ndescription: d\ntitle: B\n---\nBody\n")
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertAt(diagnostic, 4, 1)
        self.assertIn("duplicate key `title`", diagnostic["message"])
        self.assertEqual(diagnostic["notes"], ["`title` is first set on line 2"])

    def test_nested_duplicate_key(self):
        self.raw_page("a.md", "---\ntitle: A\nmeta:\n  team: a\n  owner: b\n  team: c\n---\n")
        run = self.check()
        self.assertStatus(run, 1)
        diagnostic = self.only(run, "front-matter")
        self.assertAt(diagnostic, 6, 3)
        self.assertEqual(diagnostic["notes"], ["`team` is first set on line 4"])

    def test_duplicate_key_in_config(self):
        self.write("docgen.yml", "title: A\nraw_html: true\ntitle: B\n")
        self.page("index.md", "Hello\n")
        run = self.check()
        self.assertStatus(run, 2)
        diagnostic = self.only(run, "config")
        self.assertAt(diagnostic, 3, 1)
        self.assertEqual(diagnostic["notes"], ["`title` is first set on line 1"])


ESC = "\x1b"
RAW_CONTROLS = [b"\x1b", b"\x07", b"\x7f", "\u009b".encode(), "\u202e".encode(), "\u2066".encode()]


class ControlCharacterTests(FrontMatterCase):
    """Nothing a file holds reaches the terminal or the CI log as a control:
    the terminal and GitHub formats write `\\u{1B}`, JSON writes `\\u001b`."""

    def assertNoRawControls(self, run):
        for raw in RAW_CONTROLS:
            self.assertNotIn(raw, run.stdout, "%r printed raw\n%s" % (raw, run.describe()))

    def runs(self, command="check"):
        """The command in each format: terminal, github, json."""
        terminal = self.docgen(command, self.site, "--format", "terminal", "--no-cache", check_json=False)
        github = self.docgen(command, self.site, "--format", "github", "--no-cache", check_json=False)
        return terminal, github, self.docgen(command, self.site, "--no-cache")

    def test_escape_sequence_in_a_link_target(self):
        self.page("a.md", "See [x](/a" + ESC + "[2Jb) now.\n")
        terminal, github, json_run = self.runs()
        for run in (terminal, github, json_run):
            self.assertStatus(run, 1)
            self.assertNoRawControls(run)
        self.assertIn(b"/a\\u{1B}[2Jb", terminal.stdout)
        self.assertIn(b"/a\\u{1B}[2Jb", github.stdout)
        diagnostic = self.assertDiagnostic(json_run, "missing-page", "content/a.md", 4)
        self.assertEqual(diagnostic["target"], "/a" + ESC + "[2Jb")
        self.assertIn(b"\\u001b", json_run.stdout)

    def test_bidi_override_and_c1_in_a_link_target(self):
        self.page("a.md", "See [x](/a\u202eb\u009bc\u2066d\x7f).\n")
        terminal, github, json_run = self.runs()
        for run in (terminal, github, json_run):
            self.assertStatus(run, 1)
            self.assertNoRawControls(run)
        self.assertIn(b"/a\\u{202E}b\\u{9B}c\\u{2066}d\\u{7F}", terminal.stdout)
        self.assertIn(b"/a\\u{202E}b\\u{9B}c\\u{2066}d\\u{7F}", github.stdout)
        self.assertEqual(
            self.assertDiagnostic(json_run, "missing-page", "content/a.md")["target"], "/a\u202eb\u009bc\u2066d\x7f")

    def test_control_characters_in_a_file_name(self):
        name = "a" + ESC + "]0;pwned\x07\u202eb.md"
        self.page(name, "[x](/nope)\n")
        terminal, github, json_run = self.runs()
        for run in (terminal, github, json_run):
            self.assertStatus(run, 1)
            self.assertNoRawControls(run)
        self.assertIn(b"content/a\\u{1B}]0;pwned\\u{7}\\u{202E}b.md:4:1", terminal.stdout)
        self.assertIn(b"file=content/a\\u{1B}]0;pwned\\u{7}\\u{202E}b.md,", github.stdout)
        self.assertDiagnostic(json_run, "missing-page", "content/" + name, 4)

    def test_raw_control_character_in_front_matter(self):
        self.raw_page("a.md", b"---\ntitle: A\x1b[2J\n---\nBody\n")
        terminal, github, json_run = self.runs()
        for run in (terminal, github, json_run):
            self.assertStatus(run, 1)
            self.assertNoRawControls(run)
        self.assertDiagnostic(json_run, "front-matter", "content/a.md", 2)
        self.assertIn(b" 2 | title: A\\u{1B}[2J", terminal.stdout)

    def test_escaped_control_in_a_front_matter_value(self):
        # YAML's "\e" is an ESC in the value; the unknown-template message
        # quotes it (only `build` loads the theme and reports it).
        self.raw_page("a.md", b'---\ntitle: A\ntemplate: "x\\e[2Jy"\n---\nBody\n')
        terminal, github, json_run = self.runs("build")
        for run in (terminal, github, json_run):
            self.assertStatus(run, 1)
            self.assertNoRawControls(run)
        self.assertDiagnostic(json_run, "unknown-template", "content/a.md", 3)
        self.assertIn(b"x\\u{1B}[2Jy", terminal.stdout)

    def test_caret_stays_under_the_column_after_an_escape(self):
        self.page("a.md", "\u202e  [x](/nope)\n")
        terminal = self.docgen("check", self.site, "--format", "terminal", check_json=False)
        lines = terminal.stdout.decode("utf-8").splitlines()
        source = next(i for i, l in enumerate(lines) if l.startswith(" 4 | "))
        self.assertEqual(lines[source], " 4 | \\u{202E}  [x](/nope)")
        self.assertEqual(lines[source + 1].index("^"), lines[source].index("[x]"), "\n".join(lines))

    def test_json_parses_back_to_the_raw_characters(self):
        self.page("a.md", "[x](/a\u2028b\u202ec)\n")
        run = self.check()
        self.assertStatus(run, 1)
        self.assertNotIn("\u2028".encode(), run.stdout)
        self.assertEqual(json.loads(run.stdout)["diagnostics"][0]["target"], "/a\u2028b\u202ec")
