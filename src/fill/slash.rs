//! The commands a person can type at a text prompt (a respondent field, a
//! line of a comment, any prompt in plain mode): `/back`, `/skip`,
//! `/goto II.4`, `/quit`, `/editor`, `/clear`, `/help`. A line starting with
//! `//` is text that starts with `/`. Shared by both prompters, so they
//! understand the same words.

use crate::i18n::t;
use crate::reply::Choice;

use super::keymap::Keymap;
use super::prompt::Nav;

/// What a typed line asks for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Typed {
    /// Text to use as it is.
    Text(String),
    Nav(Nav),
    /// `/goto` without an id: ask which.
    GotoWhere,
    /// Write the comment in `$VISUAL`/`$EDITOR`.
    Editor,
    /// Empty the field or comment.
    Clear,
    Help,
    /// `/something` qnr does not know.
    Unknown(String),
}

/// Reads a typed line: a command when it starts with one `/`.
pub(crate) fn parse(line: &str) -> Typed {
    let trimmed = line.trim();
    if let Some(rest) = trimmed.strip_prefix("//") {
        return Typed::Text(format!("/{rest}"));
    }
    let Some(command) = trimmed.strip_prefix('/') else {
        return Typed::Text(line.to_string());
    };
    let mut words = command.split_whitespace();
    let name = words.next().unwrap_or("").to_ascii_lowercase();
    let argument = words.next();
    match (name.as_str(), argument) {
        ("b" | "back", _) => Typed::Nav(Nav::Back),
        ("s" | "skip" | "next", _) => Typed::Nav(Nav::Skip),
        ("q" | "quit" | "exit", _) => Typed::Nav(Nav::Quit),
        ("g" | "go" | "goto", Some(id)) => Typed::Nav(Nav::Goto(id.to_string())),
        ("g" | "go" | "goto", None) => Typed::GotoWhere,
        ("e" | "edit" | "editor", _) => Typed::Editor,
        ("c" | "clear" | "delete", _) => Typed::Clear,
        ("h" | "help" | "?", _) => Typed::Help,
        _ => Typed::Unknown(format!("/{}", crate::escape::terminal::one_line(command))),
    }
}

/// The help shown by `/help` and `?`, one line each; with the full-screen
/// prompter's `keys`, what its single keys do too. `item` and `field` are
/// ids of this questionnaire to give as examples.
pub(crate) fn help(item: &str, field: &str, keys: Option<&Keymap>) -> Vec<String> {
    // Plain mode types its moves as the letters b, s, g, q.
    let (back, skip, goto, quit, yes, no) = match keys {
        Some(k) => (
            k.back_key(),
            k.skip_key(),
            k.goto_key(),
            k.quit_key(),
            k.label(Choice::Yes).to_string(),
            k.label(Choice::No).to_string(),
        ),
        None => (
            "b".into(),
            "s".into(),
            "g".into(),
            "q".into(),
            "1".into(),
            "2".into(),
        ),
    };
    let mut lines = vec![
        t!("fill-help-enter"),
        t!("fill-help-back", back = back, yes = yes.clone(), no = no.clone()),
        t!("fill-help-skip", skip = skip),
        t!("fill-help-goto", item = item, goto = goto, field = field),
        t!("fill-help-quit", quit = quit),
    ];
    if keys.is_some() {
        lines.push(t!("fill-help-arrows", yes = yes, no = no));
        lines.push(t!("fill-help-editor-keys"));
    } else {
        lines.push(t!("fill-help-editor"));
    }
    lines.push(t!("fill-help-clear"));
    lines.push(t!("fill-help-resume"));
    lines
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slash_commands_and_escapes() {
        assert_eq!(parse("/back"), Typed::Nav(Nav::Back));
        assert_eq!(parse(" /GOTO ii.4 "), Typed::Nav(Nav::Goto("ii.4".into())));
        assert_eq!(parse("/g"), Typed::GotoWhere);
        assert_eq!(parse("/e"), Typed::Editor);
        assert_eq!(
            parse("//etc is a path"),
            Typed::Text("/etc is a path".into())
        );
        assert_eq!(
            parse("Law 12/2019 applies"),
            Typed::Text("Law 12/2019 applies".into())
        );
        assert_eq!(parse("/frob"), Typed::Unknown("/frob".into()));
    }
}
