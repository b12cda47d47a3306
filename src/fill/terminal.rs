//! The prompter for a person at a terminal: a clean screen per question with
//! where they are and a progress bar, single keys for YES/NO and for moving
//! (back, skip, go to, save and quit), dialoguer for one-line fields, and the
//! comment typed paragraph by paragraph ([`super::line`]) or written in the
//! editor. Everything goes to stderr; Ctrl-C comes back as
//! [`Stop::Interrupted`].

use std::ffi::OsString;
use std::io;

use dialoguer::console::{Key, Term};
use dialoguer::theme::{ColorfulTheme, SimpleTheme, Theme};
use dialoguer::{Confirm, Input};

use crate::color::Palette;
use crate::diagnostic::Severity;
use crate::escape::terminal::one_line;
use crate::reply::Choice;
use crate::schema::FieldKind;
use crate::text::{normalize_comment, word_count};

use super::editor::{self, Edited};
use super::line::{self, End};
use super::prompt::{
    CommentAction, ConflictView, Draft, FieldView, ItemView, Keep, Nav, Prompter, Response, Stop,
};
use super::say;
use super::screen;
use super::slash::{self as commands, HELP, Typed};
use super::summary::Summary;

pub(crate) struct TerminalPrompter {
    term: Term,
    palette: Palette,
    editor: OsString,
    /// The reply file, named under the progress bar.
    file: String,
    /// Shown at the top of the next screen (a notice would be cleared at
    /// once), with whether it is a warning.
    pending: Vec<(String, bool)>,
    theme: Box<dyn Theme>,
}

impl TerminalPrompter {
    pub(super) fn new(palette: Palette, file: &str) -> TerminalPrompter {
        let theme: Box<dyn Theme> = if palette.enabled {
            Box::new(ColorfulTheme::default())
        } else {
            Box::new(SimpleTheme)
        };
        TerminalPrompter {
            term: Term::stderr(),
            palette,
            editor: editor::command(),
            file: one_line(file),
            pending: Vec::new(),
            theme,
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(40, 100)
    }

    fn line(&self, text: &str) -> io::Result<()> {
        self.term.write_line(text)
    }

    /// A fresh screen: where the person is, the bar, pending notices.
    fn begin(&mut self, place: &str, progress: super::prompt::Progress) -> io::Result<()> {
        self.term.clear_screen()?;
        let width = self.width();
        for line in crate::text::wrap_lines(place, width) {
            self.line(&self.palette.bold(&line))?;
        }
        let cells = if width < 70 { 16 } else { 32 };
        self.line(&format!(
            "{}  {}",
            self.palette.accent(&screen::bar(progress, cells)),
            self.palette.dim(&format!("saved in {}", self.file))
        ))?;
        for (notice, warning) in std::mem::take(&mut self.pending) {
            for line in crate::text::wrap_lines(&notice, width) {
                self.line(&if warning {
                    self.palette.warning(&line)
                } else {
                    self.palette.good(&line)
                })?;
            }
        }
        self.line("")
    }

    /// A dim line of help, wrapped to the terminal and indented.
    fn hint(&self, text: &str) -> io::Result<()> {
        let indent = text.len() - text.trim_start().len();
        let pad = " ".repeat(indent);
        let width = self.width().saturating_sub(indent).max(20);
        for line in crate::text::wrap_lines(text.trim_start(), width) {
            self.line(&self.palette.dim(&format!("{pad}{line}")))?;
        }
        Ok(())
    }

    fn help(&self) -> io::Result<()> {
        for line in HELP {
            self.hint(&format!("  {line}"))?;
        }
        Ok(())
    }

    /// One key, with Ctrl-C as an interruption.
    fn key(&self) -> Result<Key, Stop> {
        match self.term.read_key_raw()? {
            Key::CtrlC => Err(Stop::Interrupted),
            key => Ok(key),
        }
    }

    /// Asks where to go; `None` when the answer is empty.
    fn ask_goto(&self) -> Result<Option<String>, Stop> {
        self.term.show_cursor()?;
        let id: String = Input::with_theme(self.theme.as_ref())
            .with_prompt(
                "Go to (a recommendation such as II.4, or a field such as email; empty stays)",
            )
            .allow_empty(true)
            .interact_text_on(&self.term)?;
        Ok(Some(id.trim().to_string()).filter(|id| !id.is_empty()))
    }

    /// The keys every single-key prompt shares; `None` for any other key.
    fn nav_key(&mut self, key: &Key) -> Result<Option<Option<Nav>>, Stop> {
        Ok(match key {
            Key::Char('b' | 'B') | Key::ArrowLeft | Key::ArrowUp | Key::PageUp => {
                Some(Some(Nav::Back))
            }
            Key::Char('s' | 'S') | Key::ArrowRight | Key::ArrowDown | Key::PageDown => {
                Some(Some(Nav::Skip))
            }
            Key::Char('q' | 'Q' | '\u{4}') => Some(Some(Nav::Quit)),
            Key::Char('g' | 'G') => Some(self.ask_goto()?.map(Nav::Goto)),
            Key::Char('?' | 'h' | 'H') => {
                self.help()?;
                None
            }
            _ => None,
        })
    }

    fn word_line(&self, view: &ItemView<'_>, comment: Option<&str>) -> io::Result<()> {
        let (note, over) = editor::word_note(view.schema, comment);
        if over {
            self.line(&format!("  {}", self.palette.warning(&note)))
        } else {
            self.hint(&format!("  {note}"))
        }
    }
}

impl Prompter for TerminalPrompter {
    fn field(&mut self, view: &FieldView<'_>) -> Result<Response<Option<String>>, Stop> {
        loop {
            self.begin(&screen::field_place(view), view.progress)?;
            let field = view.field;
            let need = if field.required {
                "required"
            } else {
                "optional"
            };
            let kind = match field.kind {
                FieldKind::Text => "",
                FieldKind::Date => ", a date: YYYY-MM-DD",
                FieldKind::Email => ", an e-mail address",
                FieldKind::YesNo => ", yes or no",
            };
            self.line(&format!(
                "{} {}",
                self.palette.bold(&one_line(&field.label)),
                self.palette.dim(&format!("({need}{kind})"))
            ))?;
            if let Some(problem) = &view.problem {
                self.line(&self.palette.warning(problem))?;
            }
            if let (Some(default), Some(note)) = (view.default, screen::origin_note(view.origin)) {
                self.hint(&format!("  {note}: {}", one_line(default)))?;
            }
            if field.kind == FieldKind::YesNo {
                self.line(&format!(
                    "  {} yes   {} no",
                    self.palette.accent("y"),
                    self.palette.accent("n")
                ))?;
                let keep = view
                    .default
                    .map(|d| format!("Enter keeps {} · ", one_line(d)));
                self.hint(&format!(
                    "  {}b back · s skip · g go to · q save and quit · ? help",
                    keep.unwrap_or_default()
                ))?;
                self.term.hide_cursor()?;
                loop {
                    let key = self.key()?;
                    let value = match key {
                        Key::Char('y' | 'Y') => Some("yes".to_string()),
                        Key::Char('n' | 'N') => Some("no".to_string()),
                        Key::Enter => match view.default {
                            Some(d) => Some(d.to_string()),
                            None => continue,
                        },
                        other => {
                            if let Some(nav) = self.nav_key(&other)? {
                                self.term.show_cursor()?;
                                match nav {
                                    Some(nav) => return Ok(Response::Nav(nav)),
                                    None => break,
                                }
                            }
                            continue;
                        }
                    };
                    self.term.show_cursor()?;
                    return Ok(Response::Value(value));
                }
                continue;
            }
            self.hint("  Enter confirms · /back /skip /goto ID /quit · /help")?;
            let value: String = Input::with_theme(self.theme.as_ref())
                .with_prompt(one_line(&field.label))
                .with_initial_text(view.default.map(one_line).unwrap_or_default())
                .allow_empty(true)
                .interact_text_on(&self.term)?;
            match commands::parse(&value) {
                Typed::Text(text) => {
                    return Ok(Response::Value(Some(text).filter(|t| !t.trim().is_empty())));
                }
                Typed::Nav(nav) => return Ok(Response::Nav(nav)),
                Typed::GotoWhere => {
                    if let Some(id) = self.ask_goto()? {
                        return Ok(Response::Nav(Nav::Goto(id)));
                    }
                }
                Typed::Clear => return Ok(Response::Value(None)),
                Typed::Help => self
                    .pending
                    .extend(HELP.iter().map(|s| (s.to_string(), false))),
                Typed::Editor => self.pending.push((
                    "The editor is for comments; type the value here.".into(),
                    true,
                )),
                Typed::Unknown(command) => self.pending.push((
                    format!("{command} is not a command; /help lists them."),
                    true,
                )),
            }
        }
    }

    fn choice(&mut self, view: &ItemView<'_>) -> Result<Response<Choice>, Stop> {
        let schema = view.schema;
        'screen: loop {
            self.begin(&screen::item_place(view), view.progress)?;
            let width = self.width();
            let (title, text) = screen::item_text(view, width);
            for line in title {
                self.line(&self.palette.dim(&line))?;
            }
            self.line("")?;
            self.line(&self.palette.bold(&screen::item_heading(view)))?;
            for line in text {
                self.line(&line)?;
            }
            self.line("")?;
            let now = match (view.default_choice(), screen::origin_note(view.origin)) {
                (Some(c), Some(note)) => format!(
                    "   {}",
                    self.palette
                        .dim(&format!("now: {} ({note})", one_line(c.label(schema))))
                ),
                _ => String::new(),
            };
            self.line(&format!(
                "{}?  {} {}   {} {}{now}",
                self.palette.bold(&one_line(&schema.answer.question)),
                self.palette.accent("y"),
                one_line(&schema.answer.yes),
                self.palette.accent("n"),
                one_line(&schema.answer.no),
            ))?;
            let keep = view
                .default_choice()
                .map(|c| format!("Enter keeps {} · ", one_line(c.label(schema))));
            self.hint(&format!(
                "  {}b back · s skip · g go to · q save and quit · ? help",
                keep.unwrap_or_default()
            ))?;
            self.term.hide_cursor()?;
            let choice = loop {
                let key = self.key()?;
                match key {
                    Key::Char('y' | 'Y' | '1') => break Choice::Yes,
                    Key::Char('n' | 'N' | '2') => break Choice::No,
                    Key::Enter => {
                        if let Some(c) = view.default_choice() {
                            break c;
                        }
                    }
                    other => {
                        if let Some(nav) = self.nav_key(&other)? {
                            self.term.show_cursor()?;
                            match nav {
                                Some(nav) => return Ok(Response::Nav(nav)),
                                None => continue 'screen,
                            }
                        }
                    }
                }
            };
            self.term.show_cursor()?;
            self.line(&format!(
                "  › {}",
                self.palette.good(&one_line(choice.label(schema)))
            ))?;
            self.line("")?;
            return Ok(Response::Value(choice));
        }
    }

    fn type_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        draft: &mut Draft<'_>,
    ) -> Result<Response<Option<String>>, Stop> {
        let schema = view.schema;
        let rule = schema.comments.describe(choice);
        self.line(&format!(
            "{} {}",
            self.palette.bold(&one_line(&schema.comments.label)),
            self.palette.dim(&format!("({rule})"))
        ))?;
        self.hint(
            "  Type a paragraph and press Enter. Press Enter on an empty line when you are done.",
        )?;
        self.hint(&format!(
            "  Tab: write it in {} · /back /skip /goto ID /quit · /help",
            editor::name(&self.editor)
        ))?;
        let mut paragraphs: Vec<String> = Vec::new();
        loop {
            let so_far = paragraphs.join("\n\n");
            let words = word_count(&so_far);
            let plain = format!("¶{} ({words} words) › ", paragraphs.len() + 1);
            let styled = format!(
                "{} {} › ",
                self.palette.accent(&format!("¶{}", paragraphs.len() + 1)),
                self.palette.dim(&format!("({words} words)"))
            );
            let width = unicode_width::UnicodeWidthStr::width(plain.as_str());
            let (text, end) = line::read(&self.term, &styled, width, "")?;
            let with_text = |mut all: Vec<String>, text: &str| {
                if !text.trim().is_empty() {
                    all.push(text.to_string());
                }
                all.join("\n\n")
            };
            match (end, commands::parse(&text)) {
                (End::Editor, _) | (End::Enter, Typed::Editor) => {
                    let start = match end {
                        End::Editor => with_text(paragraphs.clone(), &text),
                        _ => so_far.clone(),
                    };
                    let start = normalize_comment(&start);
                    match self.edit_comment(view, choice, start.as_deref())? {
                        Some(comment) => return Ok(Response::Value(comment)),
                        None => {
                            paragraphs = start.map(|s| vec![s]).unwrap_or_default();
                        }
                    }
                }
                (End::Done, _) => {
                    let all = with_text(paragraphs, &text);
                    let comment = normalize_comment(&all);
                    self.word_line(view, comment.as_deref())?;
                    return Ok(Response::Value(comment));
                }
                (End::Enter, Typed::Text(t)) if t.trim().is_empty() => {
                    let comment = normalize_comment(&so_far);
                    self.word_line(view, comment.as_deref())?;
                    return Ok(Response::Value(comment));
                }
                (End::Enter, Typed::Text(t)) => {
                    paragraphs.push(t);
                    draft(normalize_comment(&paragraphs.join("\n\n")).as_deref(), self)?;
                }
                (End::Enter, Typed::Nav(nav)) => return Ok(Response::Nav(nav)),
                (End::Enter, Typed::GotoWhere) => {
                    if let Some(id) = self.ask_goto()? {
                        return Ok(Response::Nav(Nav::Goto(id)));
                    }
                }
                (End::Enter, Typed::Clear) => {
                    paragraphs.clear();
                    draft(None, self)?;
                    self.hint("  (the comment is empty again)")?;
                }
                (End::Enter, Typed::Help) => self.help()?,
                (End::Enter, Typed::Unknown(command)) => self
                    .line(&self.palette.warning(&format!(
                    "  {command} is not a command; /help lists them (start with // to write a /)"
                )))?,
            }
        }
    }

    fn edit_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        start: Option<&str>,
    ) -> Result<Option<Option<String>>, Stop> {
        self.term.show_cursor()?;
        self.term.write_str(line::PASTE_OFF)?;
        match editor::edit(&self.editor, view, choice, start)? {
            Edited::Saved(text) => Ok(Some(text)),
            Edited::Failed(why) => {
                self.line(&self.palette.warning(&why))?;
                Ok(None)
            }
        }
    }

    fn show_comment(&mut self, view: &ItemView<'_>, existing: &str) -> Result<(), Stop> {
        let note = screen::origin_note(view.origin).unwrap_or("saved");
        self.line(&format!(
            "{} {}",
            self.palette.bold(&one_line(&view.schema.comments.label)),
            self.palette.dim(&format!("({note})"))
        ))?;
        for line in screen::quoted(existing, self.width()) {
            self.line(&line)?;
        }
        self.word_line(view, Some(existing))?;
        self.hint(&format!(
            "  Enter keeps it · e edit in {} · t type a new one · d delete · b back · ? help",
            editor::name(&self.editor)
        ))?;
        Ok(())
    }

    fn comment_action(&mut self, _view: &ItemView<'_>) -> Result<Response<CommentAction>, Stop> {
        self.term.hide_cursor()?;
        loop {
            let action = match self.key()? {
                Key::Enter => CommentAction::Keep,
                Key::Char('e' | 'E') | Key::Tab => CommentAction::Edit,
                Key::Char('t' | 'T') => CommentAction::Retype,
                Key::Char('d' | 'D') => CommentAction::Delete,
                other => match self.nav_key(&other)? {
                    Some(Some(nav)) => {
                        self.term.show_cursor()?;
                        return Ok(Response::Nav(nav));
                    }
                    Some(None) => {
                        self.term.hide_cursor()?;
                        continue;
                    }
                    None => continue,
                },
            };
            // The editor shows the cursor itself.
            if action != CommentAction::Edit {
                self.term.show_cursor()?;
            }
            return Ok(Response::Value(action));
        }
    }

    fn comment_confirmed(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        comment: Option<&str>,
    ) -> Result<(), Stop> {
        // The next screen confirms what was saved, words and all.
        let (note, over) = editor::word_note(view.schema, comment);
        self.pending.push((
            format!(
                "✓ {} saved: {}, {note}",
                one_line(view.id()),
                one_line(choice.label(view.schema))
            ),
            over,
        ));
        Ok(())
    }

    fn notice(&mut self, text: &str) -> Result<(), Stop> {
        self.pending.push((text.to_string(), true));
        Ok(())
    }

    fn conflict(&mut self, view: &ConflictView) -> Result<Keep, Stop> {
        self.line("")?;
        self.line(
            &self
                .palette
                .warning(&say::conflict_question(&view.file, &view.what)),
        )?;
        self.line(&format!("  {}", say::conflict_here(&view.ours)))?;
        self.line(&format!("  {}", say::conflict_there(&view.theirs)))?;
        self.hint(&format!("  {}", say::conflict_keys()))?;
        loop {
            match self.key()? {
                Key::Char('1') => return Ok(Keep::Ours),
                Key::Char('2') => return Ok(Keep::Theirs),
                _ => {}
            }
        }
    }

    fn summary(&mut self, summary: &Summary) -> Result<bool, Stop> {
        self.term.clear_screen()?;
        self.line(&self.palette.bold(&format!(
            "Summary of {} · {} of {} answered",
            one_line(&summary.path),
            summary.answered,
            summary.total
        )))?;
        self.line("")?;
        for line in summary.table(self.palette) {
            self.line(&line)?;
        }
        self.line("")?;
        let verdict = summary.verdict();
        self.line(&match (summary.errors, summary.warnings) {
            (0, 0) => self.palette.good(&verdict),
            (0, _) => self.palette.warning(&verdict),
            _ => self.palette.error(&verdict),
        })?;
        const SHOWN: usize = 20;
        for (severity, message) in summary.problems.iter().take(SHOWN) {
            let mark = match severity {
                Severity::Error => self.palette.error("error:"),
                Severity::Warning => self.palette.warning("warning:"),
            };
            self.line(&format!("  {mark} {message}"))?;
        }
        if summary.problems.len() > SHOWN {
            self.hint(&format!(
                "  … and {} more: `qnr validate {}` lists them all",
                summary.problems.len() - SHOWN,
                one_line(&summary.path)
            ))?;
        }
        self.line("")?;
        let Some(offer) = summary.offer() else {
            return Ok(false);
        };
        Ok(Confirm::with_theme(self.theme.as_ref())
            .with_prompt(offer)
            .default(true)
            .interact_on(&self.term)?)
    }
}
