//! Number formatting as the article writes figures: "4.35", "4.5", "3,500".

mod decimal;

/// The shortest decimal form that reads back as the same number, as Rust's `Display` writes
/// it: 4.5, 4.35, 3500. Magnitudes from 10^15 up or below 10^-6 (only a bad dataset has them)
/// come in scientific notation to 15 significant digits: 1e300, 2.5e-9.
pub fn number(value: f64) -> String {
    let sign = if value < 0.0 { "-" } else { "" };
    if value == value.trunc() && value.abs() < 1e15 {
        // The integer's digits by the same writer as the decimals': one digit loop in the
        // wasm rather than that and core's 64-bit integer formatting.
        format!("{sign}{}", decimal::write_fixed(value.abs() as u64, 0))
    } else if value.is_nan() {
        "NaN".into()
    } else if value.is_infinite() {
        (if value > 0.0 { "inf" } else { "-inf" }).into()
    } else if let Some((s, places)) =
        (1e-6..1e15).contains(&value.abs()).then(|| decimal::shortest_fixed(value)).flatten()
    {
        format!("{sign}{}", decimal::write_fixed(s, places))
    } else {
        // Scientific notation keeps absurd values (1e300, 1e-9 in a bad dataset) short.
        decimal::scientific(value)
    }
}

/// A value as a chart label: at most two decimals (the article's own precision), so a
/// dataset with 2.801488218857206 still gets a label that fits; tooltips keep the exact value.
pub fn label(value: f64) -> String {
    if value.is_finite() && value.abs() < 1e15 {
        number((value * 100.0).round() / 100.0)
    } else {
        number(value)
    }
}

/// Like [`number`], with thousands separated by commas: 3,500 and 4,000.
pub fn grouped(value: f64) -> String {
    let plain = number(value);
    let (sign, rest) = plain.strip_prefix('-').map_or(("", plain.as_str()), |r| ("-", r));
    let point = rest.bytes().position(|b| b == b'.');
    let (int, frac) = point.map_or((rest, None), |p| (rest.get(..p).unwrap_or(rest), rest.get(p + 1..)));
    if int.len() <= 3 || !int.bytes().all(|b| b.is_ascii_digit()) {
        return plain;
    }
    let mut out = String::with_capacity(plain.len() + int.len() / 3);
    out.push_str(sign);
    for (i, ch) in int.chars().enumerate() {
        if i > 0 && (int.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if let Some(frac) = frac {
        out.push('.');
        out.push_str(frac);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_read_as_the_article_writes_them() {
        assert_eq!(number(4.35), "4.35");
        assert_eq!(number(4.5), "4.5");
        assert_eq!(number(7.0), "7");
        assert_eq!(number(1e300), "1e300");
        assert_eq!(number(-2.5e-9), "-2.5e-9");
        assert_eq!(number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(number(f64::NAN), "NaN");
        assert_eq!(label(2.801488218857206), "2.8");
        assert_eq!(label(4.35), "4.35");
        assert_eq!(grouped(3500.0), "3,500");
        assert_eq!(grouped(1234567.25), "1,234,567.25");
        assert_eq!(grouped(-4000.0), "-4,000");
        assert_eq!(grouped(65.0), "65");
    }
}
