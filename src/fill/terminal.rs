//! The prompter for a person at a terminal: a clean screen per question with
//! where they are and a progress bar ([`super::canvas`]), single keys for
//! YES/NO and for moving (back, skip, go to, save and quit), and one line
//! editor ([`super::line`]) for every text: respondent fields, the go-to
//! prompt, the comment typed paragraph by paragraph (or written in the
//! editor). Keys come from [`super::keys`]: pasted text, or keys that
//! arrive all at once, never answer a single-key question. Everything goes
//! to stderr; Ctrl-C comes back as [`Stop::Interrupted`].

use std::ffi::OsString;
use std::io;

use dialoguer::console::Term;
use unicode_width::UnicodeWidthStr;

use crate::color::Palette;
use crate::diagnostic::Severity;
use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::reply::Choice;
use crate::schema::FieldKind;
use crate::text::{normalize_comment, word_count};

use super::canvas::{Canvas, Kind, Shown, Style};
use super::editor::{self, Edited};
use super::keymap::{Act, Keymap, Move};
use super::keys::{Input, Key, Keyboard};
use super::line::{self, End};
use super::prompt::{
    CommentAction, ConflictView, Draft, FieldView, ItemView, Keep, Nav, Progress, Prompter,
    Response, Stop,
};
use super::say;
use super::screen;
use super::slash::{self as commands, Typed};
use super::summary::Summary;

pub(crate) struct TerminalPrompter {
    term: Term,
    keyboard: Keyboard,
    canvas: Canvas,
    editor: OsString,
    /// The reply file, named under the progress bar.
    file: String,
    /// Shown at the top of the next screen (a notice would be cleared at
    /// once), with its style.
    pending: Vec<(String, Style)>,
    /// Ids of this questionnaire for the help's examples.
    examples: (String, String),
    /// The keys of the single-key questions.
    keys: Keymap,
}

impl TerminalPrompter {
    /// Takes the terminal for the walk (keys one by one, bracketed paste on).
    pub(super) fn new(
        palette: Palette,
        file: &str,
        examples: (String, String),
        keys: Keymap,
    ) -> io::Result<TerminalPrompter> {
        let term = Term::stderr();
        let mut err = io::stderr();
        Ok(TerminalPrompter {
            keyboard: Keyboard::open(&mut err)?,
            canvas: Canvas::new(palette),
            term,
            editor: editor::command(),
            file: one_line(file),
            pending: Vec::new(),
            examples,
            keys,
        })
    }

    fn push(&mut self, kind: Kind, pieces: Vec<(Style, String)>) -> io::Result<()> {
        self.canvas.push(&self.term, Shown::new(kind, pieces))
    }

    fn say(&mut self, style: Style, text: &str) -> io::Result<()> {
        self.push(Kind::Normal, vec![(style, text.to_string())])
    }

    /// A dim line of help.
    fn hint(&mut self, text: &str) -> io::Result<()> {
        self.say(Style::Dim, text)
    }

    /// A fresh screen: where the person is, the bar, pending notices.
    fn begin(&mut self, place: &str, progress: Progress) -> io::Result<()> {
        self.canvas.clear(&self.term)?;
        self.push(Kind::Head, vec![(Style::Bold, place.to_string())])?;
        let (width, _) = super::canvas::size(&self.term);
        let cells = if width < 70 { 16 } else { 32 };
        let saved = if progress.on_disk {
            say::saved_in(&self.file)
        } else {
            say::not_created_yet(&self.file)
        };
        self.push(
            Kind::Head,
            vec![
                (Style::Accent, screen::bar(progress, cells)),
                (Style::Plain, "  ".into()),
                (Style::Dim, saved),
            ],
        )?;
        for (notice, style) in std::mem::take(&mut self.pending) {
            self.push(Kind::Head, vec![(style, notice)])?;
        }
        self.say(Style::Plain, "")
    }

    fn help(&mut self) -> io::Result<()> {
        for line in self.help_lines() {
            self.hint(&format!("  {line}"))?;
        }
        Ok(())
    }

    fn help_lines(&self) -> Vec<String> {
        let (item, field) = self.examples.clone();
        commands::help(&item, &field, &self.keys, true)
    }

    /// One key pressed on its own. Pasted text, or keys that came all at
    /// once, are not taken as keys: said once, then ignored.
    fn key(&mut self) -> Result<Key, Stop> {
        self.term.hide_cursor()?;
        let mut told = false;
        loop {
            match self.keyboard.next()? {
                Input::Keys(keys) if keys.len() == 1 => {
                    if keys[0] == Key::Ctrl('c') {
                        return Err(Stop::Interrupted);
                    }
                    return Ok(keys[0]);
                }
                Input::Resize => {
                    self.canvas.repaint(&self.term)?;
                }
                Input::Keys(_) | Input::Paste(_) => {
                    if !told {
                        self.say(Style::Warning, &format!("  {}", say::paste_ignored()))?;
                        told = true;
                    }
                }
            }
        }
    }

    /// Reads a line with the one line editor, below the screen.
    fn read_line(
        &mut self,
        prompt: &line::Prompt<'_>,
        initial: &str,
        default: Option<&str>,
        kind: line::Kind,
    ) -> Result<End, Stop> {
        self.term.show_cursor()?;
        let default_styled = default.map(|d| self.canvas_palette().dim(&one_line(d)));
        let shown_default = default.map(one_line);
        let request = line::Request {
            prompt,
            initial,
            default: shown_default.as_deref(),
            default_styled: default_styled.as_deref(),
            kind,
        };
        let rows = self.canvas.rows_left(&self.term);
        let canvas = &mut self.canvas;
        let term = &self.term;
        let mut repaint = || canvas.repaint(term);
        let end = line::read(&self.term, &mut self.keyboard, &request, rows, &mut repaint)?;
        // The finished line joins the screen, to be drawn again after a resize.
        let text = match &end {
            End::Enter(t) | End::Editor(t) | End::Done(t) => t.clone(),
        };
        let (prompt_text, _) = prompt(&text);
        let plain_prompt = strip_styles(&prompt_text);
        self.canvas.note(
            &self.term,
            Shown::new(
                Kind::Normal,
                vec![
                    (Style::Accent, plain_prompt),
                    (Style::Plain, one_line(&text.replace('\n', " "))),
                ],
            ),
        )?;
        Ok(end)
    }

    fn canvas_palette(&self) -> Palette {
        self.canvas.palette()
    }

    /// Asks where to go; `None` when the answer is empty.
    fn ask_goto(&mut self) -> Result<Option<String>, Stop> {
        let (item, field) = self.examples.clone();
        self.hint(&format!("  {}", say::goto_hint(&item, &field)))?;
        let palette = self.canvas_palette();
        let prompt = move |_: &str| {
            let text = say::goto_prompt();
            let width = text.width() + 3;
            (format!("{} › ", palette.bold(&text)), width)
        };
        let id = match self.read_line(&prompt, "", None, line::Kind::Field)? {
            End::Enter(t) | End::Editor(t) | End::Done(t) => t,
        };
        Ok(Some(id.trim().to_string()).filter(|id| !id.is_empty()))
    }

    /// The keys every single-key prompt shares; `None` for any other key.
    fn nav_key(&mut self, key: Key) -> Result<Option<Option<Nav>>, Stop> {
        let motion = match key {
            Key::Left | Key::Up | Key::PageUp => Some(Move::Back),
            Key::Right | Key::Down | Key::PageDown => Some(Move::Skip),
            Key::Ctrl('d') => Some(Move::Quit),
            Key::Char(c) => self.keys.motion(c),
            _ => None,
        };
        Ok(match motion {
            Some(Move::Back) => Some(Some(Nav::Back)),
            Some(Move::Skip) => Some(Some(Nav::Skip)),
            Some(Move::Quit) => Some(Some(Nav::Quit)),
            Some(Move::Goto) => Some(self.ask_goto()?.map(Nav::Goto)),
            None if matches!(key, Key::Char('?')) => {
                self.help()?;
                None
            }
            None => None,
        })
    }

    fn word_line(&mut self, view: &ItemView<'_>, comment: Option<&str>) -> io::Result<()> {
        let (note, over) = editor::word_note(view.schema, comment);
        let style = if over { Style::Warning } else { Style::Dim };
        self.say(style, &format!("  {note}"))
    }

    /// The keys line of a YES/NO question: `y YES   n NO   1/2`.
    fn choice_keys(
        &mut self,
        label: &str,
        yes: &str,
        no: &str,
        now: Option<String>,
    ) -> io::Result<()> {
        let mut pieces = vec![
            (Style::Bold, label.to_string()),
            (Style::Plain, "  ".into()),
            (Style::Accent, self.keys.shown(Choice::Yes)),
            (Style::Plain, format!(" {yes}   ")),
            (Style::Accent, self.keys.shown(Choice::No)),
            (Style::Plain, format!(" {no}   ")),
            (Style::Dim, say::digits_too()),
        ];
        if let Some(now) = now {
            pieces.push((Style::Dim, format!("   {now}")));
        }
        // The question stays in view when help or a go-to fills the screen.
        self.push(Kind::Head, pieces)
    }

    /// The moves under a single-key question, kept in view like it.
    fn moves(&mut self, keep: Option<String>) -> io::Result<()> {
        self.push(
            Kind::Head,
            vec![(
                Style::Dim,
                format!(
                    "  {}{}",
                    keep.map(|k| format!("{} ", t!("fill-enter-keeps", value = k)))
                        .unwrap_or_default(),
                    self.keys.moves_hint()
                ),
            )],
        )
    }
}

/// `text` without its escape sequences (a prompt as plain text).
fn strip_styles(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

impl Prompter for TerminalPrompter {
    fn field(&mut self, view: &FieldView<'_>) -> Result<Response<Option<String>>, Stop> {
        let mut typed = view.typed.clone().unwrap_or_default();
        loop {
            self.begin(&screen::field_place(view), view.progress)?;
            let field = view.field;
            self.push(
                Kind::Normal,
                vec![
                    (Style::Bold, one_line(&field.label)),
                    (Style::Dim, format!(" ({})", say::field_need(field))),
                ],
            )?;
            if let Some(problem) = &view.problem {
                self.say(Style::Warning, problem)?;
            }
            if field.kind == FieldKind::YesNo {
                let schema = view.schema;
                let now = match (view.default, screen::origin_note(view.origin)) {
                    (Some(d), Some(note)) => Some(t!(
                        "fill-now",
                        value = screen::yes_no_label(schema, d),
                        origin = note
                    )),
                    _ => None,
                };
                self.choice_keys(
                    "",
                    &one_line(&schema.answer.yes),
                    &one_line(&schema.answer.no),
                    now,
                )?;
                self.moves(view.default.map(|d| screen::yes_no_label(schema, d)))?;
                loop {
                    let key = self.key()?;
                    let choice = match key {
                        Key::Char(c) => self.keys.choice(c),
                        _ => None,
                    };
                    let value = match (choice, key) {
                        (Some(choice), _) => choice.as_str().to_string(),
                        (None, Key::Enter) => match view.default {
                            Some(d) => d.to_string(),
                            None => continue,
                        },
                        (None, other) => match self.nav_key(other)? {
                            Some(Some(nav)) => return Ok(Response::Nav(nav)),
                            Some(None) => continue,
                            None => continue,
                        },
                    };
                    return Ok(Response::Value(Some(value)));
                }
            }
            match (view.default, screen::origin_note(view.origin)) {
                (Some(default), Some(note)) if typed.is_empty() => self.hint(&format!(
                    "  {}",
                    say::default_hint(&note, &one_line(default))
                ))?,
                _ => {}
            }
            self.hint(&format!("  {}", t!("fill-field-hint")))?;
            let palette = self.canvas_palette();
            let prompt = move |_: &str| (palette.accent("› "), 2);
            let default = view.default.filter(|_| typed.is_empty());
            let value = match self.read_line(&prompt, &typed, default, line::Kind::Field)? {
                End::Enter(t) | End::Editor(t) | End::Done(t) => t,
            };
            typed.clear();
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
                Typed::Help => {
                    let help = self.help_lines();
                    self.pending
                        .extend(help.into_iter().map(|s| (s, Style::Dim)));
                }
                Typed::Editor => self
                    .pending
                    .push((t!("fill-editor-for-comments"), Style::Warning)),
                Typed::Unknown(command) => self
                    .pending
                    .push((t!("fill-not-a-command", command = command), Style::Warning)),
            }
        }
    }

    fn choice(&mut self, view: &ItemView<'_>) -> Result<Response<Choice>, Stop> {
        let schema = view.schema;
        {
            self.begin(&screen::item_place(view), view.progress)?;
            let (width, _) = super::canvas::size(&self.term);
            let (title, text) = screen::item_text(view, width);
            for line in title {
                self.push(Kind::Context, vec![(Style::Dim, line)])?;
            }
            self.say(Style::Plain, "")?;
            self.say(Style::Bold, &screen::item_heading(view))?;
            for line in text {
                self.push(Kind::Body, vec![(Style::Plain, line)])?;
            }
            self.say(Style::Plain, "")?;
            let now = match (view.default_choice(), screen::origin_note(view.origin)) {
                (Some(c), Some(note)) => Some(t!(
                    "fill-now",
                    value = one_line(c.label(schema)),
                    origin = note
                )),
                _ => None,
            };
            self.choice_keys(
                &screen::question(schema),
                &one_line(&schema.answer.yes),
                &one_line(&schema.answer.no),
                now,
            )?;
            self.moves(view.default_choice().map(|c| one_line(c.label(schema))))?;
            let choice = loop {
                let key = self.key()?;
                if let Some(choice) = match key {
                    Key::Char(c) => self.keys.choice(c),
                    _ => None,
                } {
                    break choice;
                }
                match key {
                    Key::Enter => {
                        if let Some(c) = view.default_choice() {
                            break c;
                        }
                    }
                    other => match self.nav_key(other)? {
                        Some(Some(nav)) => return Ok(Response::Nav(nav)),
                        Some(None) => {}
                        None => {}
                    },
                }
            };
            self.push(
                Kind::Normal,
                vec![
                    (Style::Plain, "  › ".into()),
                    (Style::Good, one_line(choice.label(schema))),
                ],
            )?;
            self.say(Style::Plain, "")?;
            Ok(Response::Value(choice))
        }
    }

    fn type_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        draft: &mut Draft<'_>,
    ) -> Result<Response<Option<String>>, Stop> {
        let schema = view.schema;
        let rule = say::comment_rule(schema, choice);
        self.push(
            Kind::Normal,
            vec![
                (Style::Bold, one_line(&schema.comments.label)),
                (Style::Dim, format!(" ({rule})")),
            ],
        )?;
        self.hint(&format!("  {}", t!("fill-comment-hint")))?;
        let editor_name = editor::name(&self.editor);
        self.hint(&format!(
            "  {}",
            t!("fill-comment-keys", editor = editor_name)
        ))?;
        let mut paragraphs: Vec<String> = Vec::new();
        let palette = self.canvas_palette();
        let max = schema.comments.max_words;
        loop {
            let so_far = paragraphs.join("\n\n");
            let number = paragraphs.len() + 1;
            let before = word_count(&so_far);
            // The count follows the typing, and turns to a warning past the
            // form's limit.
            let prompt = move |typed: &str| {
                let words = before + word_count(typed);
                let count = say::words(words);
                let plain = format!("¶{number} ({count}) › ");
                let over = max.is_some_and(|m| words > m);
                let styled_count = if over {
                    palette.warning(&format!("({count})"))
                } else {
                    palette.dim(&format!("({count})"))
                };
                (
                    format!(
                        "{} {styled_count} › ",
                        palette.accent(&format!("¶{number}"))
                    ),
                    plain.width(),
                )
            };
            let end = self.read_line(&prompt, "", None, line::Kind::Comment)?;
            let with_text = |mut all: Vec<String>, text: &str| {
                if !text.trim().is_empty() {
                    all.push(text.to_string());
                }
                all.join("\n\n")
            };
            let (text, finished) = match &end {
                End::Enter(t) => (t.clone(), false),
                End::Editor(t) | End::Done(t) => (t.clone(), true),
            };
            match (&end, commands::parse(&text)) {
                (End::Editor(_), _) | (End::Enter(_), Typed::Editor) => {
                    let start = match end {
                        End::Editor(_) => with_text(paragraphs.clone(), &text),
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
                (End::Done(_), _) => {
                    let all = with_text(paragraphs, &text);
                    let comment = normalize_comment(&all);
                    self.word_line(view, comment.as_deref())?;
                    return Ok(Response::Value(comment));
                }
                (_, Typed::Text(t)) if t.trim().is_empty() && !finished => {
                    let comment = normalize_comment(&so_far);
                    self.word_line(view, comment.as_deref())?;
                    return Ok(Response::Value(comment));
                }
                (_, Typed::Text(t)) => {
                    paragraphs.push(t);
                    draft(normalize_comment(&paragraphs.join("\n\n")).as_deref(), self)?;
                }
                (_, Typed::Nav(nav)) => return Ok(Response::Nav(nav)),
                (_, Typed::GotoWhere) => {
                    if let Some(id) = self.ask_goto()? {
                        return Ok(Response::Nav(Nav::Goto(id)));
                    }
                }
                (_, Typed::Clear) => {
                    paragraphs.clear();
                    draft(None, self)?;
                    self.hint(&format!("  {}", t!("fill-comment-emptied")))?;
                }
                (_, Typed::Help) => self.help()?,
                (_, Typed::Unknown(command)) => self.say(
                    Style::Warning,
                    &format!("  {}", t!("fill-not-a-command-comment", command = command)),
                )?,
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
        let mut err = io::stderr();
        self.keyboard.suspend(&mut err)?;
        let edited = editor::edit(&self.editor, view, choice, start);
        self.keyboard.resume(&mut err)?;
        self.canvas.repaint(&self.term)?;
        match edited? {
            Edited::Saved(text) => Ok(Some(text)),
            Edited::Failed(why) => {
                self.say(Style::Warning, &why)?;
                Ok(None)
            }
        }
    }

    fn show_comment(&mut self, view: &ItemView<'_>, existing: &str) -> Result<(), Stop> {
        let note = screen::origin_note(view.origin).unwrap_or_else(|| t!("fill-origin-saved"));
        self.push(
            Kind::Normal,
            vec![
                (Style::Bold, one_line(&view.schema.comments.label)),
                (Style::Dim, format!(" ({note})")),
            ],
        )?;
        let (width, _) = super::canvas::size(&self.term);
        for line in screen::quoted(existing, width) {
            self.say(Style::Plain, &line)?;
        }
        self.word_line(view, Some(existing))?;
        let editor_name = editor::name(&self.editor);
        let hint = t!(
            "fill-comment-actions",
            editor = editor_name,
            back = self.keys.back_key(),
            edit = self.keys.act_key(Act::Edit),
            retype = self.keys.act_key(Act::Retype),
            delete = self.keys.act_key(Act::Delete)
        );
        self.hint(&format!("  {hint}"))?;
        Ok(())
    }

    fn comment_action(&mut self, _view: &ItemView<'_>) -> Result<Response<CommentAction>, Stop> {
        loop {
            let action = match self.key()? {
                Key::Enter => CommentAction::Keep,
                Key::Tab => CommentAction::Edit,
                Key::Char(c) if self.keys.act(c).is_some() => match self.keys.act(c) {
                    Some(Act::Edit) => CommentAction::Edit,
                    Some(Act::Retype) => CommentAction::Retype,
                    _ => CommentAction::Delete,
                },
                other => match self.nav_key(other)? {
                    Some(Some(nav)) => return Ok(Response::Nav(nav)),
                    _ => continue,
                },
            };
            self.term.show_cursor()?;
            return Ok(Response::Value(action));
        }
    }

    fn required_empty(&mut self, view: &ItemView<'_>, choice: Choice) -> Result<bool, Stop> {
        let schema = view.schema;
        self.say(
            Style::Warning,
            &format!(
                "  {}",
                say::required_comment(&schema.comments.label, &one_line(choice.label(schema)))
            ),
        )?;
        let later = self.keys.shown(Choice::No);
        self.hint(&format!("  {}", say::required_comment_keys(&later)))?;
        loop {
            // Enter or the YES key writes it; the NO key or Esc leaves it.
            let write = match self.key()? {
                Key::Enter => true,
                Key::Escape => false,
                Key::Char(c) => match self.keys.choice(c) {
                    Some(choice) => choice == Choice::Yes,
                    None => continue,
                },
                _ => continue,
            };
            self.term.show_cursor()?;
            return Ok(write);
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
            t!(
                "fill-saved-item",
                id = one_line(view.id()),
                choice = one_line(choice.label(view.schema)),
                words = note
            ),
            if over { Style::Warning } else { Style::Good },
        ));
        Ok(())
    }

    fn notice(&mut self, text: &str) -> Result<(), Stop> {
        self.pending.push((text.to_string(), Style::Warning));
        Ok(())
    }

    fn which_date(
        &mut self,
        typed: &str,
        first: &str,
        second: &str,
    ) -> Result<Option<String>, Stop> {
        self.say(Style::Warning, &say::which_date(typed, first, second))?;
        self.push(
            Kind::Head,
            vec![
                (Style::Accent, "  1".into()),
                (Style::Plain, format!(" {}   ", say::long_date(first))),
                (Style::Accent, "2".into()),
                (Style::Plain, format!(" {}   ", say::long_date(second))),
                (Style::Dim, say::type_again()),
            ],
        )?;
        loop {
            match self.key()? {
                Key::Char('1') => return Ok(Some(first.to_string())),
                Key::Char('2') => return Ok(Some(second.to_string())),
                Key::Escape | Key::Backspace | Key::Enter => return Ok(None),
                _ => {}
            }
        }
    }

    fn saving_in(&mut self, file: &str) {
        self.file = file.to_string();
    }

    fn conflict(&mut self, view: &ConflictView) -> Result<Keep, Stop> {
        self.say(Style::Plain, "")?;
        self.say(
            Style::Warning,
            &say::conflict_question(&view.file, &view.what),
        )?;
        self.say(
            Style::Plain,
            &format!("  1 {}", say::conflict_here(&view.ours)),
        )?;
        self.say(
            Style::Plain,
            &format!("  2 {}", say::conflict_there(&view.theirs)),
        )?;
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
        self.canvas.clear(&self.term)?;
        self.push(
            Kind::Head,
            vec![(
                Style::Bold,
                t!(
                    "fill-summary-title",
                    file = one_line(&summary.path),
                    answered = summary.answered,
                    total = summary.total
                ),
            )],
        )?;
        self.say(Style::Plain, "")?;
        let table = summary.table(Palette::PLAIN);
        for (i, line) in table.into_iter().enumerate() {
            let kind = if i == 0 { Kind::Head } else { Kind::Normal };
            let style = if i == 0 { Style::Bold } else { Style::Plain };
            self.push(kind, vec![(style, line)])?;
        }
        self.say(Style::Plain, "")?;
        let verdict = summary.verdict();
        let style = match (summary.errors, summary.warnings) {
            (0, 0) => Style::Good,
            (0, _) => Style::Warning,
            _ => Style::Error,
        };
        self.say(style, &verdict)?;
        const SHOWN: usize = 20;
        for (severity, message) in summary.problems.iter().take(SHOWN) {
            let (style, mark) = match severity {
                Severity::Error => (Style::Error, t!("fill-problem-error")),
                Severity::Warning => (Style::Warning, t!("fill-problem-warning")),
            };
            self.push(
                Kind::Normal,
                vec![
                    (Style::Plain, "  ".into()),
                    (style, mark),
                    (Style::Plain, format!(" {message}")),
                ],
            )?;
        }
        if summary.problems.len() > SHOWN {
            self.hint(&format!(
                "  {}",
                t!(
                    "fill-more-problems",
                    count = summary.problems.len() - SHOWN,
                    file = one_line(&summary.path)
                )
            ))?;
        }
        self.say(Style::Plain, "")?;
        let Some(offer) = summary.offer() else {
            return Ok(false);
        };
        self.push(
            Kind::Normal,
            vec![
                (Style::Bold, offer),
                (Style::Plain, "  ".into()),
                (Style::Accent, self.keys.shown(Choice::Yes)),
                (
                    Style::Plain,
                    format!(" {}   ", self.keys.label(Choice::Yes)),
                ),
                (Style::Accent, self.keys.shown(Choice::No)),
                (Style::Plain, format!(" {}", self.keys.label(Choice::No))),
            ],
        )?;
        loop {
            match self.key()? {
                Key::Enter => return Ok(true),
                Key::Escape => return Ok(false),
                Key::Char(c) => match self.keys.choice(c) {
                    Some(Choice::Yes) => return Ok(true),
                    Some(Choice::No) => return Ok(false),
                    None if self.keys.motion(c) == Some(Move::Quit) => return Ok(false),
                    None => {}
                },
                _ => {}
            }
        }
    }
}
