//! JSON text made compact at compile time: the embedded dataset is kept readable in the
//! repository and shipped without its indentation (about 300 bytes less gzip per build).

// A `const fn` byte scanner: `const` code has no iterators or `get`; every index is
// below the length its loop condition checks, and the output is sized by compact_len.
#![allow(clippy::indexing_slicing)]

/// How long `json` is without the whitespace between its tokens.
pub const fn compact_len(json: &[u8]) -> usize {
    let (mut i, mut n, mut in_string) = (0, 0, false);
    while i < json.len() {
        let b = json[i];
        if in_string {
            n += 1;
            if b == b'\\' && i + 1 < json.len() {
                n += 1;
                i += 1;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            n += 1;
            in_string = b == b'"';
        }
        i += 1;
    }
    n
}

/// `json` without the whitespace between its tokens; `N` is [`compact_len`] of it. Strings
/// (escapes included) are copied as they are.
pub const fn compact<const N: usize>(json: &[u8]) -> [u8; N] {
    let mut out = [0u8; N];
    let (mut i, mut n, mut in_string) = (0, 0, false);
    while i < json.len() {
        let b = json[i];
        if in_string {
            out[n] = b;
            n += 1;
            if b == b'\\' && i + 1 < json.len() {
                out[n] = json[i + 1];
                n += 1;
                i += 1;
            } else if b == b'"' {
                in_string = false;
            }
        } else if !matches!(b, b' ' | b'\n' | b'\r' | b'\t') {
            out[n] = b;
            n += 1;
            in_string = b == b'"';
        }
        i += 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(json: &str) -> String {
        let out: [u8; 64] = compact(json.as_bytes());
        String::from_utf8(out[..compact_len(json.as_bytes())].to_vec()).unwrap()
    }

    #[test]
    fn whitespace_between_tokens_goes_and_strings_stay() {
        assert_eq!(
            run("{\n  \"a b\": [1, 2],\t\"c\": \"x \\\" y\"\r\n}"),
            "{\"a b\":[1,2],\"c\":\"x \\\" y\"}"
        );
    }

    #[test]
    fn an_escaped_backslash_ends_before_the_closing_quote() {
        assert_eq!(run("[\"a\\\\\" , \" b \"]"), "[\"a\\\\\",\" b \"]");
    }
}
