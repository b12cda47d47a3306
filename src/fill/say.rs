//! What `qnr fill` says, in one place: the sentences shared by both
//! prompters, the walk and the store, each looked up in the message
//! catalogue (`i18n/<lang>/fill.ftl`) in the run's language. Arguments are
//! already made safe to show.

use unicode_width::UnicodeWidthStr;

use crate::i18n::t;

/// A field left empty.
pub(crate) fn empty() -> String {
    t!("fill-empty")
}

/// A recommendation without YES/NO.
pub(crate) fn unanswered() -> String {
    t!("fill-unanswered")
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
        t!("fill-interrupted-saved", file = file)
    } else {
        t!("fill-interrupted-nothing", file = file)
    }
}

/// A required field left empty, said at once.
pub(crate) fn required_left_empty(label: &str) -> String {
    t!(
        "fill-required-left-empty",
        label = crate::escape::terminal::one_line(label)
    )
}

/// A required comment left empty: said at once, with the offer.
pub(crate) fn required_comment(label: &str, choice: &str) -> String {
    t!(
        "fill-required-comment",
        label = crate::escape::terminal::one_line(label),
        choice = choice
    )
}

/// `later` is the NO key, which leaves the comment empty for now.
pub(crate) fn required_comment_keys(later: &str) -> String {
    t!("fill-required-comment-keys", later = later)
}

/// Under the bar while the reply file does not exist yet.
pub(crate) fn not_created_yet(file: &str) -> String {
    t!("fill-not-created-yet", file = file)
}

pub(crate) fn saved_in(file: &str) -> String {
    t!("fill-saved-in", file = file)
}

/// A paste (or keys that came all at once) at a single-key question.
pub(crate) fn paste_ignored() -> String {
    t!("fill-paste-ignored")
}

/// Under the go-to prompt.
pub(crate) fn goto_hint(item: &str, field: &str) -> String {
    t!("fill-goto-hint", item = item, field = field)
}

pub(crate) fn goto_prompt() -> String {
    t!("fill-goto-prompt")
}

/// After the YES/NO keys: the digits work too.
pub(crate) fn digits_too() -> String {
    t!("fill-digits-too")
}

/// Under a field that offers a value.
pub(crate) fn default_hint(origin: &str, value: &str) -> String {
    t!("fill-default-hint", origin = origin, value = value)
}

/// `1 word`, `12 words`.
pub(crate) fn words(n: usize) -> String {
    t!("fill-words", count = n)
}

/// `2019-06-05` as `5 June 2019`.
pub(crate) fn long_date(iso: &str) -> String {
    let parts: Vec<u32> = iso.split('-').filter_map(|p| p.parse().ok()).collect();
    match parts.as_slice() {
        [year, month @ 1..=12, day] => t!(
            "fill-long-date",
            day = *day,
            month = *month,
            year = year.to_string()
        ),
        _ => iso.to_string(),
    }
}

/// After the two readings of a date: how to type it again instead.
pub(crate) fn type_again() -> String {
    t!("fill-type-again")
}

/// A date read two ways, asked back.
pub(crate) fn which_date(typed: &str, first: &str, second: &str) -> String {
    t!(
        "fill-which-date",
        typed = crate::escape::terminal::one_line(typed),
        first = long_date(first),
        second = long_date(second)
    )
}

/// The editor could not be started at all.
pub(crate) fn editor_not_started(editor: &str, why: &str) -> String {
    t!("fill-editor-not-started", editor = editor, reason = why)
}

/// The editor saved bytes that are not text.
pub(crate) fn editor_not_text(reason: &str) -> String {
    t!("fill-editor-not-text", reason = reason)
}

/// The shell found no such editor.
pub(crate) fn editor_not_found(editor: &str) -> String {
    t!("fill-editor-not-found", editor = editor)
}

/// The editor ended with an error.
pub(crate) fn editor_failed(editor: &str, code: &str) -> String {
    t!("fill-editor-failed", editor = editor, code = code)
}

/// `qnr fill FORM -o NEW` with a NEW that exists.
pub(crate) fn output_exists(file: &str) -> String {
    t!("fill-output-exists", file = file)
}

/// A name qnr cannot tell the format of.
pub(crate) fn unknown_extension(file: &str, extensions: &str) -> String {
    t!(
        "fill-unknown-extension",
        file = file,
        extensions = extensions
    )
}

/// A form whose layout qnr would not write back: filled into a new file.
pub(crate) fn own_layout(form: &str, new: &str) -> String {
    t!("fill-own-layout", form = form, new = new)
}

/// The reply was removed outside qnr during the session.
pub(crate) fn removed_outside(file: &str) -> String {
    t!("fill-removed-outside", file = file)
}

/// A value quoted in a sentence, with the language's quotation marks.
pub(crate) fn quoted(text: &str) -> String {
    crate::i18n::current().quote(text)
}

/// Parts of the reply changed outside qnr and taken into the session.
pub(crate) fn taken_from_outside(file: &str, parts: &[String]) -> String {
    t!(
        "fill-taken-from-outside",
        file = file,
        parts = parts.join("; ")
    )
}

/// The reply changed outside qnr into something qnr cannot read losslessly.
pub(crate) fn unreadable_outside(file: &str) -> String {
    t!("fill-unreadable-outside", file = file)
}

/// A form that cannot hold an answer as typed.
pub(crate) fn form_cannot_hold(file: &str, format: &str, part: &str) -> String {
    t!(
        "fill-form-cannot-hold",
        file = file,
        format = format,
        part = part
    )
}

/// From now on the answers go to a side file.
pub(crate) fn side_file(why: &str, side: &str) -> String {
    t!("fill-side-file", why = why, side = side)
}

/// The question when the same part changed here and outside.
pub(crate) fn conflict_question(file: &str, what: &str) -> String {
    t!("fill-conflict", file = file, what = what)
}

/// The two versions of a conflicting part.
pub(crate) fn conflict_here(version: &str) -> String {
    t!("fill-conflict-here", version = version)
}

pub(crate) fn conflict_there(version: &str) -> String {
    t!("fill-conflict-there", version = version)
}

/// The keys that settle a conflict.
pub(crate) fn conflict_keys() -> String {
    t!("fill-conflict-keys")
}

/// `required`, `expected, at most 200 words`: what the comment after an
/// answer must be.
pub(crate) fn comment_rule(schema: &crate::schema::Schema, choice: crate::reply::Choice) -> String {
    use crate::schema::CommentRule;
    let rule = match schema.comments.rule_for(choice) {
        CommentRule::Required => t!("fill-rule-required"),
        CommentRule::Expected => t!("fill-rule-expected"),
        CommentRule::Optional => t!("fill-rule-optional"),
    };
    match schema.comments.max_words {
        Some(max) => t!("fill-rule-limit", rule = rule, max = max),
        None => rule,
    }
}

/// A field's need and kind, in parentheses: `(required, a date: YYYY-MM-DD)`.
pub(crate) fn field_need(field: &crate::schema::Field) -> String {
    use crate::schema::FieldKind;
    let mut parts = vec![if field.required {
        t!("fill-required")
    } else {
        t!("fill-optional")
    }];
    match field.kind {
        FieldKind::Date => parts.push(t!("fill-kind-date")),
        FieldKind::Email => parts.push(t!("fill-kind-email")),
        FieldKind::Text | FieldKind::YesNo => {}
    }
    parts.join(", ")
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
