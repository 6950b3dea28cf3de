//! Line numbers of byte offsets, counting a line end the way editors do: LF, CRLF and a lone CR
//! each end one line. (The csv crate counts only LF, and serde_json too, so a CRLF or CR-only
//! file would be reported at the wrong lines.)

use std::borrow::Cow;

/// Finds the lines of byte offsets asked in increasing order, as a reader goes through a text, so
/// that the text is scanned once in all.
pub struct LineCounter<'a> {
    text: &'a [u8],
    /// How far the text has been scanned, and the line that byte is on.
    scanned: usize,
    line: usize,
}

impl<'a> LineCounter<'a> {
    /// A counter over `text`, at its first line.
    pub fn new(text: &'a str) -> Self {
        Self {
            text: text.as_bytes(),
            scanned: 0,
            line: 1,
        }
    }

    /// The 1-based line of the byte at `offset`. An offset before the last one asked starts the
    /// count again from the top.
    pub fn line_of(&mut self, offset: usize) -> usize {
        let offset = offset.min(self.text.len());
        if offset < self.scanned {
            self.scanned = 0;
            self.line = 1;
        }
        let text = self.text;
        for i in memchr::memchr2_iter(b'\n', b'\r', &text[self.scanned..offset]) {
            let at = self.scanned + i;
            if text[at] == b'\n' || text.get(at + 1) != Some(&b'\n') {
                self.line += 1;
            }
        }
        self.scanned = offset;
        self.line
    }
}

/// The text with each lone CR made an LF, so that readers that count only LF (serde_json) give
/// the right lines for files from old Macs; CRLF is left as it is. JSON allows a CR only as
/// white space, so nothing else changes.
pub fn lone_cr_as_lf(text: &str) -> Cow<'_, str> {
    let b = text.as_bytes();
    let lone = memchr::memchr_iter(b'\r', b).any(|i| b.get(i + 1) != Some(&b'\n'));
    if !lone {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\r' && chars.peek() != Some(&'\n') {
            out.push('\n');
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lf_crlf_and_cr_each_end_a_line() {
        for text in ["a\nb\nc", "a\r\nb\r\nc", "a\rb\rc"] {
            let mut lines = LineCounter::new(text);
            let c = text.find('c').unwrap();
            let b = text.find('b').unwrap();
            assert_eq!(
                (lines.line_of(0), lines.line_of(b), lines.line_of(c)),
                (1, 2, 3),
                "{text:?}"
            );
            assert_eq!(lines.line_of(b), 2, "asking again from the top");
        }
    }

    #[test]
    fn only_lone_carriage_returns_are_changed() {
        assert!(matches!(lone_cr_as_lf("a\r\nb"), Cow::Borrowed(_)));
        assert_eq!(lone_cr_as_lf("a\rb\r\nc\r"), "a\nb\r\nc\n");
    }
}
