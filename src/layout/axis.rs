//! Axis ticks and the linear mapping from data to pixels.

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
    /// Pixel position of a data value.
    pub fn px(&self, v: f64) -> f64 {
        if self.d1 == self.d0 {
            return self.p0;
        }
        self.p0 + (v - self.d0) / (self.d1 - self.d0) * (self.p1 - self.p0)
    }

    /// Data value at a pixel position: the inverse of [`Linear::px`].
    pub fn value(&self, p: f64) -> f64 {
        if self.p1 == self.p0 {
            return self.d0;
        }
        self.d0 + (p - self.p0) / (self.p1 - self.p0) * (self.d1 - self.d0)
    }
}

/// Round tick values covering `[min, max]`, about `target` of them, on steps of 1, 2 or 5
/// times a power of ten.
pub fn ticks(min: f64, max: f64, target: usize) -> Vec<f64> {
    if !(min.is_finite() && max.is_finite()) || max <= min {
        return vec![min];
    }
    let raw = (max - min) / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag);
    let first = (min / step).ceil() as i64;
    let last = (max / step).floor() as i64;
    (first..=last).map(|k| k as f64 * step).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn survey_scale_gets_one_tick_per_point() {
        assert_eq!(ticks(1.0, 7.0, 6), vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0]);
    }

    #[test]
    fn ticks_are_round_and_inside() {
        assert_eq!(ticks(0.0, 4000.0, 4), vec![0.0, 1000.0, 2000.0, 3000.0, 4000.0]);
        assert_eq!(ticks(0.0, 100.0, 5), vec![0.0, 20.0, 40.0, 60.0, 80.0, 100.0]);
        assert_eq!(ticks(3.0, 3.0, 5), vec![3.0]);
    }

    #[test]
    fn linear_round_trips() {
        let x = Linear { d0: 1.0, d1: 7.0, p0: 100.0, p1: 700.0 };
        assert_eq!(x.px(4.0), 400.0);
        assert_eq!(x.value(x.px(5.46)), 5.46);
    }
}
