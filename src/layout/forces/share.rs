//! A share of a whole: a 10×10 waffle when the whole is 100, else a proportion bar.

use super::pen::Pen;
use super::units::plural;
use crate::dataset::model::{Figure, Role};
use crate::format::grouped;
use crate::layout::clamp;
use crate::scene::{Paint, Rect};
use crate::text::Font;

/// Words in a figure's label that mark it as an aim rather than a count.
const AIM_WORDS: [&str; 4] = ["target", "aim", "goal", "objective"];

/// Smallest waffle whose cells still read as cells; below it the share becomes a bar.
const MIN_WAFFLE: f64 = 64.0;

/// The figure in large type: "65%", or "30 of 1,000 aircraft".
pub(super) fn headline(value: f64, total: f64, unit: Option<&str>) -> String {
    match unit {
        Some("%") => format!("{}%", grouped(value)),
        Some(unit) => format!("{} of {} {}", grouped(value), grouped(total), plural(unit, total)),
        None => format!("{} of {}", grouped(value), grouped(total)),
    }
}

/// The label's own word for an aim ("target"), so the chart marks it as one in its words.
/// The aim words are ASCII, so the label's words are its runs of ASCII letters and digits,
/// compared without ASCII case: no Unicode letter or case tables. Any other character
/// (punctuation such as ’ “ — as well as a letter like é) ends a word.
pub(super) fn aim_word(label: &str) -> Option<String> {
    label
        .split(|c: char| !c.is_ascii_alphanumeric())
        .find_map(|w| AIM_WORDS.into_iter().find(|aim| w.eq_ignore_ascii_case(aim)))
        .map(str::to_string)
}

/// Draws the share; returns the lowest y drawn at.
pub(super) fn draw(pen: &mut Pen, fig: &Figure, role: Role, r: Rect, value: f64, total: f64) -> f64 {
    let big = headline(value, total, fig.value.unit.as_deref());
    let aim = aim_word(&fig.label);
    let side = r.h.min(r.w * 0.42).min(260.0);
    if !pen.compact && total == 100.0 && value.fract() == 0.0 && side >= MIN_WAFFLE {
        waffle(pen, role, Rect::new(r.x, r.y, side, side), value as usize);
        let x = r.x + side + 16.0;
        let bottom = beside(pen, &big, aim.as_deref(), role, Rect::new(x, r.y, r.right() - x, side));
        return bottom.max(r.y + side);
    }
    bar(pen, &big, aim.as_deref(), role, r, value / total)
}

/// Ten rows of ten cells filled from the bottom left, the way a glass fills.
fn waffle(pen: &mut Pen, role: Role, r: Rect, filled: usize) {
    let gap = clamp(r.w / 10.0 * 0.14, 1.0, 3.0);
    let cell = (r.w - 9.0 * gap) / 10.0;
    for k in 0..100 {
        let (row, col) = ((9 - k / 10) as f64, (k % 10) as f64);
        let c = Rect::new(r.x + col * (cell + gap), r.y + row * (cell + gap), cell, cell);
        pen.scene.fill(c, if k < filled { Paint::Side(role) } else { Paint::Tint(role) });
    }
}

/// The headline beside the waffle, with the aim word under it.
fn beside(pen: &mut Pen, big: &str, aim: Option<&str>, role: Role, r: Rect) -> f64 {
    let sizes: &[f64] =
        if pen.tight { &[26.0, 22.0, 18.0, 14.0] } else { &[40.0, 34.0, 28.0, 22.0, 18.0, 14.0] };
    let font = pen.fit(big, true, sizes, r.w);
    let y = pen.lines(big, font, Paint::ink(role), r.x, r.y, r.w, r.bottom(), 2);
    match aim {
        Some(word) => pen.lines(word, Font::regular(13.0), Paint::Muted, r.x, y, r.w, r.bottom(), 1),
        None => y,
    }
}

/// The headline (and aim word) over a bar filled to the share.
fn bar(pen: &mut Pen, big: &str, aim: Option<&str>, role: Role, r: Rect, share: f64) -> f64 {
    let sizes: &[f64] = if pen.tight { &[18.0, 14.0] } else { &[22.0, 18.0, 14.0] };
    let font = pen.fit(big, true, sizes, r.w);
    let lh = font.line_height();
    if lh > r.h {
        return r.y;
    }
    let mut y = pen.lines(big, font, Paint::ink(role), r.x, r.y, r.w, r.y + lh, 1);
    if let Some(word) = aim {
        let x = r.x + pen.width(big, font) + 8.0;
        let small = Font::regular(13.0);
        let top = r.y + (lh - small.line_height()) / 2.0;
        pen.lines(word, small, Paint::Muted, x, top, r.right() - x, r.y + lh, 1);
    }
    y += 4.0;
    let bar_h = (r.bottom() - y).min(if pen.compact { 12.0 } else { clamp(r.w / 17.0, 14.0, 32.0) });
    if bar_h < 4.0 {
        return y;
    }
    let full = Rect::new(r.x, y, r.w, bar_h);
    pen.scene.fill(full, Paint::Tint(role));
    // A share too small for a pixel still shows as a sliver, so it does not read as none.
    let filled = r.w * clamp(share, 0.0, 1.0);
    let filled = if share > 0.0 { filled.max(1.0) } else { filled };
    pen.scene.fill(Rect::new(r.x, y, filled, bar_h), Paint::Side(role));
    y + bar_h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headlines_and_aims_come_from_the_data() {
        assert_eq!(headline(65.0, 100.0, Some("%")), "65%");
        assert_eq!(headline(30.0, 1000.0, Some("aircraft")), "30 of 1,000 aircraft");
        assert_eq!(headline(1.0, 10_000.0, Some("battalion")), "1 of 10,000 battalions");
        assert_eq!(aim_word("Contract personnel target, whole military").as_deref(), Some("target"));
        assert_eq!(aim_word("Share of conscripts"), None);
        assert_eq!(aim_word("Targeted units"), None);
        assert_eq!(aim_word("Manning GOAL for 2014").as_deref(), Some("goal"));
        assert_eq!(aim_word("The “aim”—2014’s").as_deref(), Some("aim"));
        assert_eq!(aim_word("goal2014 targets"), None);
    }
}
