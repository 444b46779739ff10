//! Resource quantities (`100m`, `64Mi`, `1.5G`) as the API writes them:
//! parsed exactly, added, and written back in the canonical form Go's
//! `resource.Quantity` prints, which `describe node` needs for its totals.

/// Units in a whole: quantities are held in billionths, the API's finest unit.
const NANO: i128 = 1_000_000_000;

/// The largest magnitude read, in billionths: 2^64 wholes, past the 2^63 - 1
/// the API documents as the largest quantity. Bounding it keeps every sum of
/// fewer than 2^33 quantities exact in an `i128`, so that totals never wrap.
const MAX_NANOS: i128 = (1 << 64) * NANO;

/// How a quantity is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    /// `Ki`, `Mi`, … suffixes.
    Binary,
    /// `m`, `k`, `M`, … suffixes (and exponents, written as these).
    Decimal,
}

/// A quantity: its value in billionths and how it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Quantity {
    nanos: i128,
    format: Format,
}

impl Default for Quantity {
    fn default() -> Quantity {
        Quantity {
            nanos: 0,
            format: Format::Decimal,
        }
    }
}

impl Quantity {
    /// Parses `text`; `None` when the API would not have accepted it.
    pub fn parse(text: &str) -> Option<Quantity> {
        let text = text.trim();
        let split = text
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == '+' || c == '-'))
            .unwrap_or(text.len());
        let (number, suffix) = text.split_at(split);
        let (multiplier, divisor, format) = suffix_scale(suffix)?;
        let (whole, fraction) = number.split_once('.').unwrap_or((number, ""));
        let negative = whole.starts_with('-');
        let whole = whole.trim_start_matches(['+', '-']);
        if whole.is_empty() && fraction.is_empty() {
            return None;
        }
        let digits = |s: &str| -> Option<i128> {
            if s.is_empty() {
                Some(0)
            } else {
                s.parse::<i128>().ok()
            }
        };
        let fraction = &fraction[..fraction.len().min(9)];
        let fraction_nanos =
            digits(fraction)?.checked_mul(10i128.pow(9 - fraction.len() as u32))?;
        let nanos = digits(whole)?
            .checked_mul(NANO)?
            .checked_add(fraction_nanos)?
            .checked_mul(multiplier)?
            .checked_div(divisor)?;
        if nanos > MAX_NANOS {
            return None;
        }
        Some(Quantity {
            nanos: if negative {
                nanos.checked_neg()?
            } else {
                nanos
            },
            format,
        })
    }

    /// Go's `MilliValue`: thousandths, rounded up.
    pub fn milli(self) -> i128 {
        div_ceil(self.nanos, NANO / 1000)
    }

    /// Go's `Value`: whole units, rounded up.
    pub fn value(self) -> i128 {
        div_ceil(self.nanos, NANO)
    }

    /// Whether this is zero, whatever its unit.
    pub fn is_zero(self) -> bool {
        self.nanos == 0
    }

    /// Whether this is larger than `other`, as Go's `Cmp` compares values.
    pub fn exceeds(self, other: Quantity) -> bool {
        self.nanos > other.nanos
    }

    /// `part` as a whole percentage of `self`, truncated as Go's int64 conversion does.
    pub fn percent_of(part: i128, whole: i128) -> i64 {
        if whole == 0 {
            return 0;
        }
        (part as f64 / whole as f64 * 100.0) as i64
    }
}

impl std::ops::Add for Quantity {
    type Output = Quantity;

    /// The sum, written as the first non-zero addend is, as Go's `Add` keeps it.
    /// Exact for any sum of fewer than 2^33 parsed quantities (see
    /// `MAX_NANOS`); past that it stops at the largest `i128` rather than wrap.
    fn add(self, other: Quantity) -> Quantity {
        Quantity {
            nanos: self.nanos.saturating_add(other.nanos),
            format: if self.nanos == 0 {
                other.format
            } else {
                self.format
            },
        }
    }
}

/// `a / b` rounded up; `b` is a positive constant, so nothing can overflow.
fn div_ceil(a: i128, b: i128) -> i128 {
    let q = a / b;
    if a % b > 0 { q + 1 } else { q }
}

/// What a suffix multiplies by (as multiplier / divisor) and the format it implies.
fn suffix_scale(suffix: &str) -> Option<(i128, i128, Format)> {
    let binary = |power: u32| Some((1i128 << (10 * power), 1, Format::Binary));
    let decimal = |exponent: i32| {
        if exponent >= 0 {
            Some((10i128.pow(exponent as u32), 1, Format::Decimal))
        } else {
            Some((1, 10i128.pow((-exponent) as u32), Format::Decimal))
        }
    };
    match suffix {
        "Ki" => binary(1),
        "Mi" => binary(2),
        "Gi" => binary(3),
        "Ti" => binary(4),
        "Pi" => binary(5),
        "Ei" => binary(6),
        "n" => decimal(-9),
        "u" => decimal(-6),
        "m" => decimal(-3),
        "" => decimal(0),
        "k" => decimal(3),
        "M" => decimal(6),
        "G" => decimal(9),
        "T" => decimal(12),
        "P" => decimal(15),
        "E" => decimal(18),
        exponent => {
            let exponent: i32 = exponent.strip_prefix(['e', 'E'])?.parse().ok()?;
            (-9..=18).contains(&exponent).then_some(())?;
            decimal(exponent)
        }
    }
}

impl std::fmt::Display for Quantity {
    /// Go's canonical form: the largest suffix that keeps the number whole.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.nanos == 0 {
            return f.write_str("0");
        }
        let whole = self.nanos % NANO == 0;
        // Small and fractional binary quantities are written in decimal, as Go does.
        if self.format == Format::Binary
            && whole
            && self.nanos.unsigned_abs() >= (1024 * NANO).unsigned_abs()
        {
            let mut value = self.nanos / NANO;
            let mut power = 0;
            while power < 6 && value % 1024 == 0 {
                value /= 1024;
                power += 1;
            }
            let suffix = ["", "Ki", "Mi", "Gi", "Ti", "Pi", "Ei"][power];
            return write!(f, "{value}{suffix}");
        }
        let suffixes = [
            ("n", 0),
            ("u", 3),
            ("m", 6),
            ("", 9),
            ("k", 12),
            ("M", 15),
            ("G", 18),
            ("T", 21),
            ("P", 24),
            ("E", 27),
        ];
        let (suffix, value) = suffixes
            .iter()
            .rev()
            .find(|(_, digits)| self.nanos % 10i128.pow(*digits) == 0)
            .map(|(suffix, digits)| (*suffix, self.nanos / 10i128.pow(*digits)))
            .unwrap_or(("n", self.nanos));
        write!(f, "{value}{suffix}")
    }
}

#[cfg(test)]
mod tests {
    use super::Quantity;

    fn q(text: &str) -> Quantity {
        Quantity::parse(text).unwrap()
    }

    #[test]
    fn canonical_forms_match_gos() {
        assert_eq!(q("100m").to_string(), "100m");
        assert_eq!(q("1000m").to_string(), "1");
        assert_eq!(q("0.5").to_string(), "500m");
        assert_eq!(q("64Mi").to_string(), "64Mi");
        assert_eq!(q("1024Ki").to_string(), "1Mi");
        assert_eq!(q("1536Mi").to_string(), "1536Mi");
        assert_eq!(q("1e3").to_string(), "1k");
        assert_eq!(q("0").to_string(), "0");
        assert_eq!(q("512").to_string(), "512");
    }

    #[test]
    fn sums_keep_the_first_addends_format() {
        assert_eq!((q("100m") + q("250m")).to_string(), "350m");
        assert_eq!((q("64Mi") + q("64Mi")).to_string(), "128Mi");
        assert_eq!((Quantity::default() + q("1Gi")).to_string(), "1Gi");
    }

    #[test]
    fn values_round_up() {
        assert_eq!(q("1500u").milli(), 2);
        assert_eq!(q("1.5").value(), 2);
        assert_eq!(Quantity::percent_of(100, 4000), 2);
    }

    #[test]
    fn absurd_sums_do_not_overflow() {
        let huge = q("16Ei");
        assert_eq!((huge + huge + huge).to_string(), "48Ei");
        assert!(Quantity::parse("1e999").is_none());
    }

    #[test]
    fn quantities_past_2_to_the_64_are_refused_not_wrapped() {
        // The whole part fits in billionths, and the fraction tips it over.
        assert!(Quantity::parse("170141183460469231731687303715.999999999").is_none());
        assert!(Quantity::parse("-170141183460469231731687303715.999999999").is_none());
        assert!(Quantity::parse("18446744073709551617").is_none());
        assert!(Quantity::parse("999999999999999999999999999").is_none());
        assert_eq!(
            q("18446744073709551616").to_string(),
            "18446744073709551616"
        );
        assert_eq!(q("-16Ei").to_string(), "-16Ei");
        assert_eq!(q("9223372036854775807").value(), 9_223_372_036_854_775_807);
        // And so a total of the largest stays exact.
        let largest = q("18446744073709551616");
        let total = (0..1000).fold(Quantity::default(), |total, _| total + largest);
        assert_eq!(total.value(), 18_446_744_073_709_551_616_000);
        assert_eq!(total.to_string(), "18446744073709551616k");
    }

    #[test]
    fn nonsense_is_refused() {
        assert!(Quantity::parse("ten").is_none());
        assert!(Quantity::parse("5Zi").is_none());
    }
}
