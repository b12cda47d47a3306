//! The commands a person can type at a text prompt (a respondent field, a
//! line of a comment, any prompt in plain mode): `/back`, `/skip`,
//! `/goto II.4`, `/quit`, `/editor`, `/clear`, `/help`. A line starting with
//! `//` is text that starts with `/`. Shared by both prompters, so they
//! understand the same words. The English names always work; the run's
//! language adds its own (`/retour`, `/atrás`, `/назад`), which the hints show.

use crate::i18n::t;
use crate::reply::Choice;

use super::keymap::{Act, Keymap, fold};
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
    let typed = words.next().unwrap_or("").to_lowercase();
    let name = english_name(&typed);
    let argument = words.next();
    match (name, argument) {
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

/// The English name of a command given in the run's language (the name
/// itself when it is not one), accents optional: `/editeur` is `/éditeur`.
fn english_name(name: &str) -> &str {
    let own = [
        (t!("fill-command-back"), "back"),
        (t!("fill-command-skip"), "skip"),
        (t!("fill-command-goto"), "goto"),
        (t!("fill-command-quit"), "quit"),
        (t!("fill-command-editor"), "editor"),
        (t!("fill-command-clear"), "clear"),
        (t!("fill-command-help"), "help"),
    ];
    let folded = fold(name);
    own.iter()
        .find(|(word, _)| fold(word) == folded)
        .map_or(name, |(_, english)| english)
}

/// The help shown by `/help` and `?`, one line each; with the full-screen
/// prompter's `keys`, what its single keys do too. `item` and `field` are
/// ids of this questionnaire to give as examples; `full_screen` adds the
/// arrows and Tab, which plain mode has not.
pub(crate) fn help(item: &str, field: &str, keys: &Keymap, full_screen: bool) -> Vec<String> {
    let (back, skip, goto, quit) = (
        keys.back_key(),
        keys.skip_key(),
        keys.goto_key(),
        keys.quit_key(),
    );
    let (yes, no) = (
        keys.label(Choice::Yes).to_string(),
        keys.label(Choice::No).to_string(),
    );
    let mut lines = vec![
        t!("fill-help-enter"),
        t!(
            "fill-help-back",
            back = back,
            yes = yes.clone(),
            no = no.clone()
        ),
        t!("fill-help-skip", skip = skip),
        t!("fill-help-goto", item = item, goto = goto, field = field),
        t!("fill-help-quit", quit = quit),
    ];
    let edit = keys.act_key(Act::Edit);
    if full_screen {
        lines.push(t!("fill-help-arrows", yes = yes, no = no));
        lines.push(t!("fill-help-editor-keys", edit = edit));
    } else {
        lines.push(t!("fill-help-editor", edit = edit));
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

    /// Issue 12: the `?` help says what the arrows do at a YES/NO question
    /// (they move, they do not choose) and what resuming does; plain mode,
    /// which has neither arrows nor Tab, does not mention them.
    #[test]
    fn the_help_says_what_arrows_and_resume_do_and_plain_mode_has_no_tab() {
        let schema = crate::schema::Schema::honlea();
        let keys = Keymap::new(&schema);
        let full = help("II.4", "email", &keys, true).join("\n");
        assert!(
            full.contains("At a YES/NO question, ← ↑ PgUp go back, and → ↓ PgDn skip."),
            "{full}"
        );
        assert!(full.contains("/editor (or Tab, or e)"), "{full}");
        assert!(
            full.contains("asks, once each, whatever has no answer yet"),
            "{full}"
        );
        assert!(full.contains("/back (or b at a YES/NO question)"), "{full}");
        let plain = help("II.4", "email", &keys, false).join("\n");
        assert!(!plain.contains("Tab") && !plain.contains('←'), "{plain}");
        assert!(plain.contains("/editor (or e)"), "{plain}");
    }

    /// Issue 13: the commands have names in each language, and the
    /// English ones keep working. (The run's language is English in unit
    /// tests, so this asks the catalogue directly.)
    #[test]
    fn every_language_names_every_command_once() {
        use crate::i18n::{Lang, t_in};
        for lang in Lang::ALL {
            let names = [
                t_in!(lang, "fill-command-back"),
                t_in!(lang, "fill-command-skip"),
                t_in!(lang, "fill-command-goto"),
                t_in!(lang, "fill-command-quit"),
                t_in!(lang, "fill-command-editor"),
                t_in!(lang, "fill-command-clear"),
                t_in!(lang, "fill-command-help"),
            ];
            let mut folded: Vec<String> = names.iter().map(|n| fold(n)).collect();
            assert!(
                folded.iter().all(|n| !n.is_empty() && !n.contains(' ')),
                "{lang}: {names:?}"
            );
            folded.sort();
            folded.dedup();
            assert_eq!(
                folded.len(),
                names.len(),
                "{lang}: two commands share a name"
            );
            for hint in [
                t_in!(lang, "fill-field-hint"),
                t_in!(lang, "fill-comment-keys", editor = "nano"),
            ] {
                for name in &names[..4] {
                    assert!(
                        hint.contains(&format!("/{name}")),
                        "{lang}: `{hint}` shows /{name}"
                    );
                }
            }
        }
    }
}
