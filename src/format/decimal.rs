//! Decimal digits of an `f64` without core's float formatting (Grisu and Dragon4, about 7 KB
//! of wasm before gzip): the shortest fixed-point form from the value's exact binary fraction
//! in `u128` arithmetic, and a 15-significant-digit scientific form for magnitudes outside it.

/// The value's mantissa `m` and binary exponent `k` with `|value| = m / 2^k`, and whether it
/// sits just above a power of two (its gap to the number below is half the gap above).
fn binary_fraction(value: f64) -> Option<(u128, u32, bool)> {
    let bits = value.abs().to_bits();
    let exponent = (bits >> 52) as i32;
    let fraction = bits & ((1 << 52) - 1);
    if exponent == 0 || exponent == 0x7ff {
        return None; // zero, subnormal, infinite or NaN: not for this path
    }
    let k = 1075 - exponent; // |value| = (2^52 + fraction) × 2^-k
    if !(0..=74).contains(&k) {
        return None;
    }
    Some((u128::from(fraction | 1 << 52), k as u32, fraction == 0 && exponent > 1))
}

/// The fewest decimal places `p` (at most 22) and the integer `s` such that `s / 10^p` reads
/// back as `value`, which is what Rust's `Display` prints: the shortest round trip, the
/// nearest one when several have that length (the larger on a tie, as `Display` picks).
/// `None` outside 2^-74 ≤ |value| < 2^53.
pub fn shortest_fixed(value: f64) -> Option<(u64, u32)> {
    let (m, k, at_power_of_two) = binary_fraction(value)?;
    let even = m % 2 == 0;
    for places in 0..=22u32 {
        let scale = 10u128.pow(places);
        // `value × 10^p` as the exact fraction `target / 2^k`, then the two integers around it.
        let target = m * scale;
        let below = target >> k;
        let mut best: Option<(u128, u128)> = None;
        for s in [below, below + 1] {
            let at = s << k;
            let (distance, under) = if at <= target { (target - at, true) } else { (at - target, false) };
            // Round trip: `s / 10^p` is within half the gap to the neighbouring doubles (a
            // quarter below a power of two), ties going to the even mantissa.
            let twice = if under && at_power_of_two { 4 * distance } else { 2 * distance };
            let reads_back = twice < scale || (twice == scale && even);
            if reads_back && best.is_none_or(|(_, d)| distance <= d) {
                best = Some((s, distance));
            }
        }
        if let Some((s, _)) = best {
            // At most 17 significant digits, so below 10^17.
            return u64::try_from(s).ok().map(|s| (s, places));
        }
    }
    None
}

/// `s / 10^places` written out, without trailing zeros: "4.35", "3500", "0.000012".
pub fn write_fixed(s: u64, places: u32) -> String {
    // Digits from the last one up, the point after `places` of them, at least one before it.
    let mut reversed = Vec::with_capacity(24);
    let mut rest = s;
    let mut written = 0;
    while rest > 0 || written <= places {
        if written == places && places > 0 {
            reversed.push(b'.');
        }
        reversed.push(b'0' + (rest % 10) as u8);
        rest /= 10;
        written += 1;
    }
    let mut text: String = reversed.into_iter().rev().map(char::from).collect();
    if places > 0 {
        text.truncate(text.trim_end_matches('0').trim_end_matches('.').len());
    }
    text
}

/// A magnitude far from the chart's (`1e300`, `1.5e-7`) in scientific notation, to 15
/// significant digits: enough to tell any two such values in a message apart, where exact
/// round trips do not matter. `value` is finite and not zero.
pub fn scientific(value: f64) -> String {
    // Into [1, 10) by steps of 10^15, then of 10: a few roundings, far below the 15th digit.
    let mut scaled = value.abs();
    let mut exponent = 0i32;
    while scaled >= 1e15 {
        scaled /= 1e15;
        exponent += 15;
    }
    while scaled < 1e-15 {
        scaled *= 1e15;
        exponent -= 15;
    }
    while scaled >= 10.0 {
        scaled /= 10.0;
        exponent += 1;
    }
    while scaled < 1.0 {
        scaled *= 10.0;
        exponent -= 1;
    }
    let mut s = (scaled * 1e14).round() as u64;
    if s >= 1_000_000_000_000_000 {
        s /= 10;
        exponent += 1;
    }
    let mantissa = write_fixed(s, 14);
    let sign = if value < 0.0 { "-" } else { "" };
    format!("{sign}{mantissa}e{exponent}")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Fixed-point output as Rust's own `Display` writes it (Grisu, falling back to Dragon4).
    fn fixed(value: f64) -> Option<String> {
        shortest_fixed(value).map(|(s, places)| write_fixed(s, places))
    }

    #[test]
    fn shortest_fixed_matches_display() {
        for value in [
            4.35,
            4.5,
            5.46,
            0.1,
            0.2,
            0.1 + 0.2,
            1.0 / 3.0,
            2.0 / 3.0,
            2.801488218857206,
            1e-6,
            123456.789,
            0.5,
            0.25,
            1.5,
            1e14 + 0.5,
            9007199254740991.0 / 8.0,
            f64::EPSILON * 1e10,
        ] {
            assert_eq!(fixed(value).as_deref(), Some(format!("{value}").as_str()), "{value:?}");
        }
    }

    #[test]
    fn shortest_fixed_matches_display_across_magnitudes() {
        // Pseudo-random doubles between 1e-6 and 1e15, powers of two and their neighbours
        // included: every one must print exactly as `Display` does.
        let mut state = 0x2012_1017_u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let mut checked = 0;
        for _ in 0..200_000 {
            let bits = next();
            let exponent = 1023 - 20 + (bits >> 52) % 70; // 2^-20 .. 2^49
            let value = f64::from_bits(exponent << 52 | (bits & ((1 << 52) - 1)));
            let value = match bits % 5 {
                0 => f64::from_bits(exponent << 52),       // a power of two
                1 => f64::from_bits((exponent << 52) - 1), // just below one
                2 => (value * 1000.0).round() / 1000.0,    // a short decimal
                _ => value,
            };
            if !(1e-6..1e15).contains(&value) {
                continue;
            }
            assert_eq!(fixed(value), Some(format!("{value}")), "{value:?}");
            checked += 1;
        }
        assert!(checked > 150_000, "{checked}");
    }

    #[test]
    fn out_of_range_values_take_the_scientific_path() {
        assert_eq!(shortest_fixed(0.0), None);
        assert_eq!(shortest_fixed(f64::INFINITY), None);
        assert_eq!(shortest_fixed(1e300), None);
        assert_eq!(scientific(1e300), "1e300");
        assert_eq!(scientific(-1.5e-7), "-1.5e-7");
        assert_eq!(scientific(2.5e15), "2.5e15");
        assert_eq!(scientific(f64::MAX), "1.79769313486232e308");
        assert_eq!(scientific(5e-324), "4.94065645841247e-324");
        // The double just below 1e21 rounds up to 10 at 15 digits: one more in the exponent.
        assert_eq!(scientific(f64::from_bits(1e21f64.to_bits() - 1)), "1e21");
    }
}
