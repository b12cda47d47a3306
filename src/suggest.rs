//! "Did you mean `II.4`?": the nearest known name to a misspelt one.

/// The help under an unknown name: `did you mean `II.4`?` when a candidate
/// is close, else what `otherwise` says.
pub(crate) fn help<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
    otherwise: impl FnOnce() -> String,
) -> String {
    match did_you_mean(input, candidates) {
        Some(s) => crate::i18n::t!("common-did-you-mean", name = s),
        None => otherwise(),
    }
}

/// The candidate a person most likely meant by `input`, if any is close.
pub(crate) fn did_you_mean<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let wanted = canonical(input);
    if let Some(hit) = candidates.iter().find(|c| canonical(c) == wanted) {
        return Some(hit);
    }
    let limit = (input.chars().count() / 3).max(1);
    candidates
        .iter()
        .map(|c| {
            (
                strsim::damerau_levenshtein(&input.to_lowercase(), &c.to_lowercase()),
                *c,
            )
        })
        .filter(|(distance, _)| *distance <= limit)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
}

/// A spelling-insensitive form: lower case, `-`/`_`/space as `.`, arabic
/// issue numbers as roman numerals (`2.4` → `ii.4`), no leading zeros.
fn canonical(text: &str) -> String {
    let lower = text
        .trim()
        .to_lowercase()
        .replace(['-', '_', ' ', ','], ".");
    lower
        .split('.')
        .enumerate()
        .map(|(i, part)| {
            let part = part.trim_start_matches('0');
            let part = if part.is_empty() { "0" } else { part };
            match (i, part.parse::<u32>()) {
                (0, Ok(n)) if (1..=39).contains(&n) => roman(n),
                _ => part.to_string(),
            }
        })
        .collect::<Vec<_>>()
        .join(".")
}

fn roman(mut n: u32) -> String {
    let table = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")];
    let mut out = String::new();
    for (value, digits) in table {
        while n >= value {
            out.push_str(digits);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const IDS: [&str; 6] = ["I.1", "I.2", "II.4", "II.5", "IV.4", "III.1"];

    #[test]
    fn near_misses_find_the_id() {
        assert_eq!(did_you_mean("ii.4", IDS), Some("II.4"));
        assert_eq!(did_you_mean("2.4", IDS), Some("II.4"));
        assert_eq!(did_you_mean("II-4", IDS), Some("II.4"));
        assert_eq!(did_you_mean("II.04", IDS), Some("II.4"));
        assert_eq!(did_you_mean("III.l", IDS), Some("III.1"));
    }

    #[test]
    fn far_names_find_nothing() {
        assert_eq!(did_you_mean("VII.9", IDS), None);
        assert_eq!(did_you_mean("notes", IDS), None);
    }

    #[test]
    fn field_names_too() {
        let fields = ["country", "date", "telephone", "email", "comments"];
        assert_eq!(did_you_mean("comment", fields), Some("comments"));
        assert_eq!(did_you_mean("e-mail", fields), Some("email"));
        assert_eq!(did_you_mean("Country", fields), Some("country"));
    }
}
