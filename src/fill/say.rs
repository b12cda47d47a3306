//! What `qnr fill` says about the reply file, in one place: the words
//! shared by both prompters and the store, so that each sentence is written
//! once (and moves into the message catalogue as one piece). Arguments are
//! already made safe to show.

use unicode_width::UnicodeWidthStr;

/// A field left empty.
pub(crate) fn empty() -> String {
    "(empty)".into()
}

/// A recommendation without YES/NO.
pub(crate) fn unanswered() -> String {
    "unanswered".into()
}

/// The start of `text` on one line, at most `width` columns, `…` if cut.
pub(crate) fn excerpt(text: &str, width: usize) -> String {
    let flat =
        crate::escape::terminal::one_line(&text.split_whitespace().collect::<Vec<_>>().join(" "));
    if flat.width() <= width {
        return flat;
    }
    let mut out = String::new();
    for c in flat.chars() {
        if out.width() + unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) + 1 > width {
            break;
        }
        out.push(c);
    }
    // At a word's end when one is near.
    if let Some(space) = out.rfind(' ').filter(|&i| i >= out.len() / 2) {
        out.truncate(space);
    }
    format!("{}…", out.trim_end())
}

/// What Ctrl-C says: only what is true of the file.
pub(crate) fn interrupted(file: &str, on_disk: bool) -> String {
    if on_disk {
        format!(
            "interrupted: every confirmed answer is saved in `{file}`; `qnr fill {file}` resumes"
        )
    } else {
        format!("interrupted: nothing was answered, so `{file}` was not created")
    }
}

/// A required field left empty, said at once.
pub(crate) fn required_left_empty(label: &str) -> String {
    format!(
        "{} is required and stays empty for now; the summary lists it",
        crate::escape::terminal::one_line(label)
    )
}

/// A required comment left empty: said at once, with the offer.
pub(crate) fn required_comment(label: &str, choice: &str) -> String {
    format!(
        "{} is required after {choice}, and it is empty.",
        crate::escape::terminal::one_line(label)
    )
}

/// Under the bar while the reply file does not exist yet.
pub(crate) fn not_created_yet(file: &str) -> String {
    format!("{file} is created at the first answer")
}

/// A paste (or keys that came all at once) at a single-key question.
pub(crate) fn paste_ignored() -> String {
    "Pasted text is not taken as keys here: answer with one key, then paste at the comment.".into()
}

/// Under the go-to prompt.
pub(crate) fn goto_hint(item: &str, field: &str) -> String {
    format!("a recommendation such as {item}, or a field such as {field}; empty stays here")
}

pub(crate) fn goto_prompt() -> String {
    "Go to".into()
}

/// After the YES/NO keys: the digits work too.
pub(crate) fn digits_too() -> String {
    "(or 1/2)".into()
}

/// Under a field that offers a value.
pub(crate) fn default_hint(origin: &str, value: &str) -> String {
    format!("{origin}: {value} · Enter takes it, typing replaces it, → edits it")
}

/// `1 word`, `12 words`.
pub(crate) fn words(n: usize) -> String {
    crate::text::plural(n, "word")
}

/// The keys after a required comment was left empty.
pub(crate) fn required_comment_keys() -> String {
    "Enter writes it now · n leaves it empty for now (the summary lists it)".into()
}

/// `2019-06-05` as `5 June 2019`.
pub(crate) fn long_date(iso: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [year, month @ 1..=12, day] => {
            format!("{day} {} {year}", MONTHS[*month as usize - 1])
        }
        _ => iso.to_string(),
    }
}

/// After the two readings of a date: how to type it again instead.
pub(crate) fn type_again() -> String {
    "Esc: type it again".into()
}

/// A date read two ways, asked back.
pub(crate) fn which_date(typed: &str, first: &str, second: &str) -> String {
    format!(
        "`{}` can be read two ways: {} or {}?",
        crate::escape::terminal::one_line(typed),
        long_date(first),
        long_date(second)
    )
}

/// The editor could not be started at all.
pub(crate) fn editor_not_started(editor: &str, why: &str) -> String {
    format!(
        "could not start the editor `{editor}`: {why}; set $VISUAL or $EDITOR to an editor (for example `export EDITOR=nano`); the comment was not changed"
    )
}

/// The shell found no such editor.
pub(crate) fn editor_not_found(editor: &str) -> String {
    format!(
        "the editor `{editor}` was not found (it comes from $VISUAL or $EDITOR); set one of them to an editor, for example `export EDITOR=nano`; the comment was not changed"
    )
}

/// The editor ended with an error.
pub(crate) fn editor_failed(editor: &str, code: &str) -> String {
    format!("the editor `{editor}` stopped with exit code {code}; the comment was not changed")
}

/// `qnr fill FORM -o NEW` with a NEW that exists.
pub(crate) fn output_exists(file: &str) -> String {
    format!("`{file}` already exists; name a new file to fill into")
}

/// A name qnr cannot tell the format of.
pub(crate) fn unknown_extension(file: &str, extensions: &str) -> String {
    format!("`qnr fill` cannot tell the format of `{file}` from its name; name it {extensions}")
}

/// A form whose layout qnr would not write back: filled into a new file.
pub(crate) fn own_layout(form: &str, new: &str) -> String {
    format!(
        "`{form}` has a layout of its own, which qnr would not write back as it is: it is left untouched, and the answers are saved in the new file `{new}`"
    )
}

/// The reply was removed outside qnr during the session.
pub(crate) fn removed_outside(file: &str) -> String {
    format!(
        "`{file}` was removed outside qnr; it is written again with the answers of this session"
    )
}

/// Parts of the reply changed outside qnr and taken into the session.
pub(crate) fn taken_from_outside(file: &str, parts: &[String]) -> String {
    format!(
        "`{file}` was changed outside qnr; kept from there: {}",
        parts.join("; ")
    )
}

/// The reply changed outside qnr into something qnr cannot read losslessly.
pub(crate) fn unreadable_outside(file: &str) -> String {
    format!(
        "`{file}` was changed outside qnr and can no longer be read without losing part of it, so qnr leaves it as it is"
    )
}

/// A form that cannot hold an answer as typed.
pub(crate) fn form_cannot_hold(file: &str, format: &str, part: &str) -> String {
    format!("`{file}` cannot hold {part} as a {format} form lays it out")
}

/// From now on the answers go to a side file.
pub(crate) fn side_file(why: &str, side: &str) -> String {
    format!("{why}; the answers of this session are saved in `{side}` from now on")
}

/// The question when the same part changed here and outside.
pub(crate) fn conflict_question(file: &str, what: &str) -> String {
    format!("`{file}` was changed outside qnr, and {what} was changed both there and here.")
}

/// The two versions of a conflicting part.
pub(crate) fn conflict_here(version: &str) -> String {
    format!("here: {version}")
}

pub(crate) fn conflict_there(version: &str) -> String {
    format!("in the file: {version}")
}

/// The keys that settle a conflict.
pub(crate) fn conflict_keys() -> String {
    "Keep which? 1 this session's, 2 the file's".into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excerpts_cut_at_a_width_and_flatten_lines() {
        assert_eq!(excerpt("short", 10), "short");
        assert_eq!(excerpt("one\n\ntwo", 10), "one two");
        assert_eq!(excerpt("a long sentence here", 10), "a long…");
        assert_eq!(excerpt("東京都千代田区", 7), "東京都…");
    }
}
