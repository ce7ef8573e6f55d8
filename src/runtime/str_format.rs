//! `str.format(*args, **kwargs)` and `str.format_map(mapping)`, following CPython 3.11's
//! `unicode_format.h`: literal text with `{{`/`}}`, replacement fields `{name!conv:spec}` whose
//! name is an automatic number, an index or a keyword followed by `.attr` and `[key]` parts
//! (all-digit keys index as ints), nested fields in the spec (two levels at most), and CPython's
//! error for every malformed string. Each field is formatted by `format_call::format_value`.

use super::exception::{ExcKind, PyErr, PyResult, index_error, type_error};
use super::format_call::{self, str_text};
use super::{Value, alloc};
use crate::vm::Vm;

fn invalid(message: impl Into<String>) -> PyErr {
    PyErr::new(ExcKind::ValueError, message)
}

/// Where keyword fields are looked up.
enum Keywords<'a> {
    /// `format()` without keyword arguments.
    None,
    /// `format(**kwargs)`: names and values.
    Pairs(&'a [Value], &'a [Value]),
    /// `format_map(mapping)`: any mapping, indexed with `[]`.
    Mapping(&'a Value),
}

/// The arguments fields refer to.
struct Sources<'a> {
    /// `None` for `format_map`, which has no positional arguments.
    positional: Option<&'a [Value]>,
    keywords: Keywords<'a>,
}

/// Automatic field numbering: whether it is in use, and the next number.
#[derive(Default)]
struct AutoNumber {
    /// `None` until the first numeric field; then whether numbering is automatic.
    automatic: Option<bool>,
    next: usize,
}

/// The decimal value of `chars` (any Unicode decimal digits), `None` when empty or not all
/// digits; "Too many decimal digits" past `isize::MAX`.
fn integer(chars: &[char]) -> PyResult<Option<usize>> {
    if chars.is_empty() {
        return Ok(None);
    }
    let mut value: usize = 0;
    for c in chars {
        let Some(digit) = super::digits::decimal_value(*c) else {
            return Ok(None);
        };
        value = value
            .checked_mul(10)
            .and_then(|v| v.checked_add(digit as usize))
            .filter(|v| *v <= isize::MAX as usize)
            .ok_or_else(|| invalid("Too many decimal digits in format string"))?;
    }
    Ok(Some(value))
}

/// A parsed replacement field: the name, the conversion character, the spec and whether the
/// spec holds nested fields.
struct Field<'c> {
    name: &'c [char],
    conversion: Option<char>,
    spec: &'c [char],
    nested: bool,
}

/// Parses the field starting at `chars[*pos]` (just past its `{`), leaving `*pos` past its `}`.
fn parse_field<'c>(chars: &'c [char], pos: &mut usize) -> PyResult<Field<'c>> {
    let start = *pos;
    let mut c = '\0';
    while *pos < chars.len() {
        c = chars[*pos];
        *pos += 1;
        match c {
            '{' => return Err(invalid("unexpected '{' in field name")),
            '[' => {
                while *pos < chars.len() && chars[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let ended_by_marker = matches!(c, '}' | ':' | '!') && *pos > start;
    if !ended_by_marker {
        return Err(invalid("expected '}' before end of string"));
    }
    let name = &chars[start..*pos - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: &[],
        nested: false,
    };
    if c == '}' {
        return Ok(field);
    }
    if c == '!' {
        let Some(&conversion) = chars.get(*pos) else {
            return Err(invalid(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conversion);
        *pos += 1;
        if let Some(&next) = chars.get(*pos) {
            *pos += 1;
            if next == '}' {
                return Ok(field);
            }
            if next != ':' {
                return Err(invalid("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = *pos;
    let mut depth = 1;
    while *pos < chars.len() {
        let c = chars[*pos];
        *pos += 1;
        match c {
            '{' => {
                field.nested = true;
                depth += 1;
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &chars[spec_start..*pos - 1];
                    return Ok(field);
                }
            }
            _ => {}
        }
    }
    Err(invalid("unmatched '{' in format spec"))
}

/// The object a field name denotes: the argument its first part names, then each `.attr` and
/// `[key]` applied in turn.
fn field_object(
    vm: &mut Vm,
    name: &[char],
    sources: &Sources,
    auto: &mut AutoNumber,
) -> PyResult<Value> {
    let first_end = name
        .iter()
        .position(|c| matches!(c, '.' | '['))
        .unwrap_or(name.len());
    let first = &name[..first_end];
    let mut index = integer(first)?;
    let empty = first.is_empty();
    if empty || index.is_some() {
        let automatic = *auto.automatic.get_or_insert(empty);
        if automatic && !empty {
            return Err(invalid(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        if !automatic && empty {
            return Err(invalid(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if empty {
            index = Some(auto.next);
            auto.next += 1;
        }
    }
    let mut object = match index {
        None => {
            let key_text: String = first.iter().collect();
            keyword(vm, &sources.keywords, key_text)?
        }
        Some(i) => {
            let Some(positional) = sources.positional else {
                return Err(invalid("Format string contains positional fields"));
            };
            positional.get(i).cloned().ok_or_else(|| {
                index_error(format!(
                    "Replacement index {i} out of range for positional args tuple"
                ))
            })?
        }
    };
    let mut pos = first_end;
    while pos < name.len() {
        let marker = name[pos];
        pos += 1;
        let part_start = pos;
        if marker == '.' {
            while pos < name.len() && !matches!(name[pos], '.' | '[') {
                pos += 1;
            }
            if pos == part_start {
                return Err(invalid("Empty attribute in format string"));
            }
            let attr: String = name[part_start..pos].iter().collect();
            let attr = super::intern::intern(&attr);
            object = crate::ops::load_attr(vm, object, &attr)?;
        } else if marker == '[' {
            while pos < name.len() && name[pos] != ']' {
                pos += 1;
            }
            if pos >= name.len() {
                return Err(invalid("Missing ']' in format string"));
            }
            let key = &name[part_start..pos];
            pos += 1;
            let index = integer(key)?;
            if key.is_empty() {
                return Err(invalid("Empty attribute in format string"));
            }
            let key = match index {
                Some(i) => Value::Int(i as i64),
                None => Value::string(key.iter().collect()),
            };
            object = crate::ops::subscript(vm, 0, object, key)?;
        } else {
            return Err(invalid(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(object)
}

/// The keyword argument (or mapping item) `key`.
fn keyword(vm: &mut Vm, keywords: &Keywords, key: String) -> PyResult<Value> {
    match keywords {
        Keywords::None => Err(super::set_methods::key_error(vm, &Value::string(key))),
        Keywords::Pairs(names, values) => names
            .iter()
            .position(|n| str_text(n).is_some_and(|n| n.as_str() == key))
            .and_then(|i| values.get(i).cloned())
            .ok_or_else(|| super::set_methods::key_error(vm, &Value::string(key))),
        Keywords::Mapping(mapping) => {
            crate::ops::subscript(vm, 0, (*mapping).clone(), Value::string(key))
        }
    }
}

/// Applies a field's `!conversion`.
fn convert(vm: &mut Vm, object: Value, conversion: Option<char>) -> PyResult<Value> {
    let code = match conversion {
        None => return Ok(object),
        Some('s') => 1,
        Some('r') => 2,
        Some('a') => 3,
        Some(other) => {
            return Err(invalid(match other as u32 {
                33..=126 => format!("Unknown conversion specifier {other}"),
                code => format!("Unknown conversion specifier \\x{code:x}"),
            }));
        }
    };
    format_call::convert(vm, &object, code)
}

/// Formats `chars` (a whole format string, or a field's spec at a lower `depth`).
fn build(
    vm: &mut Vm,
    chars: &[char],
    sources: &Sources,
    depth: u32,
    auto: &mut AutoNumber,
) -> PyResult<String> {
    if depth == 0 {
        return Err(invalid("Max string recursion exceeded"));
    }
    // Room for the literal text and some per field: growing from empty reallocated several
    // times per call.
    let mut out = String::with_capacity(chars.len() * 2);
    let mut pos = 0;
    while pos < chars.len() {
        let start = pos;
        let mut brace = None;
        while pos < chars.len() {
            let c = chars[pos];
            pos += 1;
            if c == '{' || c == '}' {
                brace = Some(c);
                break;
            }
        }
        let at_end = pos >= chars.len();
        let mut literal_end = pos;
        let mut markup = brace.is_some();
        if let Some(c) = brace {
            if c == '}' && chars.get(pos) != Some(&'}') {
                return Err(invalid("Single '}' encountered in format string"));
            }
            if at_end && c == '{' {
                return Err(invalid("Single '{' encountered in format string"));
            }
            if chars.get(pos) == Some(&c) {
                // `{{` or `}}`: one brace of literal text.
                pos += 1;
                markup = false;
            } else {
                literal_end -= 1;
            }
        }
        alloc::reserve_text(&mut out, literal_end - start)?;
        out.extend(&chars[start..literal_end]);
        if !markup {
            continue;
        }
        let field = parse_field(chars, &mut pos)?;
        let object = field_object(vm, field.name, sources, auto)?;
        let object = convert(vm, object, field.conversion)?;
        let mut spec_bytes = [0u8; 32];
        let spec: std::borrow::Cow<'_, str> = if field.nested {
            build(vm, field.spec, sources, depth - 1, auto)?.into()
        } else {
            chars_as_str(field.spec, &mut spec_bytes)
        };
        let text = format_call::format_value(vm, &object, &spec)?;
        if let Some(text) = str_text(&text) {
            alloc::push_text(&mut out, text.as_str())?;
        }
    }
    Ok(out)
}

/// `chars` as text, encoded into `buffer` when they fit (format specs are short), else into
/// a new string.
fn chars_as_str<'b>(chars: &[char], buffer: &'b mut [u8; 32]) -> std::borrow::Cow<'b, str> {
    let mut len = 0;
    for c in chars {
        if len + c.len_utf8() > buffer.len() {
            return chars.iter().collect::<String>().into();
        }
        len += c.encode_utf8(&mut buffer[len..]).len();
    }
    // Whole characters were encoded.
    std::str::from_utf8(&buffer[..len])
        .map_or_else(|_| chars.iter().collect::<String>().into(), Into::into)
}

fn format_with(vm: &mut Vm, this: &Value, sources: &Sources) -> PyResult<Value> {
    let text = str_text(this)
        .map(|s| s.as_str())
        .ok_or_else(|| type_error("descriptor requires a 'str' object"))?;
    let chars: Vec<char> = text.chars().collect();
    let result = build(vm, &chars, sources, 2, &mut AutoNumber::default())?;
    Ok(Value::string(result))
}

/// `str.format(*args, **kwargs)`.
pub fn format(vm: &mut Vm, this: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let split = args.len() - kwnames.len().min(args.len());
    let keywords = if kwnames.is_empty() {
        Keywords::None
    } else {
        Keywords::Pairs(kwnames, &args[split..])
    };
    let sources = Sources {
        positional: Some(&args[..split]),
        keywords,
    };
    format_with(vm, this, &sources)
}

/// `str.format_map(mapping)`.
pub fn format_map(vm: &mut Vm, this: &Value, args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let mapping = super::args::exactly_one("str.format_map", args)?;
    let sources = Sources {
        positional: None,
        keywords: Keywords::Mapping(mapping),
    };
    format_with(vm, this, &sources)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(text: &str) -> Result<(String, Option<char>, String, bool), String> {
        let chars: Vec<char> = text.chars().collect();
        let mut pos = 0;
        match parse_field(&chars, &mut pos) {
            Ok(f) => Ok((
                f.name.iter().collect(),
                f.conversion,
                f.spec.iter().collect(),
                f.nested,
            )),
            Err(e) => Err(e.message().to_string()),
        }
    }

    #[test]
    fn fields_split_into_name_conversion_and_spec() {
        assert_eq!(
            field("0[a]}"),
            Ok(("0[a]".into(), None, String::new(), false))
        );
        assert_eq!(
            field("x!r:>{w}}"),
            Ok(("x".into(), Some('r'), ">{w}".into(), true))
        );
        assert_eq!(
            field("0[}").unwrap_err(),
            "expected '}' before end of string"
        );
        assert_eq!(
            field("0!rr}").unwrap_err(),
            "expected ':' after conversion specifier"
        );
        assert_eq!(field("0:{").unwrap_err(), "unmatched '{' in format spec");
    }

    #[test]
    fn integers_are_decimal_only() {
        assert_eq!(integer(&['1', '2']).ok(), Some(Some(12)));
        assert_eq!(integer(&['-', '1']).ok(), Some(None));
        assert_eq!(integer(&[]).ok(), Some(None));
        assert!(integer(&['9'; 30]).is_err());
    }
}
