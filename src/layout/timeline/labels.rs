//! Label blocks: an event's date in muted text, then its words, wrapped.
//!
//! The date leads so that a line's two parts never collide: the short date's width is
//! measured well, while a long label's real width may differ a little from its estimate.

use crate::scene::{Align, Paint, Rect, Scene};
use crate::text::{ellipsize, wrap_clamped, wrap_lines, Font, TextMeasure};

/// One line of a block: the date (first line only), then label words.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// Date words on this line (may be empty).
    pub date: String,
    /// Label words on this line (may be empty).
    pub label: String,
}

/// A wrapped label with its date, measured.
#[derive(Debug, Clone, PartialEq)]
pub struct LabelBlock {
    /// Lines, top to bottom.
    pub lines: Vec<Line>,
    /// Widest line.
    pub width: f64,
    /// All lines stacked.
    pub height: f64,
    /// Font of every line.
    pub font: Font,
    /// Colour of the label words.
    pub paint: Paint,
}

/// Room between a date and the label after it: a little more than a space, since nothing
/// else separates them.
fn gap(font: Font, m: &dyn TextMeasure) -> f64 {
    m.width(" ", font) + font.size * 0.25
}

/// Puts `date` first and wraps `label` after it to `max_w`, in at most `max_lines` lines
/// of label words (the last ellipsized if more were needed), as evenly as it can: a wrap
/// that would leave a word or two on its last line is narrowed until the lines balance.
pub fn block(
    label: &str,
    date: &str,
    font: Font,
    max_w: f64,
    max_lines: usize,
    m: &dyn TextMeasure,
) -> LabelBlock {
    let clipped = |b: &LabelBlock| b.lines.iter().any(|l| l.label.ends_with('…'));
    let mut best = wrapped(label, date, font, max_w, max_lines, m);
    if best.lines.len() < 2 || clipped(&best) {
        return best;
    }
    // The narrowest width that needs no more lines, found by halving the interval.
    let (mut lo, mut hi) = (max_w * 0.5, max_w);
    for _ in 0..7 {
        let mid = (lo + hi) / 2.0;
        let b = wrapped(label, date, font, mid, max_lines, m);
        if b.lines.len() <= best.lines.len() && !clipped(&b) {
            (hi, best) = (mid, b);
        } else {
            lo = mid;
        }
    }
    best
}

fn wrapped(
    label: &str,
    date: &str,
    font: Font,
    max_w: f64,
    max_lines: usize,
    m: &dyn TextMeasure,
) -> LabelBlock {
    let words = crate::text::spaced(label.split_whitespace());
    let max_lines = max_lines.max(1);
    let line = |date: &str, label: String| Line { date: date.to_string(), label };
    let mut lines = Vec::new();
    if date.is_empty() {
        lines.extend(wrap_clamped(&words, font, max_w, max_lines, m).into_iter().map(|l| line("", l)));
    } else {
        let room = max_w - m.width(date, font) - gap(font, m);
        let first_word =
            words.get(..words.bytes().position(|b| b == b' ').unwrap_or(words.len())).unwrap_or_default();
        if words.is_empty() || m.width(first_word, font) > room {
            lines.push(line(date, String::new()));
            if !words.is_empty() {
                lines
                    .extend(wrap_clamped(&words, font, max_w, max_lines, m).into_iter().map(|l| line("", l)));
            }
        } else {
            let first = wrap_lines(&words, font, room, 1, m).into_iter().next().unwrap_or_default();
            let rest = words.get(first.len()..).unwrap_or_default().trim_start();
            if rest.is_empty() {
                lines.push(line(date, first));
            } else if max_lines == 1 {
                lines.push(line(date, ellipsize(&words, font, room, m)));
            } else {
                lines.push(line(date, first));
                let more = wrap_clamped(rest, font, max_w, max_lines - 1, m);
                lines.extend(more.into_iter().map(|l| line("", l)));
            }
        }
    }
    let width = lines.iter().map(|l| line_width(l, font, m)).fold(0.0, f64::max);
    let height = lines.len() as f64 * font.line_height();
    LabelBlock { lines, width, height, font, paint: Paint::Text }
}

fn line_width(l: &Line, font: Font, m: &dyn TextMeasure) -> f64 {
    let (a, b) = (m.width(&l.date, font), m.width(&l.label, font));
    if l.label.is_empty() || l.date.is_empty() {
        a + b
    } else {
        a + gap(font, m) + b
    }
}

/// Draws a block with its top-left corner at `(left, top)`, lines flush left or flush right,
/// on a background patch so grid lines do not run through the words.
pub fn draw(
    scene: &mut Scene,
    b: &LabelBlock,
    (left, top): (f64, f64),
    flush_right: bool,
    m: &dyn TextMeasure,
) {
    scene.fill(Rect::new(left - 1.0, top, b.width + 2.0, b.height), Paint::Background);
    let lh = b.font.line_height();
    for (k, l) in b.lines.iter().enumerate() {
        let y = top + lh * (k as f64 + 0.5);
        let mut x = if flush_right { left + b.width - line_width(l, b.font, m) } else { left };
        if !l.date.is_empty() {
            let w = m.width(&l.date, b.font);
            scene.text(l.date.clone(), (x, y), b.font, Paint::Muted, Align::Left, w);
            x += w + gap(b.font, m);
        }
        if !l.label.is_empty() {
            let w = m.width(&l.label, b.font);
            scene.text(l.label.clone(), (x, y), b.font, b.paint, Align::Left, w);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::EstimatedMetrics;

    const F: Font = Font::regular(12.0);

    #[test]
    fn a_short_label_shares_the_date_line() {
        let b = block("Third IPAP cycle", "2012–2013", F, 200.0, 3, &EstimatedMetrics);
        assert_eq!(b.lines, vec![Line { date: "2012–2013".into(), label: "Third IPAP cycle".into() }]);
    }

    #[test]
    fn wrapped_lines_fit_and_keep_every_word() {
        let m = EstimatedMetrics;
        let label = "Reverse-transit deal (Northern Distribution Network)";
        let b = block(label, "Apr–17 Oct 2012", F, 130.0, 4, &m);
        assert!(b.lines.len() >= 3);
        assert!(b.width <= 130.0, "{b:?}");
        let joined: Vec<&str> = b.lines.iter().map(|l| l.label.as_str()).filter(|l| !l.is_empty()).collect();
        assert_eq!(joined.join(" "), label);
    }

    #[test]
    fn one_line_is_ellipsized() {
        let m = EstimatedMetrics;
        let b = block(
            "Nerushimoye Bratstvo 2012, first CSTO peacekeeping exercise",
            "8–17 Oct 2012",
            F,
            200.0,
            1,
            &m,
        );
        assert_eq!(b.lines.len(), 1);
        assert!(b.lines[0].label.ends_with('…') && b.width <= 200.0, "{b:?}");
    }
}
