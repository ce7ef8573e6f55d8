#!/usr/bin/env bash
# Regenerate expected outputs for tests/programs/*/*.py using CPython 3.11.
# Run from the repository root: tests/regen_expected.sh
set -u

ver="$(python3 --version 2>&1)"
case "$ver" in
    "Python 3.11."*) ;;
    *)
        echo "error: need CPython 3.11.x as python3, found: $ver" >&2
        exit 1
        ;;
esac

if [ ! -d tests/programs ]; then
    echo "error: run this from the repository root (tests/programs not found)" >&2
    exit 1
fi

shopt -s nullglob
count=0
failing=0
for prog in tests/programs/*/*.py; do
    base="${prog%.py}"
    out="$base.out"
    err="$base.err"
    tmp_err="$(mktemp)"
    python3 "$prog" >"$out" 2>"$tmp_err" </dev/null
    status=$?
    if [ "$status" -ne 0 ]; then
        mv "$tmp_err" "$err"
        failing=$((failing + 1))
    else
        rm -f "$tmp_err" "$err"
    fi
    count=$((count + 1))
done

echo "regenerated $count programs ($failing with .err)"
