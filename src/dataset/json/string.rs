//! JSON strings: lent from the text when they have no escapes, else unescaped into a copy.

use std::borrow::Cow;

use super::{error, Error, JsonText};

impl<'de> JsonText<'de> {
    /// Reads a string whose opening quote is next.
    pub(super) fn string(&mut self) -> Result<Cow<'de, str>, Error> {
        self.at += 1;
        let head = self.plain();
        match self.text.as_bytes().get(self.at) {
            Some(b'"') => {
                self.at += 1;
                Ok(Cow::Borrowed(head))
            }
            _ => self.escaped(head.to_owned()).map(Cow::Owned),
        }
    }

    /// The characters from here up to a quote, backslash or control byte, read. Those are
    /// ASCII, so the run ends on a character boundary.
    fn plain(&mut self) -> &'de str {
        let rest = self.text.get(self.at..).unwrap_or_default();
        let length = rest.bytes().position(|b| matches!(b, b'"' | b'\\' | 0..=0x1f)).unwrap_or(rest.len());
        self.at += length;
        rest.get(..length).unwrap_or_default()
    }

    /// Reads the rest of a string that has escapes (or is cut short), `out` holding what came
    /// before.
    fn escaped(&mut self, mut out: String) -> Result<String, Error> {
        loop {
            match self.text.as_bytes().get(self.at) {
                Some(b'"') => {
                    self.at += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.at += 1;
                    out.push(self.escape()?);
                }
                Some(_) => return error("a control character in a string must be escaped"),
                None => return error("the text ends inside a string"),
            }
            out.push_str(self.plain());
        }
    }

    /// The character an escape stands for; the backslash has been read.
    fn escape(&mut self) -> Result<char, Error> {
        let letter = self.text.as_bytes().get(self.at).copied();
        self.at += 1;
        Ok(match letter {
            Some(b'"') => '"',
            Some(b'\\') => '\\',
            Some(b'/') => '/',
            Some(b'b') => '\u{8}',
            Some(b'f') => '\u{c}',
            Some(b'n') => '\n',
            Some(b'r') => '\r',
            Some(b't') => '\t',
            Some(b'u') => return self.unicode(),
            _ => return error("not a JSON escape: a backslash goes before one of \" \\ / b f n r t u"),
        })
    }

    /// The character of a `\uXXXX` escape (two, for a surrogate pair); `\u` has been read.
    fn unicode(&mut self) -> Result<char, Error> {
        let first = self.hex4()?;
        let code = match first {
            0xD800..=0xDBFF => {
                let text = self.text.get(self.at..).unwrap_or_default();
                if !text.starts_with("\\u") {
                    return error("a \\u escape of a lone surrogate is not a character");
                }
                self.at += 2;
                let second = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&second) {
                    return error("a \\u escape of a lone surrogate is not a character");
                }
                0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00)
            }
            code => code,
        };
        char::from_u32(code).map_or_else(|| error("a \\u escape of a lone surrogate is not a character"), Ok)
    }

    /// Four hexadecimal digits.
    fn hex4(&mut self) -> Result<u32, Error> {
        let digits = self.text.get(self.at..self.at + 4);
        let value = digits.and_then(|d| d.chars().try_fold(0, |value, c| Some(value * 16 + c.to_digit(16)?)));
        match value {
            Some(value) => {
                self.at += 4;
                Ok(value)
            }
            None => error("a \\u escape needs four hexadecimal digits"),
        }
    }
}
