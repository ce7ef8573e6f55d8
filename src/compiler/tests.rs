//! Unit tests of the compiler's refusals: the exact messages of features Spindle does not
//! compile yet.

use super::*;

/// The message of the error compiling `source`, which must fail.
fn message_of(source: &str) -> String {
    match compile(source, "t.py") {
        Ok(_) => panic!("expected a compile error for {source:?}"),
        Err(err) => err.message,
    }
}

#[test]
fn every_unsupported_feature_is_named_in_a_grammatical_message() {
    let cases: &[(&str, &str)] = &[
        ("class A(*bases):\n    pass\n", "starred class bases are"),
        (
            "try:\n    pass\nexcept* E:\n    pass\n",
            "'except*' clauses (exception groups) are",
        ),
        ("match x:\n    case 1:\n        pass\n", "'match' is"),
        ("type X = int\n", "'type' is"),
        (
            "async def f():\n    yield 1\n",
            "asynchronous generators are",
        ),
        (
            "async def f():\n    return [x async for x in y]\n",
            "asynchronous comprehensions are",
        ),
        ("def f[T]():\n    pass\n", "type parameters are"),
    ];
    for (source, subject) in cases {
        let expected = format!("{subject} not supported by Spindle yet");
        assert_eq!(message_of(source), expected, "compiling {source:?}");
    }
}

#[test]
fn long_prefix_operator_runs_are_refused_before_parsing() {
    let deep = format!("x = {}1\n", "- ".repeat(MAX_PARSER_CHAIN + 1));
    let err = compile(&deep, "t.py").err().expect("refused");
    assert_eq!(
        (err.kind, err.render().as_str()),
        ("MemoryError", "MemoryError\n")
    );
    let fine = format!(
        "x = {}1  # {}\ny = '{}'\nz = not not x\n",
        "-".repeat(10),
        "-".repeat(7000),
        "-".repeat(7000)
    );
    assert!(compile(&fine, "t.py").is_ok());
}

/// Runs `test` on a thread with a stack large enough for sources nested as deeply as CPython
/// accepts (the interpreter's own thread has 1 GiB).
fn with_big_stack(test: impl FnOnce() + Send + 'static) {
    let thread = std::thread::Builder::new()
        .stack_size(512 << 20)
        .spawn(test);
    thread.expect("thread starts").join().expect("test passes");
}

/// The kind and message of compiling `source`, or "ok".
fn outcome(source: &str) -> (&'static str, String) {
    match compile(source, "t.py") {
        Ok(_) => ("ok", String::new()),
        Err(err) => (err.kind, err.message),
    }
}

#[test]
fn nesting_is_limited_where_cpython_limits_it() {
    with_big_stack(|| {
        let too_deep = (
            "RecursionError",
            "maximum recursion depth exceeded during compilation".to_string(),
        );
        let parser_overflow = ("MemoryError", String::new());
        let negations = |n| format!("y = {}1\n", "-".repeat(n));
        assert_eq!(outcome(&negations(2998)).0, "ok");
        assert_eq!(outcome(&negations(2999)), too_deep);
        let conditionals = |n| format!("y = {}a\n", "a if a else ".repeat(n));
        assert_eq!(outcome(&conditionals(2998)).0, "ok");
        assert_eq!(outcome(&conditionals(5967)), too_deep);
        assert_eq!(outcome(&conditionals(5968)), parser_overflow);
        assert_eq!(outcome(&conditionals(100_000)), parser_overflow);
        let sums = |n| format!("y = a{}\n", " + a".repeat(n));
        assert_eq!(outcome(&sums(2998)).0, "ok");
        assert_eq!(outcome(&sums(100_000)), too_deep);
        let elifs = |n: usize| {
            let clauses: String = (1..n)
                .map(|i| format!("elif x == {i}:\n    pass\n"))
                .collect();
            format!("x = 1\nif x == 0:\n    pass\n{clauses}")
        };
        assert_eq!(outcome(&elifs(2998)).0, "ok");
        assert_eq!(outcome(&elifs(2999)), too_deep);
        // Statements count too: each enclosing block is one level.
        let nested = |n| format!("if 1:\n if 1:\n  y = {}1\n", "-".repeat(n));
        assert_eq!(outcome(&nested(2996)).0, "ok");
        assert_eq!(outcome(&nested(2997)), too_deep);
    });
}

#[test]
fn huge_one_line_displays_compile_in_linear_time() {
    // 300,000 elements on one line, every one a distinct constant: quadratic column lookups or
    // constant-pool searches took minutes here; linear work takes well under a second.
    let items: Vec<String> = (0..300_000).map(|i| i.to_string()).collect();
    let source = format!("x = [{}]\ny = x and x and x\n", items.join(", "));
    let code = compile(&source, "t.py").expect("compiles");
    assert_eq!(code.consts.len(), 300_000 + 1);
}

#[test]
fn post_parse_errors_come_in_cpython_order() {
    // The symbol table's errors come before the code generator's, wherever they are.
    assert_eq!(
        message_of("f(a=1, a=1)\nx = 1\nglobal x\n"),
        "name 'x' is assigned to before global declaration"
    );
    // A call's own keywords are checked before its arguments'; the earliest repeated name wins.
    assert_eq!(
        message_of("f(g(a=1, a=2), b=1, b=2)\n"),
        "keyword argument repeated: b"
    );
    assert_eq!(
        message_of("f(a=1, b=1, b=2, a=2)\n"),
        "keyword argument repeated: a"
    );
    // Invalid Python is reported as such even inside what Spindle cannot compile yet.
    assert_eq!(
        message_of("class A:\n    f(a=1, a=2)\n"),
        "keyword argument repeated: a"
    );
    // Names a comprehension or a lambda binds are its own, not the function's.
    assert!(
        compile(
            "def f():\n    [x for x in y]\n    lambda z: z\n    global x, z\n",
            "t.py"
        )
        .is_ok()
    );
}

#[test]
fn trees_too_deep_to_compile_are_not_dropped_recursively() {
    // One million left-nested additions parse without recursion; dropping the tree recursed
    // once per level, which overflows this thread's 32 MiB stack.
    let thread = std::thread::Builder::new().stack_size(32 << 20).spawn(|| {
        let sums = format!("y = a{}\n", "+a".repeat(1_000_000));
        outcome(&sums)
    });
    let (kind, _) = thread.expect("thread starts").join().expect("no overflow");
    assert_eq!(kind, "RecursionError");
}
