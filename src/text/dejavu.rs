//! Text widths from DejaVu Sans's own advance widths, for the native renderer.
//!
//! The SVG names `system-ui, sans-serif`, which Chromium on Debian resolves to DejaVu Sans;
//! the faces other systems resolve it to (Segoe UI, San Francisco, Roboto, Cantarell) are
//! narrower, so text laid out with these widths fits wherever the SVG is shown. Kerning is
//! left out: it only narrows DejaVu's text.

use super::dejavu_widths::{BOLD, REGULAR, UNITS_PER_EM};
use super::{Font, TextMeasure};

/// Measures text with DejaVu Sans's advance widths (Book and Bold); a character the table
/// lacks counts as one em.
#[derive(Debug, Clone, Copy, Default)]
pub struct DejaVuMetrics;

impl TextMeasure for DejaVuMetrics {
    fn width(&self, text: &str, font: Font) -> f64 {
        let table = if font.bold { BOLD } else { REGULAR };
        let units: f64 = text.chars().map(|c| advance(table, c)).sum();
        units / UNITS_PER_EM * font.size
    }
}

fn advance(table: &[(char, u16)], c: char) -> f64 {
    let found = table.binary_search_by_key(&c, |&(k, _)| k).ok().and_then(|i| table.get(i));
    found.map_or(UNITS_PER_EM, |&(_, units)| f64::from(units))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn widths_come_from_the_font_tables() {
        // DejaVu Sans: "0" advances 1303 units of 2048, "W" 2025 and bold "W" 2259.
        let w = DejaVuMetrics.width("00", Font::regular(20.48));
        assert!((w - 26.06).abs() < 1e-9, "{w}");
        assert_eq!(DejaVuMetrics.width("W", Font::regular(2048.0)), 2025.0);
        assert_eq!(DejaVuMetrics.width("W", Font::bold(2048.0)), 2259.0);
    }

    #[test]
    fn tables_are_sorted_and_an_unknown_character_is_one_em() {
        assert!(REGULAR.windows(2).all(|p| p[0].0 < p[1].0));
        assert!(BOLD.windows(2).all(|p| p[0].0 < p[1].0));
        assert_eq!(DejaVuMetrics.width("中", Font::regular(10.0)), 10.0);
    }
}
