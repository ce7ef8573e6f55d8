#!/usr/bin/env bash
# Regenerate CPython 3.11's expected output for the fuzz corpus (tests/fuzz/corpus/*.py and the
# *.pyt templates, expanded first). Run from the repository root: tests/fuzz/regen_expected.sh
#
# Each input runs from its own directory with an empty stdin; `NAME.out` gets stdout, `NAME.err`
# gets stderr when the exit status is 1, with the input's directory cut out of every path (the
# harness does the same to Spindle's stderr). Inputs listed in tests/fuzz/robustness_only.txt get
# no expected output. Check `git diff` afterwards.
set -u

python="${PYTHON:-python3.11}"
ver="$("$python" --version 2>&1)"
case "$ver" in
    "Python 3.11."*) ;;
    *)
        echo "error: need CPython 3.11.x (set PYTHON=...), found: $ver" >&2
        exit 1
        ;;
esac

if [ ! -d tests/fuzz/corpus ]; then
    echo "error: run this from the repository root (tests/fuzz/corpus not found)" >&2
    exit 1
fi

exec "$python" -E - "$python" <<'PYTHON'
import os, re, subprocess, sys, tempfile

python = sys.argv[1]
corpus = os.path.abspath("tests/fuzz/corpus")

def listed(path):
    names = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            name = line.split("#", 1)[0].strip()
            if name:
                names.add(name)
    return names

def expand(template):
    """The rules of tests/fuzz/template.rs: {{COUNT*TEXT}} repeats TEXT; \\n \\t \\\\ escapes;
    {#} is the number of the repetition."""
    def unescape(text):
        return re.sub(r"\\(.)", lambda m: {"n": "\n", "t": "\t", "\\": "\\"}.get(
            m[1], "\\" + m[1]), text)
    def repeat(m):
        text = unescape(m[2])
        return "".join(text.replace("{#}", str(i)) for i in range(int(m[1])))
    return re.sub(r"\{\{\s*(\d+)\s*\*(.*?)\}\}", repeat, template, flags=re.S)

robustness_only = listed("tests/fuzz/robustness_only.txt")
env = {"PATH": os.environ.get("PATH", ""), "LC_ALL": "C.UTF-8"}
written = failing = skipped = 0
problems = []
with tempfile.TemporaryDirectory() as scratch:
    scratch = os.path.realpath(scratch)
    for name in sorted(os.listdir(corpus)):
        stem, ext = os.path.splitext(name)
        if ext not in (".py", ".pyt"):
            continue
        out_path = os.path.join(corpus, stem + ".out")
        err_path = os.path.join(corpus, stem + ".err")
        if name in robustness_only:
            for path in (out_path, err_path):
                if os.path.exists(path):
                    os.remove(path)
            skipped += 1
            continue
        if ext == ".pyt":
            with open(os.path.join(corpus, name), encoding="utf-8") as f:
                source = expand(f.read())
            run_dir, run_name = scratch, stem + ".py"
            with open(os.path.join(run_dir, run_name), "w", encoding="utf-8") as f:
                f.write(source)
        else:
            run_dir, run_name = corpus, name
        try:
            done = subprocess.run([python, "-E", run_name], cwd=run_dir, env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, timeout=120)
        except subprocess.TimeoutExpired:
            problems.append(f"{name}: CPython timed out")
            continue
        if done.returncode not in (0, 1) or (done.returncode == 0 and done.stderr):
            problems.append(f"{name}: CPython exited {done.returncode} with stderr "
                            f"{done.stderr[-300:]!r}; fix the input or list it in "
                            "robustness_only.txt")
            continue
        with open(out_path, "wb") as f:
            f.write(done.stdout)
        if done.returncode == 1:
            with open(err_path, "wb") as f:
                f.write(done.stderr.replace(run_dir.encode() + b"/", b""))
            failing += 1
        elif os.path.exists(err_path):
            os.remove(err_path)
        written += 1

print(f"regenerated {written} inputs ({failing} with .err), {skipped} robustness-only")
for problem in problems:
    print("problem:", problem, file=sys.stderr)
sys.exit(1 if problems else 0)
PYTHON
