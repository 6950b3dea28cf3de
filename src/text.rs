//! Text from files made safe to show: control characters escaped before they reach a terminal,
//! and texts too long to lay out shortened for display (the data itself is kept whole).

use std::borrow::Cow;

/// `text` with its control characters (except the line feed) written as `\u{1b}`-style escapes,
/// so that a file cannot clear the terminal, move the cursor or print in colour through `check`.
pub fn printable(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c.is_control() && c != '\n') {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .map(|c| {
                if c.is_control() && c != '\n' {
                    c.escape_unicode().to_string()
                } else {
                    c.to_string()
                }
            })
            .collect(),
    )
}

/// At most `max_chars` characters of `text`, ending in "…" when it was cut.
pub fn shortened(text: &str, max_chars: usize) -> Cow<'_, str> {
    match text.char_indices().nth(max_chars) {
        None => Cow::Borrowed(text),
        Some((cut, _)) => {
            let keep = text[..cut]
                .char_indices()
                .nth(max_chars.saturating_sub(1))
                .map_or(cut, |(i, _)| i);
            Cow::Owned(format!("{}…", &text[..keep]))
        }
    }
}

/// The first sentence of `text`: up to the first full stop followed by a space (or all of it).
pub fn first_sentence(text: &str) -> &str {
    match text.find(". ") {
        Some(i) => &text[..=i],
        None => text.trim_end(),
    }
}

/// A count in at most four characters, for a marker too small for more: `999`, `8.5k`, `85k`,
/// `1.2M` (rounded down, so that a marker never claims more than it holds).
pub fn compact_count(n: usize) -> String {
    let scaled = |unit: usize, suffix: &str| {
        let tenths = n / (unit / 10);
        if tenths < 100 {
            format!("{}.{}{suffix}", tenths / 10, tenths % 10)
        } else {
            format!("{}{suffix}", n / unit)
        }
    };
    match n {
        0..1_000 => n.to_string(),
        1_000..1_000_000 => scaled(1_000, "k"),
        _ => scaled(1_000_000, "M"),
    }
}

/// A position for people, to `decimals` places: "43.34116° N, 52.86192° E" (5 places, about a
/// metre; 3, about a hundred).
pub fn format_lat_lon(lat: f64, lon: f64, decimals: usize) -> String {
    let ns = if lat >= 0.0 { 'N' } else { 'S' };
    let ew = if lon >= 0.0 { 'E' } else { 'W' };
    format!(
        "{:.decimals$}° {ns}, {:.decimals$}° {ew}",
        lat.abs(),
        lon.abs()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_reach_no_terminal() {
        assert_eq!(printable("ok"), "ok");
        assert_eq!(printable("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(printable("line\nnext\r"), "line\nnext\\u{d}");
    }

    #[test]
    fn long_texts_end_in_an_ellipsis() {
        assert_eq!(shortened("Zhanaozen", 20), "Zhanaozen");
        assert_eq!(shortened("Жанаозен", 5), "Жана…");
        assert_eq!(shortened("abcdef", 6), "abcdef");
    }

    #[test]
    fn the_first_sentence_ends_at_its_full_stop() {
        assert_eq!(first_sentence("One thing. Then another."), "One thing.");
        assert_eq!(first_sentence("No stop here "), "No stop here");
        assert_eq!(first_sentence("Mr.Smith went. Home."), "Mr.Smith went.");
    }

    #[test]
    fn counts_fit_a_small_marker() {
        let cases = [
            (7, "7"),
            (999, "999"),
            (1_000, "1.0k"),
            (8_503, "8.5k"),
            (8_599, "8.5k"),
            (84_640, "84k"),
            (999_999, "999k"),
            (1_250_000, "1.2M"),
            (25_000_000, "25M"),
        ];
        for (n, text) in cases {
            assert_eq!(super::compact_count(n), text, "{n}");
        }
    }
}
