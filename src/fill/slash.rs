//! The commands a person can type at a text prompt (a respondent field, a
//! line of a comment, any prompt in plain mode): `/back`, `/skip`,
//! `/goto II.4`, `/quit`, `/editor`, `/clear`, `/help`. A line starting with
//! `//` is text that starts with `/`. Shared by both prompters, so they
//! understand the same words.

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

/// The help shown by `/help` and `?`, one line each; `keys` adds what the
/// full-screen prompter's single keys do. `item` and `field` are ids of
/// this questionnaire to give as examples.
pub(crate) fn help(item: &str, field: &str, keys: bool) -> Vec<String> {
    let mut lines = vec![
        "Enter confirms what is shown (the saved answer, or the one offered); typing replaces it."
            .to_string(),
        "/back (or b at a YES/NO question) returns to the question before.".to_string(),
        "/skip (or s) goes on and leaves this question as it is.".to_string(),
        format!("/goto {item} (or g) jumps to a recommendation, or to a field such as {field}."),
        "/quit (or q) stops here; every confirmed answer is already saved.".to_string(),
    ];
    if keys {
        lines.push("At a YES/NO question, ← ↑ PgUp go back, and → ↓ PgDn skip.".to_string());
        lines.push("/editor (or Tab, or e) writes the comment in your editor.".to_string());
    } else {
        lines.push("/editor (or e) writes the comment in your editor.".to_string());
    }
    lines.push("/clear empties a field or the comment being typed.".to_string());
    lines.push(
        "Everything you confirm is saved at once. `qnr fill FILE` later asks, once each, whatever has no answer yet, then shows the summary.".to_string(),
    );
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
