//! Command-line text outside `sys.argv` (which the VM decodes itself, with `surrogateescape`,
//! from the raw arguments): file names as CPython prints them in messages and tracebacks
//! (`\udcff` for each byte that is not UTF-8), and `-c` code, which CPython refuses unless it
//! is UTF-8.

use std::ffi::OsStr;

/// The bytes the operating system passed (on Unix exactly; elsewhere as Unicode text).
fn os_bytes(text: &OsStr) -> Vec<u8> {
    #[cfg(unix)]
    {
        std::os::unix::ffi::OsStrExt::as_bytes(text).to_vec()
    }
    #[cfg(not(unix))]
    {
        text.to_string_lossy().into_owned().into_bytes()
    }
}

/// `bytes` decoded as UTF-8, every byte that is not part of a valid sequence given to
/// `undecodable` to write in its place.
fn decode_escaping(bytes: &[u8], undecodable: impl Fn(u8, &mut String)) -> String {
    let mut text = String::with_capacity(bytes.len());
    let mut rest = bytes;
    loop {
        match std::str::from_utf8(rest) {
            Ok(valid) => {
                text.push_str(valid);
                return text;
            }
            Err(err) => {
                let (valid, invalid) = rest.split_at(err.valid_up_to());
                text.push_str(std::str::from_utf8(valid).unwrap_or_default());
                let Some((byte, after)) = invalid.split_first() else {
                    return text;
                };
                undecodable(*byte, &mut text);
                rest = after;
            }
        }
    }
}

/// An argument as a script sees it: U+FFFD for each byte that is not UTF-8.
pub fn script_text(text: &OsStr) -> String {
    decode_escaping(&os_bytes(text), |_, out| out.push('\u{FFFD}'))
}

/// An argument as CPython prints it: `\udcXX` for each byte XX that is not UTF-8.
pub fn printed(text: &OsStr) -> String {
    decode_escaping(&os_bytes(text), |byte, out| {
        out.push_str(&format!("\\udc{byte:02x}"));
    })
}

/// Where the first byte that is not UTF-8 is, counted in characters as CPython counts the
/// surrogate-escaped text; `None` when `text` is UTF-8.
pub fn first_undecodable(text: &OsStr) -> Option<(usize, u8)> {
    let bytes = os_bytes(text);
    let err = std::str::from_utf8(&bytes).err()?;
    let valid = std::str::from_utf8(&bytes[..err.valid_up_to()]).unwrap_or_default();
    Some((valid.chars().count(), bytes[err.valid_up_to()]))
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::ffi::OsStrExt;

    #[test]
    fn undecodable_bytes_are_replaced_one_for_one() {
        let arg = OsStr::from_bytes(b"a\xe2\x82b\xff\xc3\xa9");
        assert_eq!(script_text(arg), "a\u{FFFD}\u{FFFD}b\u{FFFD}\u{e9}");
        assert_eq!(printed(arg), "a\\udce2\\udc82b\\udcff\u{e9}");
        assert_eq!(first_undecodable(arg), Some((1, 0xe2)));
        assert_eq!(first_undecodable(OsStr::new("é")), None);
    }
}
