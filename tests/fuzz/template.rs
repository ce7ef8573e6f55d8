//! Corpus templates (`tests/fuzz/corpus/*.pyt`): inputs whose size is the point (a 300,000-element
//! list display, a 5,000-digit literal, 1,000 nested parentheses) are checked in as a few bytes
//! and expanded at test time. The only construct is `{{COUNT*TEXT}}`, replaced by TEXT repeated
//! COUNT times; inside TEXT, `\n`, `\t` and `\\` stand for a newline, a tab and a backslash, and
//! `{#}` for the number of the repetition (0, 1, ...), which makes distinct names (`v{#} = 1`).
//! Everything outside `{{...}}` is copied unchanged. `tests/fuzz/regen_expected.sh` expands
//! templates with the same rules before running CPython on them.

/// The source a template stands for, or a description of why the template is malformed.
pub fn expand(template: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut rest = template;
    while let Some(open) = rest.find("{{") {
        out.push_str(&rest[..open]);
        let after = &rest[open + 2..];
        let close = after
            .find("}}")
            .ok_or_else(|| format!("unclosed '{{{{' at byte {open}"))?;
        let body = &after[..close];
        let (count, text) = body
            .split_once('*')
            .ok_or_else(|| format!("'{{{{{body}}}}}' has no '*' between count and text"))?;
        let count: usize = count
            .trim()
            .parse()
            .map_err(|e| format!("bad repeat count {count:?}: {e}"))?;
        let text = unescape(text);
        if text.contains("{#}") {
            for index in 0..count {
                out.push_str(&text.replace("{#}", &index.to_string()));
            }
        } else {
            out.push_str(&text.repeat(count));
        }
        rest = &after[close + 2..];
    }
    out.push_str(rest);
    Ok(out)
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('n') => out.push('\n'),
            Some('t') => out.push('\t'),
            Some('\\') => out.push('\\'),
            Some(other) => {
                out.push('\\');
                out.push(other);
            }
            None => out.push('\\'),
        }
    }
    out
}

/// The expansion rules on a few examples; run as a trial of the harness (a `harness = false`
/// target compiles without `cfg(test)`, so this cannot be a `#[test]`).
pub fn self_check() -> Result<(), String> {
    let expanded = expand("x = [{{3*0, }}0]\n{{2*a\\n}}{{1*\\\\}}{{3*v{#};}}")?;
    if expanded != "x = [0, 0, 0, 0]\na\na\n\\v0;v1;v2;" {
        return Err(format!("unexpected expansion {expanded:?}"));
    }
    for malformed in ["{{3*a", "{{x*a}}", "{{3a}}"] {
        if expand(malformed).is_ok() {
            return Err(format!("{malformed:?} was accepted"));
        }
    }
    Ok(())
}
