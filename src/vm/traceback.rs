//! Rendering an uncaught exception the way CPython 3.11 prints it: the traceback header, one
//! `File "...", line N, in name` entry per frame (outermost first) with its source line, runs of
//! more than three identical entries folded into `[Previous line repeated N more times]`, and
//! the final `Type: message` line.

use super::Vm;
use crate::runtime::PyErr;
use crate::runtime::exception::TracebackEntry;

/// CPython prints this many identical consecutive entries before folding the rest.
const RECURSIVE_CUTOFF: usize = 3;

fn same_place(a: &TracebackEntry, b: &TracebackEntry) -> bool {
    a.line == b.line && a.filename == b.filename && a.func_name == b.func_name
}

pub fn render(vm: &Vm, err: &PyErr) -> String {
    let mut out = String::new();
    let entries: Vec<&TracebackEntry> = err.0.traceback.iter().rev().collect();
    if !entries.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
    }
    let mut i = 0;
    while i < entries.len() {
        let mut run = 1;
        while i + run < entries.len() && same_place(entries[i], entries[i + run]) {
            run += 1;
        }
        for entry in &entries[i..i + run.min(RECURSIVE_CUTOFF)] {
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                entry.filename, entry.line, entry.func_name
            ));
            if let Some(text) = vm
                .source_line(&entry.filename, entry.line)
                .filter(|t| !t.is_empty())
            {
                out.push_str(&format!("    {text}\n"));
            }
        }
        if run > RECURSIVE_CUTOFF {
            let more = run - RECURSIVE_CUTOFF;
            out.push_str(&format!(
                "  [Previous line repeated {more} more time{}]\n",
                if more == 1 { "" } else { "s" }
            ));
        }
        i += run;
    }
    out.push_str(&err.summary());
    out.push('\n');
    out
}
