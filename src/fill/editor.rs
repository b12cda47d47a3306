//! Writing a comment in `$VISUAL`/`$EDITOR`. The file opened holds the
//! comment, then a cut line and the recommendation and the form's guidance as
//! `#` lines; everything from the cut line on is dropped when the editor
//! closes, as are guidance lines left elsewhere. qnr runs the editor itself
//! (not dialoguer's `Editor`), so an empty or odd `$EDITOR` is an error to
//! show, never a panic.

use std::ffi::OsString;
use std::io::{self, Write};
use std::process::Command;

use crate::i18n::t;
use crate::reply::Choice;
use crate::schema::Schema;
use crate::text::{normalize_comment, word_count, wrap_lines};

use super::prompt::ItemView;

/// Everything from this line on is removed.
pub(crate) const CUT: &str = "# ------------------------ >8 ------------------------";

/// The text the editor opens: the comment, then the cut line and guidance.
pub(crate) fn template(view: &ItemView<'_>, choice: Choice, comment: Option<&str>) -> String {
    let mut text = String::new();
    if let Some(comment) = comment {
        text.push_str(comment);
        text.push('\n');
    }
    text.push('\n');
    for line in guidance(view, choice) {
        text.push_str(&line);
        text.push('\n');
    }
    text
}

/// The `#` lines below the comment.
fn guidance(view: &ItemView<'_>, choice: Choice) -> Vec<String> {
    let schema: &Schema = view.schema;
    let item = &view.item;
    let mut lines = vec![CUT.to_string()];
    lines.extend(t!("fill-editor-template").lines().map(str::to_string));
    lines.push("#".to_string());
    let heading = format!(
        "{}, {} ({}): {} {}",
        schema.issue_heading(item.issue),
        schema.recommendation_heading(item.recommendation),
        item.recommendation.id,
        super::screen::question(schema),
        choice.label(schema)
    );
    let mut blocks = vec![heading, item.recommendation.text.clone()];
    blocks.extend(schema.guidance.clone());
    blocks.extend(
        schema
            .comments
            .max_words
            .map(|max| t!("fill-editor-at-most", max = max)),
    );
    for (i, block) in blocks.iter().enumerate() {
        if i > 0 {
            lines.push("#".to_string());
        }
        for line in wrap_lines(&crate::escape::terminal::one_line(block), 72) {
            lines.push(format!("# {line}"));
        }
    }
    lines
}

/// The comment in what the editor saved: cut at the cut line, guidance lines
/// dropped, paragraphs normalized. `None` when nothing is left.
pub(crate) fn strip(saved: &str, view: &ItemView<'_>, choice: Choice) -> Option<String> {
    let ours = guidance(view, choice);
    let kept: Vec<&str> = saved
        .lines()
        .take_while(|line| line.trim_end() != CUT)
        .filter(|line| !ours.iter().any(|g| g == line.trim_end()))
        .collect();
    normalize_comment(&kept.join("\n"))
}

/// The editor command: `$VISUAL`, else `$EDITOR`, else a common default.
pub(crate) fn command() -> OsString {
    ["VISUAL", "EDITOR"]
        .iter()
        .filter_map(std::env::var_os)
        .find(|v| !v.to_string_lossy().trim().is_empty())
        .unwrap_or_else(|| {
            if cfg!(windows) {
                "notepad".into()
            } else {
                "vi".into()
            }
        })
}

/// The editor's name, for prompts: `vim`, `nano`, `code`.
pub(crate) fn name(command: &OsString) -> String {
    let command = command.to_string_lossy();
    let program = command.split_whitespace().next().unwrap_or("");
    let base = program.rsplit(['/', '\\']).next().unwrap_or(program);
    crate::escape::terminal::one_line(base)
}

/// What came back from the editor.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Edited {
    /// The comment as saved (`None`: empty).
    Saved(Option<String>),
    /// The editor failed; the comment stays as it was.
    Failed(String),
}

/// Opens `editor` (see [`command`]) on the template and reads the comment
/// back. Ctrl-C goes to the editor meanwhile.
pub(crate) fn edit(
    editor: &OsString,
    view: &ItemView<'_>,
    choice: Choice,
    comment: Option<&str>,
) -> io::Result<Edited> {
    let mut file = tempfile::Builder::new()
        .prefix(&format!("qnr-{}-", safe_name(view.id())))
        .suffix(".txt")
        .tempfile()?;
    file.write_all(template(view, choice, comment).as_bytes())?;
    file.flush()?;
    let path = file.path().to_path_buf();
    let status = {
        let _guard = super::interrupt::EditorGuard::enter();
        spawn(editor, &path)
    };
    let shown = crate::escape::terminal::one_line(&editor.to_string_lossy());
    match status {
        Err(e) => Ok(Edited::Failed(super::say::editor_not_started(
            &shown,
            &e.to_string(),
        ))),
        // The shell says 127 when it cannot find the program.
        Ok(status) if status.code() == Some(127) => {
            Ok(Edited::Failed(super::say::editor_not_found(&shown)))
        }
        Ok(status) if !status.success() => Ok(Edited::Failed(super::say::editor_failed(
            &shown,
            &status
                .code()
                .map_or_else(|| status.to_string(), |c| c.to_string()),
        ))),
        Ok(_) => {
            let bytes = std::fs::read(&path)?;
            let saved = crate::text::decode_text(&bytes)
                .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e.message));
            match saved {
                Ok(saved) => Ok(Edited::Saved(strip(&saved, view, choice))),
                Err(e) => Ok(Edited::Failed(super::say::editor_not_text(&e.to_string()))),
            }
        }
    }
}

/// Runs the editor command on `path`; on Unix through the shell, as git
/// does, so `EDITOR="code --wait"` works.
fn spawn(editor: &OsString, path: &std::path::Path) -> io::Result<std::process::ExitStatus> {
    #[cfg(unix)]
    {
        let mut script = editor.clone();
        script.push(" \"$@\"");
        Command::new("/bin/sh")
            .arg("-c")
            .arg(script)
            .arg("qnr-editor")
            .arg(path)
            .status()
    }
    #[cfg(not(unix))]
    {
        let (program, args) = windows_command(&editor.to_string_lossy());
        Command::new(program).args(args).arg(path).status()
    }
}

/// An editor command as Windows users set `%VISUAL%` or `%EDITOR%`: a
/// program, in double quotes when its path has spaces
/// (`"C:\Program Files\Notepad++\notepad++.exe" -multiInst`), then its
/// arguments; a path with spaces but no quotes is taken whole when it
/// names a file.
#[cfg(any(not(unix), test))]
fn windows_command(text: &str) -> (String, Vec<String>) {
    let text = text.trim();
    let (program, rest) = if let Some(quoted) = text.strip_prefix('"') {
        quoted.split_once('"').unwrap_or((quoted, ""))
    } else if std::path::Path::new(text).is_file() {
        (text, "")
    } else {
        text.split_once(char::is_whitespace).unwrap_or((text, ""))
    };
    let args = rest.split_whitespace().map(String::from).collect();
    (program.to_string(), args)
}

fn safe_name(id: &str) -> String {
    id.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '.' {
                c
            } else {
                '_'
            }
        })
        .collect()
}

/// The word count line shown under a comment, with a warning past the limit.
pub(crate) fn word_note(schema: &Schema, comment: Option<&str>) -> (String, bool) {
    let words = comment.map_or(0, word_count);
    match schema.comments.max_words {
        Some(max) if words > max => (t!("fill-words-over", count = words, max = max), true),
        Some(max) => (t!("fill-words-of-most", count = words, max = max), false),
        None => (super::say::words(words), false),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_editor_commands_keep_quoted_paths_with_spaces_whole() {
        let split = |text: &str| {
            let (program, args) = windows_command(text);
            (program, args.join("|"))
        };
        assert_eq!(
            split(r#""C:\Program Files\Notepad++\notepad++.exe" -multiInst -nosession"#),
            (
                r"C:\Program Files\Notepad++\notepad++.exe".into(),
                "-multiInst|-nosession".into()
            )
        );
        assert_eq!(split("code --wait"), ("code".into(), "--wait".into()));
        assert_eq!(split("notepad"), ("notepad".into(), String::new()));
        let dir = tempfile::tempdir().unwrap();
        let spaced = dir.path().join("my editor.exe");
        std::fs::write(&spaced, "").unwrap();
        let whole = spaced.display().to_string();
        assert_eq!(split(&whole), (whole.clone(), String::new()));
    }

    fn view(schema: &Schema) -> ItemView<'_> {
        ItemView::for_test(schema, "II.4", 0)
    }

    #[test]
    fn the_template_holds_the_comment_then_the_guidance() {
        let schema = Schema::honlea();
        let view = view(&schema);
        let text = template(&view, Choice::Yes, Some("First.\n\nSecond."));
        assert!(text.starts_with("First.\n\nSecond.\n\n# ---"), "{text}");
        assert!(text.contains("# Issue II, Recommendation 4 (II.4): Any action taken? YES"));
        assert!(text.contains("# Please describe, in not more than 200 words"));
        assert!(text.contains("# At most 200 words."));
    }

    #[test]
    fn guidance_is_stripped_on_save() {
        let schema = Schema::honlea();
        let view = view(&schema);
        let saved = format!(
            "New first paragraph,\nsame paragraph.\n\n\nSecond one.\n{}",
            template(&view, Choice::Yes, Some("Old."))
        )
        .replacen("Old.\n", "", 1);
        assert_eq!(
            strip(&saved, &view, Choice::Yes).as_deref(),
            Some("New first paragraph,\nsame paragraph.\n\nSecond one.")
        );
        assert_eq!(
            strip(&template(&view, Choice::No, None), &view, Choice::No),
            None
        );
    }

    #[test]
    fn guidance_lines_are_dropped_even_without_the_cut_line() {
        let schema = Schema::honlea();
        let view = view(&schema);
        let template = template(&view, Choice::Yes, None);
        let without_cut: String = template
            .lines()
            .filter(|l| *l != CUT)
            .map(|l| format!("{l}\n"))
            .collect();
        let saved = format!("#1 priority: keep this line.\n{without_cut}");
        assert_eq!(
            strip(&saved, &view, Choice::Yes).as_deref(),
            Some("#1 priority: keep this line.")
        );
    }

    #[test]
    fn the_editor_is_named_by_its_program() {
        assert_eq!(name(&OsString::from("/usr/bin/vim -u NONE")), "vim");
        assert_eq!(name(&OsString::from("code --wait")), "code");
    }

    #[test]
    fn word_notes_warn_past_the_limit() {
        let schema = Schema::honlea();
        assert_eq!(
            word_note(&schema, Some("a b c")),
            ("3 of at most 200 words".to_string(), false)
        );
        let long = "word ".repeat(201);
        let (note, warn) = word_note(&schema, Some(&long));
        assert!(warn);
        assert!(note.starts_with("201 words: more than the 200"), "{note}");
    }

    #[cfg(unix)]
    #[test]
    fn an_editor_script_writes_the_comment() {
        let schema = Schema::honlea();
        let view = view(&schema);
        let dir = tempfile::tempdir().unwrap();
        let script = dir.path().join("ed.sh");
        std::fs::write(
            &script,
            "#!/bin/sh\n{ printf 'From the editor.\\n\\nSecond.\\n'; cat \"$1\"; } > \"$1.new\" && mv \"$1.new\" \"$1\"\n",
        )
        .unwrap();
        let editor = OsString::from(format!("sh '{}'", script.display()));
        let edited = edit(&editor, &view, Choice::Yes, None).unwrap();
        assert_eq!(
            edited,
            Edited::Saved(Some("From the editor.\n\nSecond.".into()))
        );
        let failed = edit(&OsString::from("false"), &view, Choice::Yes, Some("Kept.")).unwrap();
        assert_eq!(
            failed,
            Edited::Failed(
                "the editor `false` stopped with exit code 1; the comment was not changed".into()
            )
        );
        // Issue 12: a missing editor said only "exit status: 127".
        let missing = OsString::from("/nonexistent/editor");
        let failed = edit(&missing, &view, Choice::Yes, None).unwrap();
        assert!(
            matches!(&failed, Edited::Failed(m)
                if m.contains("`/nonexistent/editor` was not found")
                && m.contains("$VISUAL or $EDITOR")),
            "{failed:?}"
        );
    }
}
