#!/usr/bin/env python3
"""Fails when a test that `go test -short` skips is run by no CI step.

For each function of a _test.go file that calls testing.Short(), finds the
`go test` commands of .ci/run and .ci/*.sh that run it without -short: the
command names its package (./dir/, or ./parent/... above it) and has no
-run, or a -run pattern that matches the test's name (for a helper, the
package run by any such command). Prints what runs each; exit 1 if one is
run nowhere. Called by .ci/run.
"""
import glob, os, re, shlex, subprocess, sys

os.chdir(os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

def commands():
    out = []
    for path in [".ci/run"] + sorted(glob.glob(".ci/*.sh")):
        text = re.sub(r"\\\n", " ", open(path).read())
        for line in text.splitlines():
            i = line.find("go test")
            if i < 0 or line.lstrip().startswith("#"):
                continue
            try:
                lex = shlex.shlex(line[i:], posix=True, punctuation_chars="|&;<>")
                lex.whitespace_split = True
                toks = list(lex)
            except ValueError:
                continue
            args = []
            for t in toks[2:]:
                if t and set(t) <= set("|&;<>"):
                    break
                args.append(t)
            if any(a in ("-short", "-short=true") for a in args):
                continue
            run = None
            pkgs = []
            for j, a in enumerate(args):
                if a == "-run" and j + 1 < len(args):
                    run = args[j + 1]
                elif a.startswith("-run="):
                    run = a[5:]
                elif a.startswith("./"):
                    pkgs.append(a)
            out.append((path, run, pkgs))
    return out

def covers(pkg, d):
    pkg = pkg.rstrip("/")
    if pkg.endswith("/..."):
        base = pkg[2:-4].rstrip("/")
        return base in ("", ".") or d == base or d.startswith(base + "/")
    return pkg[2:] == d

def main():
    files = subprocess.run(["git", "ls-files", "*_test.go"], capture_output=True, text=True, check=True).stdout.split()
    skips = set()
    for f in files:
        fn = None
        for line in open(f):
            m = re.match(r"func (?:\([^)]*\) )?([A-Za-z0-9_]+)", line)
            if m:
                fn = m.group(1)
            if "testing.Short()" in line and fn:
                skips.add((os.path.dirname(f), fn))
    if not skips:
        print("no test calls testing.Short(): nothing to check")
        return 0
    cmds = commands()
    bad = 0
    for d, fn in sorted(skips):
        by = []
        for path, run, pkgs in cmds:
            if not any(covers(p, d) for p in pkgs):
                continue
            if run is None or not fn.startswith("Test") or re.search(run, fn):
                by.append(path)
        if by:
            print(f"{d}: {fn} runs in {', '.join(sorted(set(by)))}")
        else:
            print(f"{d}: {fn} skips under -short and no .ci step runs it", file=sys.stderr)
            bad = 1
    return bad

sys.exit(main())
