//! Spindle: a Python 3 interpreter built to measure dispatch techniques. Source is parsed by
//! `ruff_python_parser`, compiled to CPython-style stack bytecode (`compiler`, `bytecode`), and
//! run by one of several engines (`engine`) that share one definition of what each opcode means
//! (`ops`) over one object model (`runtime`) and one execution state (`vm`).

#![warn(clippy::undocumented_unsafe_blocks)]

pub mod allocator;
pub mod bytecode;
pub mod compiler;
pub mod engine;
pub mod ops;
pub mod repl;
pub mod runtime;
pub mod vm;
