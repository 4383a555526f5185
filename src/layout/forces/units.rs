//! A unit chart: one block per unit of a small whole, the counted ones filled and the rest
//! drawn as planned but not there.

use super::pen::Pen;
use crate::dataset::model::Role;
use crate::format::grouped;
use crate::layout::clamp;
use crate::scene::{Paint, Rect};
use crate::text::Font;

/// Block height below which the blocks stop reading as blocks.
const MIN_BLOCK: f64 = 14.0;

/// Nouns whose plural is the same word, so "3 personnel" does not become "3 personnels".
const SAME_IN_PLURAL: [&str; 6] = ["personnel", "staff", "aircraft", "equipment", "infantry", "artillery"];

/// The caption under the blocks: "1 of 3 battalions".
pub(super) fn caption(filled: usize, total: usize, unit: Option<&str>) -> String {
    let (f, t) = (grouped(filled as f64), grouped(total as f64));
    match unit {
        Some(unit) => format!("{f} of {t} {}", plural(unit, total as f64)),
        None => format!("{f} of {t}"),
    }
}

/// A simple English plural for single-word lowercase units; anything else is left as given.
pub(super) fn plural(unit: &str, n: f64) -> String {
    let simple = !unit.is_empty() && unit.bytes().all(|b| b.is_ascii_lowercase());
    if n == 1.0 || !simple || unit.ends_with('s') || SAME_IN_PLURAL.contains(&unit) {
        return unit.to_string();
    }
    let vowel_y = ["ay", "ey", "oy", "uy"].iter().any(|end| unit.ends_with(end));
    if let Some(stem) = unit.strip_suffix('y').filter(|_| !vowel_y) {
        format!("{stem}ies")
    } else if unit.ends_with("ch") || unit.ends_with("sh") || unit.ends_with('x') {
        format!("{unit}es")
    } else {
        format!("{unit}s")
    }
}

/// Draws `total` blocks, `filled` of them in the side colour, and the caption below.
pub(super) fn draw(
    pen: &mut Pen,
    unit: Option<&str>,
    role: Role,
    r: Rect,
    filled: usize,
    total: usize,
) -> f64 {
    let font = Font::bold(if pen.tight { 12.5 } else { 13.5 });
    let text = caption(filled, total, unit);
    let per_row = if total <= 10 { total } else { total.div_ceil(2) }.max(1);
    let rows = total.div_ceil(per_row);
    let gap = if pen.tight { 5.0 } else { 8.0 };
    let cap = if pen.compact { MIN_BLOCK } else { clamp(r.w / 9.0, 24.0, 64.0) };
    let room_h = r.h - font.line_height() - gap;
    let fit_w = (r.w - gap * (per_row - 1) as f64) / per_row as f64;
    let mut bh = ((room_h - gap * (rows - 1) as f64) / rows as f64).min(cap);
    let bw = (bh * 1.6).min(fit_w);
    bh = bh.min(bw);
    let mut y = r.y;
    // Too small to read as blocks: the caption alone says it.
    if bh >= MIN_BLOCK - 2.0 {
        for k in 0..total {
            let (row, col) = ((k / per_row) as f64, (k % per_row) as f64);
            let b = Rect::new(r.x + col * (bw + gap), r.y + row * (bh + gap), bw, bh);
            if k < filled {
                pen.scene.fill(b, Paint::Side(role));
            } else {
                pen.scene.fill(b, Paint::Tint(role));
                pen.dashed_outline(b, Paint::Side(role));
            }
        }
        y += rows as f64 * (bh + gap);
    }
    pen.lines(&text, font, Paint::Text, r.x, y, r.w, r.bottom(), 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_count_in_plain_words() {
        assert_eq!(caption(1, 3, Some("battalion")), "1 of 3 battalions");
        assert_eq!(caption(1, 1, Some("battalion")), "1 of 1 battalion");
        assert_eq!(caption(2, 5, Some("company")), "2 of 5 companies");
        assert_eq!(caption(2, 5, Some("personnel")), "2 of 5 personnel");
        assert_eq!(caption(2, 5, Some("бригада")), "2 of 5 бригада");
        assert_eq!(caption(4, 12, None), "4 of 12");
    }
}
