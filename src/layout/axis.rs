//! Data ranges, their axis ticks and the linear mapping from data to pixels.
//!
//! Every degenerate interval a valid dataset can hold (equal, crossed or non-finite ends, a
//! width that overflows like `-1e308..1e308`, or one too small to divide like `0..1e-323`) is
//! made safe here, in [`Range::new`], before any view divides by it: a [`Range`] never yields a
//! zero tick step, more than [`MAX_TICKS`] ticks or a non-finite pixel position.

/// Most ticks [`Range::ticks`] returns, whatever the range and target.
pub const MAX_TICKS: usize = 64;

/// A finite data interval with `lo < hi`, cleaned by [`Range::new`].
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Range {
    lo: f64,
    hi: f64,
}

impl Range {
    /// The interval between `a` and `b` in either order. A non-finite end is replaced by the
    /// other (by 0 if both are), and equal ends are widened by one unit (or half their size)
    /// each way so the range has width.
    pub fn new(a: f64, b: f64) -> Self {
        let a = if a.is_finite() {
            a
        } else if b.is_finite() {
            b
        } else {
            0.0
        };
        let b = if b.is_finite() { b } else { a };
        let (lo, hi) = if a <= b { (a, b) } else { (b, a) };
        if lo < hi {
            return Self { lo, hi };
        }
        let pad = if lo.abs() > 1.0 { lo.abs() / 2.0 } else { 1.0 };
        match (lo - pad, hi + pad) {
            (lo, hi) if hi.is_finite() && lo.is_finite() => Self { lo, hi },
            // Near ±f64::MAX the range widens towards zero only.
            _ if lo > 0.0 => Self { lo: lo - pad, hi },
            _ => Self { lo, hi: hi + pad },
        }
    }

    /// The lower end.
    pub fn lo(&self) -> f64 {
        self.lo
    }

    /// The upper end.
    pub fn hi(&self) -> f64 {
        self.hi
    }

    /// The map of this range onto the pixels `p0..p1`.
    pub fn onto(&self, p0: f64, p1: f64) -> Linear {
        Linear { d0: self.lo, d1: self.hi, p0, p1 }
    }

    /// Round tick values inside the range, about `target` of them, on steps of 1, 2 or 5 times
    /// a power of ten; just the two ends when no such step can be represented (a range too
    /// narrow for its magnitude, or subnormal). Never more than [`MAX_TICKS`].
    pub fn ticks(&self, target: usize) -> Vec<f64> {
        let target = target.clamp(1, MAX_TICKS / 2) as f64;
        // Halves keep the width finite for ranges like -1e308..1e308.
        let raw = (self.hi / 2.0 - self.lo / 2.0) / target * 2.0;
        let mag = magnitude(raw);
        let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
        let (first, last) = ((self.lo / step).ceil(), (self.hi / step).floor());
        // A step that underflowed or is NaN fails `is_normal`; past 2^52 steps from zero,
        // k × step no longer lands on distinct round values; both give just the two ends.
        let mut ticks = Vec::new();
        if step.is_normal() && first.abs() < 4.5e15 && last.abs() < 4.5e15 && last - first < MAX_TICKS as f64
        {
            // A quotient that underflowed can put a multiple just outside the range.
            let inside = |t: &f64| *t >= self.lo && *t <= self.hi;
            let count = (last - first).max(-1.0) + 1.0;
            ticks = (0..count as usize).map(|k| (first + k as f64) * step).filter(inside).collect();
        }
        if ticks.is_empty() {
            ticks = vec![self.lo, self.hi];
        }
        ticks
    }
}

/// `10^e` for `|e| <= 22`, where it is exact or (1/10^-e) correctly rounded, as `powf` gives it.
fn power_of_ten(e: i32) -> f64 {
    let whole = (0..e.unsigned_abs()).fold(1.0, |p, _| p * 10.0);
    if e < 0 {
        1.0 / whole
    } else {
        whole
    }
}

/// The power of ten at or below a positive `raw`, `10^floor(log10(raw))`, found by comparing
/// rather than by `log10` and `powf` (libm's two are over 2 KB of wasm); 0 for a `raw` that is
/// not a normal number.
fn magnitude(raw: f64) -> f64 {
    if !raw.is_normal() {
        return 0.0;
    }
    let mut e = 0;
    while e > -330 && power_of_ten(e) > raw {
        e -= 1;
    }
    while e < 310 && power_of_ten(e + 1) <= raw {
        e += 1;
    }
    power_of_ten(e)
}

/// A linear map from a data interval onto a pixel interval.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Linear {
    /// Data start.
    pub d0: f64,
    /// Data end.
    pub d1: f64,
    /// Pixel start.
    pub p0: f64,
    /// Pixel end.
    pub p1: f64,
}

impl Linear {
    /// Pixel position of a data value: finite whenever the pixel ends are, `p0` for a data
    /// interval of no width.
    pub fn px(&self, v: f64) -> f64 {
        // Halves keep the width finite for intervals like -1e308..1e308; an interval one
        // subnormal step wide has no width in halves, and maps to `p0`.
        let t = (v / 2.0 - self.d0 / 2.0) / (self.d1 / 2.0 - self.d0 / 2.0);
        if t.is_finite() {
            self.p0 + t * (self.p1 - self.p0)
        } else {
            self.p0
        }
    }

    /// Data value at a pixel position: the inverse of [`Linear::px`].
    pub fn value(&self, p: f64) -> f64 {
        if self.p1 == self.p0 {
            return self.d0;
        }
        self.d0 + (p - self.p0) / (self.p1 - self.p0) * (self.d1 - self.d0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ticks(lo: f64, hi: f64, target: usize) -> Vec<f64> {
        Range::new(lo, hi).ticks(target)
    }

    #[test]
    fn survey_scale_gets_one_tick_per_point() {
        assert_eq!(ticks(1.0, 7.0, 6), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]);
    }

    #[test]
    fn ticks_are_round_and_inside() {
        assert_eq!(ticks(0.0, 4000.0, 4), vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
        assert_eq!(ticks(0.0, 100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(ticks(-1.0, 1.0, 2), vec![-1.0, 0.0, 1.0]);
    }

    #[test]
    fn magnitude_is_the_power_of_ten_at_or_below() {
        assert_eq!(magnitude(1.0), 1.0);
        assert_eq!(magnitude(999.0), 100.0);
        assert_eq!(magnitude(1000.0), 1000.0);
        assert_eq!(magnitude(0.05), 0.01);
        assert_eq!(magnitude(2.5e-5), 1e-5);
        assert_eq!(magnitude(3e21), 1e21);
        assert_eq!((magnitude(0.0), magnitude(5e-324)), (0.0, 0.0));
    }

    #[test]
    fn degenerate_ranges_are_widened_or_cleaned() {
        assert_eq!(Range::new(0.5, 0.5), Range { lo: -0.5, hi: 1.5 });
        assert_eq!(Range::new(3.0, 3.0), Range { lo: 1.5, hi: 4.5 });
        assert_eq!(Range::new(10.0, 10.0), Range { lo: 5.0, hi: 15.0 });
        assert_eq!(Range::new(7.0, 1.0), Range { lo: 1.0, hi: 7.0 });
        assert_eq!(Range::new(f64::NAN, f64::INFINITY), Range { lo: -1.0, hi: 1.0 });
        assert_eq!(Range::new(2.0, f64::NAN), Range { lo: 1.0, hi: 3.0 });
        assert_eq!(ticks(3.0, 3.0, 5), vec![2.0, 3.0, 4.0]);
        assert_eq!(Range::new(f64::MAX, f64::MAX), Range { lo: f64::MAX / 2.0, hi: f64::MAX });
        assert_eq!(Range::new(-f64::MAX, -f64::MAX), Range { lo: -f64::MAX, hi: -f64::MAX / 2.0 });
    }

    #[test]
    fn a_subnormal_range_gets_its_two_ends() {
        assert_eq!(ticks(0.0, 1e-323, 6), vec![0.0, 1e-323]);
        assert_eq!(ticks(0.0, f64::MIN_POSITIVE, 6), vec![0.0, f64::MIN_POSITIVE]);
    }

    #[test]
    fn a_range_too_narrow_for_its_magnitude_gets_its_two_ends() {
        let hi = 1e300 * (1.0 + f64::EPSILON);
        assert_eq!(ticks(1e300, hi, 6), vec![1e300, hi]);
        assert_eq!(ticks(1e17, 1e17 + 64.0, 6), vec![1e17, 1e17 + 64.0]);
    }

    #[test]
    fn a_range_wider_than_f64_max_gets_round_ticks() {
        let t = ticks(-f64::MAX, f64::MAX, 4);
        assert!((3..=9).contains(&t.len()), "{t:?}");
        assert!(t.iter().all(|v| v.is_finite() && v.abs() <= f64::MAX));
        let x = Range::new(-f64::MAX, f64::MAX).onto(0.0, 100.0);
        assert_eq!((x.px(-f64::MAX), x.px(0.0), x.px(f64::MAX)), (0.0, 50.0, 100.0));
    }

    #[test]
    fn mapping_a_subnormal_range_stays_finite() {
        let x = Range::new(0.0, 1e-323).onto(10.0, 110.0);
        assert_eq!((x.px(0.0), x.px(1e-323)), (10.0, 110.0));
        let flat = Linear { d0: 1.0, d1: 1.0, p0: 5.0, p1: 9.0 };
        assert_eq!(flat.px(1.0), 5.0);
    }

    #[test]
    fn linear_round_trips() {
        let x = Linear { d0: 1.0, d1: 7.0, p0: 100.0, p1: 700.0 };
        assert_eq!(x.px(4.0), 400.0);
        assert_eq!(x.value(x.px(5.46)), 5.46);
    }
}
