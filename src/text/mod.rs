//! Text measurement and wrapping, so layout can keep every label inside its box.
//!
//! Layout is pure: it asks a [`TextMeasure`] how wide a string is. The browser glue
//! measures with the canvas; native tests use [`EstimatedMetrics`] and the native renderer
//! DejaVu Sans's own widths (`dejavu`).

pub mod dejavu;
mod dejavu_widths;

use crate::bisect::most;

/// `parts` with `sep` between them, as `[S]::join` gives them (one short loop in place of
/// the standard library's copy routine for each element type).
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// `words` with one space between them: a text's words as [`wrap`] sets them, without
/// collecting them first.
pub fn spaced<'a>(words: impl Iterator<Item = &'a str>) -> String {
    let mut out = String::new();
    for word in words {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Whether `needle` occurs in `text`, as `str::contains` says, by a plain scan (the standard
/// library's two-way searcher is over a kilobyte of wasm, and these texts are labels).
pub fn contains(text: &str, needle: &str) -> bool {
    let (text, needle) = (text.as_bytes(), needle.as_bytes());
    needle.is_empty() || text.windows(needle.len()).any(|w| w == needle)
}

/// A font the charts use: a size in CSS px and a weight.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Font {
    /// Size in CSS px.
    pub size: f64,
    /// Bold or regular.
    pub bold: bool,
}

impl Font {
    /// A regular font of `size` px.
    pub const fn regular(size: f64) -> Self {
        Self { size, bold: false }
    }

    /// A bold font of `size` px.
    pub const fn bold(size: f64) -> Self {
        Self { size, bold: true }
    }

    /// Line height used when stacking wrapped lines.
    pub fn line_height(&self) -> f64 {
        (self.size * 1.3).ceil()
    }
}

/// Measures the advance width of text in CSS px.
pub trait TextMeasure {
    /// Width of `text` set in `font`.
    fn width(&self, text: &str, font: Font) -> f64;
}

/// A deterministic width estimate from per-character classes: no fonts or DOM needed.
///
/// It errs on the wide side of common sans-serif faces, so text laid out with it also fits
/// when a browser renders it.
#[derive(Debug, Clone, Copy, Default)]
pub struct EstimatedMetrics;

impl TextMeasure for EstimatedMetrics {
    fn width(&self, text: &str, font: Font) -> f64 {
        let em: f64 = text.chars().map(char_em).sum();
        // Calibrated against DejaVu Sans, the widest common fallback face (what headless
        // Chromium uses on Debian): the classes alone came out 5–10 % narrow.
        em * font.size * if font.bold { 1.14 } else { 1.06 }
    }
}

fn char_em(c: char) -> f64 {
    match c {
        'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '!' | '\'' | '|' | '’' | '‘' => 0.28,
        ' ' | 'f' | 't' | 'r' | 'I' | '(' | ')' | '[' | ']' | '-' => 0.36,
        'm' | 'w' | 'M' | 'W' | '—' | '%' | '@' => 0.9,
        'A'..='Z' | '0'..='9' | '–' => 0.66,
        'a'..='z' => 0.56,
        c if c.is_whitespace() => 0.3,
        'А'..='я' | 'Ё' | 'ё' => 0.66,
        c if (c as u32) >= 0x2E80 => 1.0,
        _ => 0.62,
    }
}

/// Breaks `text` into lines no wider than `max_width`, splitting at spaces and, for a
/// word too long for a line by itself, inside the word. Never returns an empty list.
pub fn wrap(text: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> Vec<String> {
    wrap_lines(text, font, max_width, usize::MAX, measure)
}

/// The first `limit` lines (at least one) of [`wrap`], found without wrapping the rest: a long
/// text shown in a few lines costs what those lines cost.
pub fn wrap_lines(
    text: &str,
    font: Font,
    max_width: f64,
    limit: usize,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    let limit = limit.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if lines.len() >= limit {
            break;
        }
        // The word tried at the end of the line, taken back off if the line gets too wide.
        let kept = line.len();
        if kept > 0 {
            line.push(' ');
        }
        line.push_str(word);
        if measure.width(&line, font) <= max_width {
            continue;
        }
        line.truncate(kept);
        if !line.is_empty() {
            lines.push(std::mem::take(&mut line));
        }
        if measure.width(word, font) <= max_width {
            line = word.to_string();
        } else {
            let mut pieces = break_word(word, font, max_width, measure);
            line = pieces.pop().unwrap_or_default();
            lines.extend(pieces);
        }
    }
    if lines.len() < limit && (!line.is_empty() || lines.is_empty()) {
        lines.push(line);
    }
    lines.truncate(limit);
    lines
}

fn break_word(word: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut last = String::new();
    for ch in word.chars() {
        last.push(ch);
        if last.chars().count() > 1 && measure.width(&last, font) > max_width {
            last.pop();
            pieces.push(std::mem::replace(&mut last, ch.to_string()));
        }
    }
    pieces.push(last);
    pieces
}

/// Wraps like [`wrap`] but keeps at most `max_lines`, ending the last kept line with "…".
pub fn wrap_clamped(
    text: &str,
    font: Font,
    max_width: f64,
    max_lines: usize,
    measure: &dyn TextMeasure,
) -> Vec<String> {
    let mut lines = wrap_lines(text, font, max_width, max_lines.max(1).saturating_add(1), measure);
    if lines.len() > max_lines.max(1) {
        lines.truncate(max_lines.max(1));
        if let Some(last) = lines.last_mut() {
            *last = ellipsize(last, font, max_width, measure);
        }
    }
    lines
}

/// The longest start of `text` that fits `max_width` with a trailing "…" (just "…" if none
/// does), found by halving: a long text costs a few measurements, not one per character.
pub fn ellipsize(text: &str, font: Font, max_width: f64, measure: &dyn TextMeasure) -> String {
    let cut = |n: usize| {
        let end = text.char_indices().nth(n).map_or(text.len(), |(i, _)| i);
        let mut start = text.get(..end).unwrap_or_default().to_string();
        start.push('…');
        start
    };
    let fits = most(0, text.chars().count(), |n| measure.width(&cut(n), font) <= max_width);
    cut(fits.unwrap_or(0))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn join_puts_the_separator_between_parts_only() {
        assert_eq!(join(&["a", "b", "c"], ", "), "a, b, c");
        assert_eq!(join(&[String::from("one")], "; "), "one");
        assert_eq!(join::<&str>(&[], " "), "");
    }

    #[test]
    fn contains_finds_a_substring_as_str_contains_does() {
        for (text, needle) in [
            ("2011 Military Doctrine", "2011"),
            ("Doctrine", "2011"),
            ("ab", "abc"),
            ("", ""),
            ("x", ""),
            ("naïve", "ïv"),
            ("17 Oct 2012", "Oct 2012"),
        ] {
            assert_eq!(contains(text, needle), text.contains(needle), "{text:?} / {needle:?}");
        }
    }

    const F: Font = Font::regular(12.0);

    #[test]
    fn wrapped_lines_fit_their_width() {
        let m = EstimatedMetrics;
        let text = "Nerushimoye Bratstvo 2012, the CSTO’s first peacekeeping exercise";
        let lines = wrap(text, F, 120.0, &m);
        assert!(lines.len() > 1);
        assert!(lines.iter().all(|l| m.width(l, F) <= 120.0), "{lines:?}");
        assert_eq!(lines.join(" "), text);
    }

    #[test]
    fn a_word_longer_than_the_line_is_broken() {
        let m = EstimatedMetrics;
        let lines = wrap("Коллективныесилыоперативногореагирования", F, 60.0, &m);
        assert!(lines.len() > 2);
        assert!(lines.iter().all(|l| m.width(l, F) <= 60.0));
    }

    #[test]
    fn clamped_text_ends_with_an_ellipsis() {
        let m = EstimatedMetrics;
        let lines = wrap_clamped("one two three four five six seven eight", F, 50.0, 2, &m);
        assert_eq!(lines.len(), 2);
        assert!(lines[1].ends_with('…'));
        assert!(m.width(&lines[1], F) <= 50.0);
    }
}
