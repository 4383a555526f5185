//! Colours of the light and dark themes. Side colours are the same in every view.

use crate::dataset::model::Role;
use crate::scene::Paint;

/// An sRGB colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

/// A named set of colours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Which theme this is.
    pub name: ThemeName,
    background: Rgb,
    text: Rgb,
    muted: Rgb,
    grid: Rgb,
    axis: Rgb,
    nato: Rgb,
    csto: Rgb,
    neutral: Rgb,
    nato_tint: Rgb,
    csto_tint: Rgb,
    neutral_tint: Rgb,
    now: Rgb,
}

/// The themes a page can ask for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ThemeName {
    /// Dark text on white.
    Light,
    /// Light text on near-black.
    Dark,
}

impl ThemeName {
    /// Parses "light" or "dark".
    pub fn parse(name: &str) -> Option<Self> {
        match name {
            "light" => Some(Self::Light),
            "dark" => Some(Self::Dark),
            _ => None,
        }
    }
}

/// Light theme: every text colour has at least 4.5:1 contrast on the background.
pub const LIGHT: Theme = Theme {
    name: ThemeName::Light,
    background: Rgb(0xff, 0xff, 0xff),
    text: Rgb(0x1a, 0x1d, 0x23),
    muted: Rgb(0x55, 0x5b, 0x66),
    grid: Rgb(0xe3, 0xe6, 0xea),
    axis: Rgb(0x8a, 0x90, 0x99),
    nato: Rgb(0x1d, 0x4e, 0xd8),
    csto: Rgb(0xb9, 0x3a, 0x0c),
    neutral: Rgb(0x8c, 0x93, 0x9d),
    nato_tint: Rgb(0xdb, 0xe6, 0xfd),
    csto_tint: Rgb(0xfb, 0xe2, 0xd5),
    neutral_tint: Rgb(0xec, 0xee, 0xf1),
    now: Rgb(0x1a, 0x1d, 0x23),
};

/// Dark theme: every text colour has at least 4.5:1 contrast on the background.
pub const DARK: Theme = Theme {
    name: ThemeName::Dark,
    background: Rgb(0x14, 0x17, 0x1c),
    text: Rgb(0xec, 0xee, 0xf1),
    muted: Rgb(0xa7, 0xae, 0xb8),
    grid: Rgb(0x2c, 0x31, 0x39),
    axis: Rgb(0x6b, 0x72, 0x7c),
    nato: Rgb(0x6c, 0x9b, 0xff),
    csto: Rgb(0xff, 0x8a, 0x5c),
    neutral: Rgb(0x7d, 0x85, 0x90),
    nato_tint: Rgb(0x1c, 0x2b, 0x4d),
    csto_tint: Rgb(0x4a, 0x25, 0x17),
    neutral_tint: Rgb(0x25, 0x29, 0x30),
    now: Rgb(0xec, 0xee, 0xf1),
};

impl Theme {
    /// The theme of a name.
    pub fn of(name: ThemeName) -> &'static Theme {
        match name {
            ThemeName::Light => &LIGHT,
            ThemeName::Dark => &DARK,
        }
    }

    /// The colour for a paint.
    pub fn color(&self, paint: Paint) -> Rgb {
        match paint {
            Paint::Background => self.background,
            Paint::Text => self.text,
            Paint::Muted => self.muted,
            Paint::Grid => self.grid,
            Paint::Axis => self.axis,
            Paint::Now => self.now,
            Paint::Side(Role::Nato) => self.nato,
            Paint::Side(Role::Csto) => self.csto,
            Paint::Side(Role::Neutral) => self.neutral,
            Paint::Tint(Role::Nato) => self.nato_tint,
            Paint::Tint(Role::Csto) => self.csto_tint,
            Paint::Tint(Role::Neutral) => self.neutral_tint,
        }
    }

    /// The CSS hex form of a paint, `#1d4ed8`.
    pub fn hex(&self, paint: Paint) -> String {
        let Rgb(r, g, b) = self.color(paint);
        format!("#{r:02x}{g:02x}{b:02x}")
    }
}

/// WCAG relative luminance of a colour.
pub fn luminance(c: Rgb) -> f64 {
    let channel = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.039_28 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(c.0) + 0.7152 * channel(c.1) + 0.0722 * channel(c.2)
}

/// WCAG contrast ratio between two colours (1–21).
pub fn contrast(a: Rgb, b: Rgb) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_paints_meet_wcag_aa_in_both_themes() {
        for theme in [&LIGHT, &DARK] {
            let bg = theme.color(Paint::Background);
            let inks = [Role::Nato, Role::Csto, Role::Neutral].map(Paint::ink);
            for paint in [Paint::Text, Paint::Muted].into_iter().chain(inks) {
                let ratio = contrast(theme.color(paint), bg);
                assert!(ratio >= 4.5, "{:?} {paint:?}: {ratio:.2}", theme.name);
            }
            // Bars need 3:1 against the background (WCAG 1.4.11, non-text contrast).
            let ratio = contrast(theme.color(Paint::Side(Role::Neutral)), bg);
            assert!(ratio >= 3.0, "{:?} neutral bar: {ratio:.2}", theme.name);
        }
    }
}
