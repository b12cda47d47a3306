//! A CSV cell that a spreadsheet would run as a formula is defused on
//! writing, and restored exactly on reading.

use std::borrow::Cow;

/// Characters that make a spreadsheet read a cell as a formula (or that a
/// spreadsheet strips), and the quote used to defuse them.
const FORMULA_STARTS: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Makes a CSV cell safe to open in a spreadsheet: a cell that starts like a
/// formula gets a leading `'`, which spreadsheets show as text (OWASP "CSV
/// injection"). A cell that already starts with `'` gets one too, so that
/// [`from_spreadsheet_cell`] can undo it without ambiguity.
pub(crate) fn spreadsheet_cell(text: &str) -> Cow<'_, str> {
    match text.chars().next() {
        Some(c) if FORMULA_STARTS.contains(&c) || c == '\'' => Cow::Owned(format!("'{text}")),
        _ => Cow::Borrowed(text),
    }
}

/// Undoes [`spreadsheet_cell`]: the exact text that was written.
pub(crate) fn from_spreadsheet_cell(cell: &str) -> Cow<'_, str> {
    match cell.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_STARTS) || rest.starts_with('\'') => {
            Cow::Borrowed(rest)
        }
        _ => Cow::Borrowed(cell),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formula_cells_are_defused_and_read_back() {
        for text in [
            "=HYPERLINK(\"x\")",
            "+1",
            "-2",
            "@SUM(A1)",
            "\tx",
            "\rx",
            "'quoted",
            "''",
            "plain",
            "",
            "a=b",
        ] {
            let cell = spreadsheet_cell(text);
            assert!(!cell.starts_with(FORMULA_STARTS), "{cell}");
            assert_eq!(from_spreadsheet_cell(&cell), text);
        }
        assert_eq!(spreadsheet_cell("=1+1"), "'=1+1");
        assert_eq!(spreadsheet_cell("plain"), "plain");
    }
}
