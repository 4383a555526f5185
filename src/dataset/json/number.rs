//! JSON numbers: the grammar checked, the value the `f64` nearest the decimal (ties to even),
//! from its first 19 significant digits (later ones only move the exponent). A number whose
//! digits fit in 2⁵³ and whose power of ten is within 10^±22 (every number the article has)
//! takes one exact multiplication or division; others are rounded by [`nearest`].

use super::nearest::nearest;
use super::{error, Error, JsonText};

/// 10⁰ to 10²², each exactly an `f64`.
const POWERS_OF_TEN: [f64; 23] = [
    1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18,
    1e19, 1e20, 1e21, 1e22,
];

/// Exponents are read up to this size: anything larger is 0 or out of range anyway.
const MAX_EXPONENT: i32 = 1_000;

/// The decimal digits of a number: `digits × 10^exponent`.
#[derive(Default)]
struct Decimal {
    digits: u64,
    exponent: i32,
}

impl Decimal {
    /// Takes one more digit; `fraction` for digits after the point. Digits past the
    /// 19th significant one only shift the exponent (integer part) or are dropped.
    fn push(&mut self, digit: u8, fraction: bool) {
        if self.digits < 1_000_000_000_000_000_000 {
            self.digits = self.digits * 10 + u64::from(digit - b'0');
            self.exponent -= i32::from(fraction);
        } else {
            self.exponent += i32::from(!fraction);
        }
    }

    /// The nearest `f64`; infinite past the largest.
    fn value(&self) -> f64 {
        let (digits, exponent) = (self.digits, self.exponent);
        // Below 10⁻³⁴³ even 19 digits round to 0; from 10³⁰⁹ on, any digits are past f64::MAX.
        if digits == 0 || exponent < -343 {
            return 0.0;
        }
        if exponent > 308 {
            return f64::INFINITY;
        }
        match POWERS_OF_TEN.get(exponent.unsigned_abs() as usize) {
            Some(p) if digits <= 1 << 53 && exponent >= 0 => digits as f64 * p,
            Some(p) if digits <= 1 << 53 => digits as f64 / p,
            _ => nearest(digits, exponent, estimate(digits, exponent)),
        }
    }
}

/// `digits × 10^exponent` to within a few units in the last place: scaled in steps of 10²².
fn estimate(digits: u64, exponent: i32) -> f64 {
    let mut value = digits as f64;
    let mut left = exponent.unsigned_abs();
    while left > 0 {
        let step = left.min(22);
        let power = POWERS_OF_TEN.get(step as usize).copied().unwrap_or(1e22);
        value = if exponent > 0 { value * power } else { value / power };
        left -= step;
    }
    value
}

impl JsonText<'_> {
    /// Reads a number whose first character (`-` or a digit) is next.
    pub(super) fn number(&mut self) -> Result<f64, Error> {
        let negative = self.eat(b'-');
        let mut decimal = Decimal::default();
        if self.eat(b'0') {
            if self.peek().is_some_and(|b| b.is_ascii_digit()) {
                return error("not a JSON number: a number does not start with 0 unless it is 0");
            }
        } else if !self.digits(&mut decimal, false) {
            return error("not a JSON number: `-` goes before digits");
        }
        if self.eat(b'.') && !self.digits(&mut decimal, true) {
            return error("not a JSON number: a digit must follow the decimal point");
        }
        if self.eat(b'e') || self.eat(b'E') {
            decimal.exponent = decimal.exponent.saturating_add(self.exponent()?);
        }
        let value = decimal.value();
        if !value.is_finite() {
            return error("number out of range");
        }
        Ok(if negative { -value } else { value })
    }

    /// Reads the digits that follow into `decimal`; `false` when there are none.
    fn digits(&mut self, decimal: &mut Decimal, fraction: bool) -> bool {
        let start = self.at;
        while let Some(digit) = self.peek().filter(u8::is_ascii_digit) {
            decimal.push(digit, fraction);
            self.at += 1;
        }
        self.at > start
    }

    /// The exponent after `e`: an optional sign and digits, clamped to ±[`MAX_EXPONENT`].
    fn exponent(&mut self) -> Result<i32, Error> {
        let negative = !self.eat(b'+') && self.eat(b'-');
        let mut exponent: i32 = 0;
        let start = self.at;
        while let Some(digit) = self.peek().filter(u8::is_ascii_digit) {
            exponent = (exponent * 10 + i32::from(digit - b'0')).min(MAX_EXPONENT);
            self.at += 1;
        }
        if self.at == start {
            return error("not a JSON number: a digit must follow the exponent's `e`");
        }
        Ok(if negative { -exponent } else { exponent })
    }

    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.at).copied()
    }

    /// Reads `byte` if it is next.
    fn eat(&mut self, byte: u8) -> bool {
        let next = self.peek() == Some(byte);
        self.at += usize::from(next);
        next
    }
}
