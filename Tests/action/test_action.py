"""The GitHub Action (`action.yml`) and the README's complete workflow.

- both validate against the GitHub Actions schemas of check-jsonschema
  (`--builtin-schema vendor.github-actions`, `vendor.github-workflows`);
- the action has the inputs README documents, installs libcmark after
  `apt-get update`, caches a release build, and runs docgen with
  `--format github`;
- its shell steps run here as they run on a runner: the step that runs
  docgen (on a clean site, a broken one, a bad `command`, extra `args`) and
  the one that keys the build cache.

Run: python3 -m unittest discover -s Tests/action -t Tests/action
Needs: check-jsonschema (`pip install check-jsonschema`; its tests skip
without it, and fail under CI=true); a built docgen (DOCGEN=path, default
.build/debug/docgen).
"""

import os
import re
import shutil
import subprocess
import tempfile
import unittest

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
ACTION = os.path.join(REPO, "action.yml")
DOCGEN = os.environ.get("DOCGEN") or os.path.join(REPO, ".build", "debug", "docgen")

try:
    import yaml

    def load_yaml(text):
        return yaml.safe_load(text)
except ImportError:  # check-jsonschema brings ruamel.yaml
    from ruamel.yaml import YAML

    def load_yaml(text):
        return YAML(typ="safe").load(text)


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def readme_workflow():
    """The complete workflow of README's "GitHub Actions" section."""
    section = read(os.path.join(REPO, "README.md")).split("\n### GitHub Actions\n", 1)[1].split("\n## ", 1)[0]
    blocks = [b for b in re.findall(r"```yaml\n(.*?)```", section, re.S) if "deploy-pages" in b]
    assert len(blocks) == 1, "README's GitHub Actions section should hold one workflow with deploy-pages"
    return blocks[0]


def check_jsonschema():
    found = shutil.which("check-jsonschema")
    if found is None:
        message = "check-jsonschema not found: pip install check-jsonschema"
        if os.environ.get("CI") == "true":
            raise AssertionError(message)
        raise unittest.SkipTest(message)
    return found


class SchemaTests(unittest.TestCase):
    def validate(self, schema, path):
        result = subprocess.run([check_jsonschema(), "--builtin-schema", schema, path], capture_output=True,
                                text=True)
        self.assertEqual(result.returncode, 0, result.stdout + result.stderr)

    def test_action_validates(self):
        self.validate("vendor.github-actions", ACTION)

    def test_readme_workflow_validates(self):
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
            f.write(readme_workflow())
        self.addCleanup(os.remove, f.name)
        self.validate("vendor.github-workflows", f.name)

    def test_the_schema_check_can_fail(self):
        # A composite action without `steps` is invalid: the validator does reject.
        broken = read(ACTION).replace("  using: composite\n  steps:", "  using: composite\n  stepz:")
        self.assertNotEqual(broken, read(ACTION))
        with tempfile.NamedTemporaryFile("w", suffix=".yml", delete=False) as f:
            f.write(broken)
        self.addCleanup(os.remove, f.name)
        result = subprocess.run([check_jsonschema(), "--builtin-schema", "vendor.github-actions", f.name],
                                capture_output=True, text=True)
        self.assertNotEqual(result.returncode, 0, result.stdout)


class ActionShapeTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.action = load_yaml(read(ACTION))
        cls.steps = cls.action["runs"]["steps"]

    def step(self, name_start):
        found = [s for s in self.steps if s.get("name", "").startswith(name_start)]
        self.assertEqual(len(found), 1, name_start)
        return found[0]

    def test_inputs(self):
        inputs = self.action["inputs"]
        self.assertEqual(sorted(inputs), ["args", "command", "site"])
        self.assertEqual(inputs["command"]["default"], "check")
        self.assertEqual(inputs["site"]["default"], ".")
        self.assertEqual(inputs["args"]["default"], "")
        self.assertEqual(self.action["runs"]["using"], "composite")

    def test_installs_libcmark_after_updating_the_package_lists(self):
        script = self.step("Install libcmark")["run"]
        self.assertLess(script.index("apt-get update"), script.index("apt-get install"))
        self.assertIn("libcmark-dev", script)

    def test_builds_in_release_mode_with_a_cache_keyed_on_the_sources(self):
        cache = [s for s in self.steps if str(s.get("uses", "")).startswith("actions/cache@")]
        self.assertEqual(len(cache), 1)
        self.assertIn("steps.key.outputs.hash", cache[0]["with"]["key"])
        self.assertIn(".build", cache[0]["with"]["path"])
        build = self.step("Build docgen")["run"]
        self.assertIn("swift build -c release", build)
        self.assertLess(self.steps.index(cache[0]), self.steps.index(self.step("Build docgen")))

    def test_inputs_reach_the_script_through_the_environment(self):
        # Never `${{ inputs.x }}` inside a script: that is script injection.
        for step in self.steps:
            self.assertNotIn("${{ inputs.", step.get("run", ""), step.get("name"))

    def test_readme_workflow_uses_only_what_the_action_has(self):
        workflow = load_yaml(readme_workflow())
        used = [s for job in workflow["jobs"].values() for s in job["steps"]
                if str(s.get("uses", "")).endswith("/docgen@main")]
        self.assertEqual(len(used), 2, "the check job and the publish job")
        for step in used:
            self.assertLessEqual(set(step.get("with", {})), set(self.action["inputs"]))
        self.assertIn("steps.docgen.outputs.binary", readme_workflow())
        self.assertIn("binary", self.action["outputs"])


class ActionScriptTests(unittest.TestCase):
    """The action's own shell steps, run with bash as a runner runs them."""

    @classmethod
    def setUpClass(cls):
        cls.steps = load_yaml(read(ACTION))["runs"]["steps"]
        if not os.path.exists(DOCGEN):
            raise unittest.SkipTest(f"no docgen at {DOCGEN}: run `swift build`")

    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="docgen-action-")
        self.addCleanup(shutil.rmtree, self.folder, ignore_errors=True)

    def script(self, name_start):
        return next(s["run"] for s in self.steps if s.get("name", "").startswith(name_start))

    def write(self, path, text):
        path = os.path.join(self.folder, path)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)

    def run_docgen_step(self, command, site="site", args=""):
        env = {"PATH": os.environ["PATH"], "HOME": self.folder, "DOCGEN": os.path.abspath(DOCGEN),
               "DOCGEN_COMMAND": command, "DOCGEN_SITE": site, "DOCGEN_ARGS": args}
        with open(os.path.join(self.folder, "out"), "w+") as out:
            status = subprocess.run(["bash", "-e", "-c", self.script("Run docgen")], cwd=self.folder, env=env,
                                    stdout=out, stderr=subprocess.STDOUT, timeout=120).returncode
            out.seek(0)
            return status, out.read()

    def test_clean_site_passes(self):
        self.write("site/content/index.md", "# Home\n\n[Guide](guide.md)\n")
        self.write("site/content/guide.md", "# Guide\n")
        status, out = self.run_docgen_step("check")
        self.assertEqual(status, 0, out)
        self.assertNotIn("::error", out)

    def test_broken_link_is_an_annotation_and_fails_the_step(self):
        self.write("site/content/index.md", "# Home\n\n[gone](/nowhere/)\n")
        status, out = self.run_docgen_step("check")
        self.assertEqual(status, 1, out)
        self.assertIn("::error file=content/index.md,line=3,col=1,title=docgen missing-page::", out)

    def test_extra_args_are_split_and_not_globbed(self):
        self.write("site/content/index.md", "# Home\n\n[empty]()\n")
        self.write("*", "")  # a glob would expand to this file's name
        status, out = self.run_docgen_step("build", args="--output out-site  --warnings-as-errors")
        self.assertEqual(status, 1, "the warning counts as an error: " + out)
        self.assertTrue(os.path.exists(os.path.join(self.folder, "out-site", "index.html")), out)
        status, out = self.run_docgen_step("check", args="*")
        self.assertEqual(status, 2, out)
        self.assertIn("'*'", out, "the argument reached docgen as written")

    def test_unknown_command_is_refused(self):
        self.write("site/content/index.md", "# Home\n")
        status, out = self.run_docgen_step("deploy")
        self.assertEqual(status, 2)
        self.assertIn("::error title=docgen::input `command` must be check or build", out)

    def key(self, source):
        output = os.path.join(self.folder, "github-output")
        open(output, "w").close()
        env = {"PATH": os.environ["PATH"], "HOME": self.folder, "GITHUB_OUTPUT": output}
        subprocess.run(["bash", "-e", "-c", self.script("Key the docgen build")], cwd=source, env=env, check=True,
                       capture_output=True)
        lines = read(output).splitlines()
        self.assertEqual(len(lines), 1, lines)
        self.assertRegex(lines[0], r"^hash=[0-9a-f]{32}$")
        return lines[0]

    def test_cache_key_follows_the_sources(self):
        if shutil.which("swift") is None:
            self.skipTest("the key includes `swift --version`")
        source = os.path.join(self.folder, "docgen")
        shutil.copytree(os.path.join(REPO, "Sources"), os.path.join(source, "Sources"))
        shutil.copy(os.path.join(REPO, "Package.swift"), source)
        first = self.key(source)
        self.assertEqual(self.key(source), first, "the same sources, the same key")
        with open(os.path.join(source, "Sources", "docgen", "Docgen.swift"), "a") as f:
            f.write("\n")
        self.assertNotEqual(self.key(source), first)


if __name__ == "__main__":
    unittest.main()
