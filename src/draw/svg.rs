//! SVG output, written straight from the same scene the canvas draws, with the rounding and
//! dashes of [`paint`](super::paint): the elements and attributes plotters' SVG backend
//! writes, in its order, so a file reads the same whichever draws it.

use super::{dashes, pt, px, FONT_FAMILY};
use crate::scene::{Align, Scene, Shape};
use crate::theme::{Rgb, Theme};
use crate::views::DRAWS_MARKS;

/// The scene as a standalone SVG document.
pub fn to_svg(scene: &Scene, theme: &Theme) -> String {
    let (w, h) = (scene.width.round().max(1.0) as u32, scene.height.round().max(1.0) as u32);
    let mut out = Svg(String::with_capacity(64 * scene.shapes.len() + 128));
    out.open("svg");
    out.int("width", w.into());
    out.int("height", h.into());
    out.0.push_str(" viewBox=\"0 0 ");
    out.number(w.into());
    out.0.push(' ');
    out.number(h.into());
    out.0.push_str("\" xmlns=\"http://www.w3.org/2000/svg\">\n");
    for shape in &scene.shapes {
        out.shape(shape, theme);
    }
    out.0.push_str("</svg>\n");
    out.0
}

/// An SVG document being written.
struct Svg(String);

impl Svg {
    fn shape(&mut self, shape: &Shape, theme: &Theme) {
        let color = |paint| theme.color(paint);
        match shape {
            Shape::Fill { rect, paint } => {
                let (x0, y0, x1, y1) = (px(rect.x), px(rect.y), px(rect.right()), px(rect.bottom()));
                if x1 > x0 && y1 > y0 {
                    self.rect((x0, y0), (x1, y1), color(*paint), true);
                }
            }
            Shape::Outline { rect, paint, width: _ } => {
                let (a, b) = (pt((rect.x, rect.y)), pt((rect.right(), rect.bottom())));
                self.rect((a.0.min(b.0), a.1.min(b.1)), (a.0.max(b.0), a.1.max(b.1)), color(*paint), false);
            }
            Shape::Line { from, to, paint, width, dash } => {
                for (a, b) in dashes(*from, *to, *dash) {
                    let ((x1, y1), (x2, y2)) = (pt(a), pt(b));
                    self.open("line");
                    self.paint("stroke", color(*paint));
                    self.int("stroke-width", stroke_width(*width));
                    self.int("x1", x1.into());
                    self.int("y1", y1.into());
                    self.int("x2", x2.into());
                    self.int("y2", y2.into());
                    self.0.push_str("/>\n");
                }
            }
            Shape::Dot { center, radius, paint } if DRAWS_MARKS => {
                let (cx, cy) = pt(*center);
                self.open("circle");
                self.int("cx", cx.into());
                self.int("cy", cy.into());
                self.int("r", (radius.round().max(1.0) as i32).into());
                self.paint("fill", color(*paint));
                self.0.push_str(" stroke=\"none\" stroke-width=\"1\"/>\n");
            }
            Shape::Polygon { points, paint } if DRAWS_MARKS => {
                self.open("polygon");
                self.paint("fill", color(*paint));
                self.0.push_str(" points=\"");
                for p in points {
                    let (x, y) = pt(*p);
                    self.number(x.into());
                    self.0.push(',');
                    self.number(y.into());
                    self.0.push(' ');
                }
                self.0.push_str("\"/>\n");
            }
            Shape::Dot { .. } | Shape::Polygon { .. } => {}
            Shape::Text { text, pos, font, paint, align, .. } => {
                let (x, y) = pt(*pos);
                self.open("text");
                self.int("x", x.into());
                self.int("y", y.into());
                let anchor = match align {
                    Align::Left => "start",
                    Align::Center => "middle",
                    Align::Right => "end",
                };
                self.attr("dy", "0.5ex");
                self.attr("text-anchor", anchor);
                self.attr("font-family", FONT_FAMILY);
                // The size as plotters' backend wrote it once scaled to the canvas's: ×1.24
                // then ÷1.24, which leaves 13.000000000000002 for 13.
                self.attr("font-size", &crate::format::number(font.size * 1.24 / 1.24));
                self.paint("fill", color(*paint));
                if font.bold {
                    self.attr("font-weight", "bold");
                }
                self.0.push_str(">\n");
                self.escaped(text);
                self.0.push_str("\n</text>\n");
            }
        }
    }

    /// A filled rectangle, or its outline.
    fn rect(&mut self, (x0, y0): (i32, i32), (x1, y1): (i32, i32), rgb: Rgb, fill: bool) {
        self.open("rect");
        self.int("x", x0.into());
        self.int("y", y0.into());
        self.int("width", i64::from(x1) - i64::from(x0));
        self.int("height", i64::from(y1) - i64::from(y0));
        if fill {
            self.paint("fill", rgb);
            self.0.push_str(" stroke=\"none\"/>\n");
        } else {
            self.0.push_str(" opacity=\"1\" fill=\"none\"");
            self.color("stroke", rgb);
            self.0.push_str("/>\n");
        }
    }

    fn open(&mut self, tag: &str) {
        self.0.push('<');
        self.0.push_str(tag);
    }

    fn attr(&mut self, key: &str, value: &str) {
        self.key(key);
        self.escaped(value);
        self.0.push('"');
    }

    fn key(&mut self, key: &str) {
        self.0.push(' ');
        self.0.push_str(key);
        self.0.push_str("=\"");
    }

    fn int(&mut self, key: &str, v: i64) {
        self.key(key);
        self.number(v);
        self.0.push('"');
    }

    /// An opaque colour: `opacity="1"` and the colour itself.
    fn paint(&mut self, key: &str, rgb: Rgb) {
        self.0.push_str(" opacity=\"1\"");
        self.color(key, rgb);
    }

    /// `#RRGGBB` in capitals.
    fn color(&mut self, key: &str, Rgb(r, g, b): Rgb) {
        self.key(key);
        self.0.push('#');
        for nibble in [r >> 4, r & 15, g >> 4, g & 15, b >> 4, b & 15] {
            self.0.push(char::from(if nibble < 10 { b'0' + nibble } else { b'A' + nibble - 10 }));
        }
        self.0.push('"');
    }

    fn number(&mut self, v: i64) {
        if v < 0 {
            self.0.push('-');
        }
        self.digits(v.unsigned_abs());
    }

    fn digits(&mut self, v: u64) {
        if v >= 10 {
            self.digits(v / 10);
        }
        self.0.push(char::from(b'0' + (v % 10) as u8));
    }

    fn escaped(&mut self, text: &str) {
        for c in text.chars() {
            match c {
                '<' => self.0.push_str("&lt;"),
                '>' => self.0.push_str("&gt;"),
                '&' => self.0.push_str("&amp;"),
                '"' => self.0.push_str("&quot;"),
                '\'' => self.0.push_str("&apos;"),
                other => self.0.push(other),
            }
        }
    }
}

/// A line's width in whole px, at least 1.
fn stroke_width(width: f64) -> i64 {
    (width.round().max(1.0) as u32).into()
}
