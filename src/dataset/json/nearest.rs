//! The `f64` nearest a decimal number, ties to even: an estimate corrected by exact integer
//! comparisons with the midpoints between neighbouring `f64`s. Numbers with more digits than
//! 2⁵³ holds or a power of ten past 10^±22 come here (`0.30000000000000004`, `1e300`):
//! whatever `JSON.stringify` writes reads back as the very number it wrote.

use std::cmp::Ordering;

/// A non-negative integer of any size, 32 bits per word, least significant first.
struct Big(Vec<u32>);

impl Big {
    fn new(n: u64) -> Self {
        Big(vec![n as u32, (n >> 32) as u32])
    }

    fn mul_small(&mut self, factor: u32) {
        let mut carry = 0u64;
        for word in &mut self.0 {
            let product = u64::from(*word) * u64::from(factor) + carry;
            *word = product as u32;
            carry = product >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// Multiplies by 5ⁿ, 5¹³ (the largest power of five in 32 bits) at a step.
    fn mul_pow5(&mut self, mut n: u32) {
        while n >= 13 {
            self.mul_small(1_220_703_125);
            n -= 13;
        }
        self.mul_small(5u32.pow(n));
    }

    fn shl(&mut self, bits: u32) {
        let mut shifted = vec![0; (bits / 32) as usize];
        let mut carry = 0u64;
        for word in &self.0 {
            let wide = (u64::from(*word) << (bits % 32)) | carry;
            shifted.push(wide as u32);
            carry = wide >> 32;
        }
        shifted.push(carry as u32);
        self.0 = shifted;
    }

    fn cmp(&self, other: &Big) -> Ordering {
        let significant = |n: &Big| n.0.len() - n.0.iter().rev().take_while(|w| **w == 0).count();
        let (a, b) = (significant(self), significant(other));
        a.cmp(&b).then_with(|| self.0.iter().take(a).rev().cmp(other.0.iter().take(b).rev()))
    }
}

/// `digits × 10^exponent` against the midpoint between the `f64` with these bits and the next
/// one up, `(2m + 1) × 2^(k − 1)` for the `f64` `m × 2^k`.
fn against_midpoint(digits: u64, exponent: i32, bits: u64) -> Ordering {
    let (biased, fraction) = ((bits >> 52) as i32, bits & ((1 << 52) - 1));
    let (m, k) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    // digits × 5^e × 2^e against (2m + 1) × 2^(k − 1): powers of five and of two each moved to
    // one side, so both are integers.
    let (mut left, mut right) = (Big::new(digits), Big::new(2 * m + 1));
    let (five, shift) = (exponent.unsigned_abs(), k - 1 - exponent);
    if exponent >= 0 {
        left.mul_pow5(five);
    } else {
        right.mul_pow5(five);
    }
    if shift >= 0 {
        right.shl(shift.unsigned_abs());
    } else {
        left.shl(shift.unsigned_abs());
    }
    left.cmp(&right)
}

/// The `f64` nearest `digits × 10^exponent`, from an `estimate` a few units off in its last
/// place (infinite if it overflowed); infinite when the number is past the largest `f64`.
pub(super) fn nearest(digits: u64, exponent: i32, estimate: f64) -> f64 {
    let mut bits = estimate.min(f64::MAX).to_bits();
    // An estimate is off by a few units in the last place; the bound only keeps the loop finite.
    for _ in 0..64 {
        if bits == f64::INFINITY.to_bits() {
            break;
        }
        let odd = bits & 1 == 1;
        let above = against_midpoint(digits, exponent, bits);
        if above == Ordering::Greater || (above == Ordering::Equal && odd) {
            bits += 1;
            continue;
        }
        let below = if bits > 0 { against_midpoint(digits, exponent, bits - 1) } else { Ordering::Greater };
        if below == Ordering::Less || (below == Ordering::Equal && odd) {
            bits -= 1;
            continue;
        }
        break;
    }
    f64::from_bits(bits)
}
