#!/usr/bin/env bash
# Whole-program benchmark: every Spindle engine vs CPython on perf/*.py.
#
# Usage: perf/compare.sh            (from any directory)
#
# Environment overrides:
#   RUNS=N          timed runs per command (default 5; plus 1 warm-up run)
#   SPINDLE=/path   use this spindle binary and skip `cargo build --release`
#   ENGINES="a b"   engine names (default: output of `spindle engines`)
#   PYTHON=path     CPython interpreter used as reference and baseline (default:
#                   /usr/bin/python3.11 where it exists — the real binary; a `python3`
#                   shim such as pyenv's adds ~150 ms per start — else python3)
#   BASELINE=/path  an older spindle binary timed side by side with every engine
#                   (commands "ENGINE@baseline"), for before/after comparisons;
#                   BASELINE_LABEL names it in RESULTS.md (default: its path)
#   JSON_DIR=/dir   keep hyperfine's JSON exports there (default: temp dir,
#                   deleted on exit)
#
# Writes perf/RESULTS.md. Fails (non-zero exit, RESULTS.md untouched) if any
# engine's stdout differs from CPython's for any program.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

RUNS="${RUNS:-5}"
if [[ -z "${PYTHON:-}" ]]; then
    if [[ -x /usr/bin/python3.11 ]]; then PYTHON=/usr/bin/python3.11; else PYTHON=python3; fi
fi
BASELINE="${BASELINE:-}"
[[ -z "$BASELINE" || -x "$BASELINE" ]] || die "BASELINE binary '$BASELINE' is missing or not executable"

die() {
    echo "compare.sh: error: $*" >&2
    exit 1
}

[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer, got '$RUNS'"
command -v "$PYTHON" >/dev/null || die "'$PYTHON' not found"

if ! command -v hyperfine >/dev/null; then
    echo "compare.sh: hyperfine not found, installing it with apt-get" >&2
    apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y hyperfine
fi

if [[ -n "${SPINDLE:-}" ]]; then
    echo "compare.sh: SPINDLE=$SPINDLE given, skipping cargo build" >&2
else
    cargo build --release
    SPINDLE=target/release/spindle
fi
[[ -x "$SPINDLE" ]] || die "spindle binary '$SPINDLE' is missing or not executable"

if [[ -n "${ENGINES:-}" ]]; then
    read -r -a engines <<<"$ENGINES"
else
    mapfile -t engines < <("$SPINDLE" engines | sed -e 's/[[:space:]]*$//' -e '/^$/d')
fi
((${#engines[@]} > 0)) || die "no engines (from '$SPINDLE engines' or \$ENGINES)"
for e in "${engines[@]}"; do
    [[ "$e" =~ ^[A-Za-z0-9_.-]+$ ]] || die "suspicious engine name '$e'"
done

shopt -s nullglob
programs=(perf/*.py)
shopt -u nullglob
((${#programs[@]} > 0)) || die "no perf/*.py programs found"

if [[ -n "${JSON_DIR:-}" ]]; then
    mkdir -p "$JSON_DIR"
    jsondir="$JSON_DIR"
else
    jsondir="$(mktemp -d "${TMPDIR:-/tmp}/spindle-perf.XXXXXX")"
    trap 'rm -rf -- "$jsondir"' EXIT
fi

echo "compare.sh: spindle=$SPINDLE engines=(${engines[*]}) runs=$RUNS programs=${#programs[@]}" >&2

# 1. Correctness: every engine must print exactly what CPython prints.
failed=0
for prog in "${programs[@]}"; do
    expected="$jsondir/$(basename "$prog" .py).expected"
    "$PYTHON" "$prog" >"$expected" || die "$PYTHON $prog exited with status $?"
    for e in "${engines[@]}"; do
        actual="$jsondir/$(basename "$prog" .py).$e.out"
        status=0
        "$SPINDLE" --engine "$e" "$prog" >"$actual" || status=$?
        if ((status != 0)); then
            echo "MISMATCH: $SPINDLE --engine $e $prog exited with status $status" >&2
            failed=1
        elif ! cmp -s "$expected" "$actual"; then
            echo "MISMATCH: $SPINDLE --engine $e $prog: stdout differs from $PYTHON:" >&2
            diff -u --label "$PYTHON $prog" --label "spindle --engine $e $prog" \
                "$expected" "$actual" | head -n 40 >&2 || true
            failed=1
        else
            echo "ok: --engine $e $prog" >&2
        fi
    done
done
((failed == 0)) || die "output mismatch (see above); not timing, RESULTS.md not written"

# 2. Timing: one hyperfine invocation per program, all commands side by side.
q() { printf '%q' "$1"; }
for prog in "${programs[@]}"; do
    name="$(basename "$prog" .py)"
    args=()
    # The baseline is timed only on programs it runs with CPython's output (an older build
    # may not support a newer program's features).
    baseline_runs=0
    if [[ -n "$BASELINE" ]] &&
        "$BASELINE" --engine "${engines[0]}" "$prog" >"$jsondir/$name.baseline.out" 2>/dev/null &&
        cmp -s "$jsondir/$name.expected" "$jsondir/$name.baseline.out"; then
        baseline_runs=1
    fi
    for e in "${engines[@]}"; do
        args+=(--command-name "$e" "$(q "$SPINDLE") --engine $e $(q "$prog")")
        if ((baseline_runs)); then
            args+=(--command-name "$e@baseline" "$(q "$BASELINE") --engine $e $(q "$prog")")
        fi
    done
    args+=(--command-name "CPython" "$(q "$PYTHON") $(q "$prog")")
    echo "=== $prog" >&2
    hyperfine --shell=none --style basic --warmup 1 --runs "$RUNS" \
        --export-json "$jsondir/$name.json" "${args[@]}"
done

# 3. Report.
cpu="$(grep -m1 -E '^(model name|Model|Hardware|cpu model)[[:space:]]*:' /proc/cpuinfo 2>/dev/null |
    sed -e 's/^[^:]*:[[:space:]]*//' || true)"
[[ -n "$cpu" ]] || cpu="$(lscpu 2>/dev/null | sed -n 's/^Model name:[[:space:]]*//p' | head -n1 || true)"
[[ -n "$cpu" ]] || cpu="unknown"
commit="$(git rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [[ "$commit" != unknown ]] && [[ -n "$(git status --porcelain -- src Cargo.toml 2>/dev/null)" ]]; then
    commit="$commit (+ uncommitted changes)"
fi

tmp_results="$(mktemp perf/.RESULTS.md.XXXXXX)"
H_DATE="$(date -u '+%Y-%m-%d %H:%M:%S UTC')" \
H_ARCH="$(uname -m)" \
H_CPU="$cpu" \
H_NPROC="$(nproc)" \
H_RUSTC="$(rustc --version 2>/dev/null || echo unknown)" \
H_PYTHON="$("$PYTHON" --version 2>&1)" \
H_HYPERFINE="$(hyperfine --version)" \
H_COMMIT="$commit" \
H_RUNS="$RUNS" \
H_BASELINE="${BASELINE_LABEL:-$BASELINE}" \
    "$PYTHON" - "$jsondir" "$tmp_results" "${#engines[@]}" "${engines[@]}" "${programs[@]}" \
    <<'PYEOF' || { rm -f "$tmp_results"; die "failed to write RESULTS.md"; }
import json, os, sys

jsondir, out = sys.argv[1], sys.argv[2]
n = int(sys.argv[3])
engines = sys.argv[4:4 + n]
programs = sys.argv[4 + n:]
h = {k[2:].lower(): v for k, v in os.environ.items() if k.startswith("H_")}


def median(result):
    if result.get("median") is not None:
        return float(result["median"])
    t = sorted(result["times"])
    m = len(t) // 2
    return t[m] if len(t) % 2 else (t[m - 1] + t[m]) / 2


def cpu(result):
    # hyperfine records the mean user and system time of the runs.
    return float(result["user"]) + float(result["system"])


rows = []
cpu_rows = []
for prog in programs:
    name = os.path.splitext(os.path.basename(prog))[0]
    with open(os.path.join(jsondir, name + ".json")) as f:
        results = json.load(f)["results"]
    by_name = {r["command"]: median(r) for r in results}
    missing = [c for c in engines + ["CPython"] if c not in by_name]
    if missing:
        sys.exit("%s.json lacks results for %s" % (name, missing))
    rows.append((name, by_name))
    cpu_rows.append((name, {r["command"]: cpu(r) for r in results}))

has_switch = "switch" in engines
others = [e for e in engines if e != "switch"]
cols = ["Program"]
cols += ["%s (s)" % e for e in engines]
cols += ["CPython (s)"]
if has_switch:
    cols += ["switch/%s" % e for e in others]
cols += ["CPython/%s" % e for e in engines]


def ratio(a, b):
    return "%.2f" % (a / b) if b > 0 else "n/a"


table = []
for name, t in rows:
    cells = [name]
    cells += ["%.3f" % t[e] for e in engines]
    cells += ["%.3f" % t["CPython"]]
    if has_switch:
        cells += [ratio(t["switch"], t[e]) for e in others]
    cells += [ratio(t["CPython"], t[e]) for e in engines]
    table.append("| " + " | ".join(cells) + " |")

doc = [
    "# Spindle whole-program benchmark results",
    "",
    "Generated by `perf/compare.sh`; do not edit by hand.",
    "",
    "- Date: %s" % h["date"],
    "- Machine: %s, %s, %s CPUs (nproc)" % (h["arch"], h["cpu"], h["nproc"]),
    "- Rust: %s" % h["rustc"],
    "- CPython: %s" % h["python"],
    "- Timing: %s, `--warmup 1 --runs %s`" % (h["hyperfine"], h["runs"]),
    "- Spindle commit: %s" % h["commit"],
    "",
    "All commands of one program (every engine and CPython) were run side by",
    "side in one hyperfine invocation, so they saw the same machine conditions.",
    "Before timing, each engine's stdout was checked to equal CPython's.",
    "",
    "Times are medians, in seconds, of whole-process wall time (startup included).",
]
if has_switch and others:
    doc += [
        "`switch/X` = median(switch) / median(X): speed-up of engine X over the",
        "`switch` engine (> 1 means X is faster than `switch`).",
    ]
doc += [
    "`CPython/X` = median(CPython) / median(X): speed-up of engine X over",
    "CPython (> 1 means X is faster than CPython).",
    "",
    "| " + " | ".join(cols) + " |",
    "|" + "|".join(["---"] + ["---:"] * (len(cols) - 1)) + "|",
]
doc += table
cpu_table = []
for name, t in cpu_rows:
    cells = [name] + ["%.3f" % t[e] for e in engines] + ["%.3f" % t["CPython"]]
    cells += [ratio(t["CPython"], t[e]) for e in engines]
    cpu_table.append("| " + " | ".join(cells) + " |")
doc += [
    "",
    "CPU time (user + system, mean of the runs, seconds): less sensitive than wall time to",
    "other load on a shared machine.",
    "",
    "| Program | " + " | ".join("%s (s)" % e for e in engines) + " | CPython (s) | "
    + " | ".join("CPython/%s" % e for e in engines) + " |",
    "|" + "|".join(["---"] + ["---:"] * (2 * len(engines) + 1)) + "|",
]
doc += cpu_table
if h.get("baseline"):
    doc += [
        "",
        "Before/after: %s (baseline) timed in the same hyperfine invocations." % h["baseline"],
        "`after/before` < 1 means the current build is faster.",
        "",
        "| Program | engine | before wall (s) | after wall (s) | after/before wall | "
        "before CPU (s) | after CPU (s) | after/before CPU |",
        "|---|---|---:|---:|---:|---:|---:|---:|",
    ]
    for (name, t), (_, c) in zip(rows, cpu_rows):
        for e in engines:
            b = e + "@baseline"
            if b not in t:
                doc.append("| %s | %s | — | %.3f | new | — | %.3f | new |" % (name, e, t[e], c[e]))
                continue
            doc.append("| %s | %s | %.3f | %.3f | %s | %.3f | %.3f | %s |" % (
                name, e, t[b], t[e], ratio(t[e], t[b]), c[b], c[e], ratio(c[e], c[b])))
doc.append("")
with open(out, "w") as f:
    f.write("\n".join(doc))
PYEOF
chmod 644 "$tmp_results"
mv -f "$tmp_results" perf/RESULTS.md
echo "compare.sh: wrote perf/RESULTS.md" >&2
cat perf/RESULTS.md
