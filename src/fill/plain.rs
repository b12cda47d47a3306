//! The prompter for screen readers and dumb terminals (`--plain`,
//! `TERM=dumb`, `ACCESSIBLE`): no redraws, no escape sequences, numbered
//! choices, every prompt one line read whole. It reads any `BufRead` and
//! writes any `Write`, so tests drive it with bytes.

use std::ffi::OsString;
use std::io::{self, BufRead, Write};

use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::reply::Choice;
use crate::schema::FieldKind;
use crate::text::{normalize_comment, word_count};

use super::editor::{self, Edited};
use super::keymap::{Act, Keymap, Move};
use super::prompt::{
    CommentAction, ConflictView, Draft, FieldView, ItemView, Keep, Nav, Prompter, Response, Stop,
};
use super::say;
use super::screen;
use super::slash::{self as commands, Typed};
use super::summary::Summary;

pub(crate) struct PlainPrompter<R, W> {
    input: R,
    output: W,
    editor: OsString,
    /// The issue last introduced, so its title is read once, not per item.
    last_issue: Option<String>,
    /// Ids of this questionnaire for the help's examples.
    examples: (String, String),
    /// The answers' keys and labels.
    keys: Keymap,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    pub(super) fn new(
        input: R,
        output: W,
        editor: OsString,
        examples: (String, String),
        keys: Keymap,
    ) -> Self {
        PlainPrompter {
            input,
            output,
            editor,
            last_issue: None,
            examples,
            keys,
        }
    }

    fn say(&mut self, text: &str) -> io::Result<()> {
        writeln!(self.output, "{text}")
    }

    /// Writes `prompt` and reads one line; `None` at the end of input.
    fn ask(&mut self, prompt: &str) -> io::Result<Option<String>> {
        write!(self.output, "{prompt}")?;
        self.output.flush()?;
        let mut line = String::new();
        if self.input.read_line(&mut line)? == 0 {
            writeln!(self.output)?;
            return Ok(None);
        }
        Ok(Some(line.trim_end_matches(['\n', '\r']).to_string()))
    }

    fn help(&mut self) -> io::Result<()> {
        let (item, field) = self.examples.clone();
        for line in commands::help(&item, &field, &self.keys, false) {
            self.say(&line)?;
        }
        Ok(())
    }

    /// Single letters at a choice prompt (the moves and the editor's, in
    /// the run's language; `h` or `?` for help), and the typed commands.
    fn choice_command(&mut self, line: &str) -> Result<Option<Typed>, Stop> {
        let word = line.trim().to_lowercase();
        if word.starts_with('/') {
            return Ok(Some(commands::parse(line)));
        }
        let mut chars = word.chars();
        let (first, rest) = (chars.next(), chars.as_str());
        let typed = match (first, rest) {
            (Some('h' | '?'), "") => Typed::Help,
            (Some(c), "") if self.keys.act(c) == Some(Act::Edit) => Typed::Editor,
            (Some(c), "") => match self.keys.motion(c) {
                Some(Move::Back) => Typed::Nav(Nav::Back),
                Some(Move::Skip) => Typed::Nav(Nav::Skip),
                Some(Move::Quit) => Typed::Nav(Nav::Quit),
                Some(Move::Goto) => Typed::GotoWhere,
                None => return Ok(None),
            },
            // `g II.4`: the go-to letter, a space, the id.
            (Some(c), rest) if rest.starts_with(' ') && self.keys.motion(c) == Some(Move::Goto) => {
                Typed::Nav(Nav::Goto(rest.trim().to_string()))
            }
            _ => return Ok(None),
        };
        Ok(Some(typed))
    }

    fn goto(&mut self) -> Result<Option<Nav>, Stop> {
        let (item, field) = self.examples.clone();
        let id = self.ask(&format!(
            "{} ",
            t!("fill-plain-goto", item = item, field = field)
        ))?;
        Ok(id
            .map(|id| id.trim().to_string())
            .filter(|id| !id.is_empty())
            .map(Nav::Goto))
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn field(&mut self, view: &FieldView<'_>) -> Result<Response<Option<String>>, Stop> {
        let field = view.field;
        if let Some(problem) = &view.problem {
            self.say(&t!("fill-plain-warning", text = format!("{problem}.")))?;
        }
        self.say(&format!(
            "{}. {} ({}).",
            screen::field_place(view).replace(" · ", ", "),
            one_line(&field.label),
            say::field_need(field)
        ))?;
        let yes_no = field.kind == FieldKind::YesNo;
        let shown_default = view.default.map(|v| {
            if yes_no {
                screen::yes_no_label(view.schema, v)
            } else {
                one_line(v)
            }
        });
        let keep = match (&shown_default, screen::origin_note(view.origin)) {
            (Some(v), Some(note)) => {
                format!(" {}", t!("fill-plain-keep", origin = note, value = v))
            }
            _ => String::new(),
        };
        // A yes-no field is a numbered choice, as a YES/NO question is.
        let choices = if yes_no {
            format!(
                " 1 {}, 2 {}",
                one_line(&view.schema.answer.yes),
                one_line(&view.schema.answer.no)
            )
        } else {
            String::new()
        };
        loop {
            let Some(line) = self.ask(&format!("{}{choices}{keep}: ", one_line(&field.label)))?
            else {
                return Ok(Response::Nav(Nav::Quit));
            };
            // A yes-no field takes 1/2 and the labels (`oui`) too.
            let line = match self.keys.typed(&line).filter(|_| yes_no) {
                Some(choice) => choice.as_str().to_string(),
                None => line,
            };
            let typed = match self.choice_command(&line)? {
                Some(typed) if field.kind == FieldKind::YesNo || line.starts_with('/') => typed,
                _ => commands::parse(&line),
            };
            match typed {
                Typed::Text(t) if t.trim().is_empty() => {
                    return Ok(Response::Value(view.default.map(str::to_string)));
                }
                Typed::Text(t) => return Ok(Response::Value(Some(t))),
                Typed::Nav(nav) => return Ok(Response::Nav(nav)),
                Typed::GotoWhere => {
                    if let Some(nav) = self.goto()? {
                        return Ok(Response::Nav(nav));
                    }
                }
                Typed::Clear => return Ok(Response::Value(None)),
                Typed::Help => self.help()?,
                Typed::Editor => self.say(&t!("fill-editor-for-comments"))?,
                Typed::Unknown(command) => {
                    self.say(&t!("fill-not-a-command", command = command))?
                }
            }
        }
    }

    fn choice(&mut self, view: &ItemView<'_>) -> Result<Response<Choice>, Stop> {
        let schema = view.schema;
        let issue = view.item.issue.numeral.clone();
        if self.last_issue.as_deref() != Some(&issue) {
            let title = format!(
                "{}: {}.",
                schema.issue_heading(view.item.issue),
                view.item.issue.title
            );
            self.say(&one_line(&title))?;
            self.last_issue = Some(issue);
        }
        self.say(&format!(
            "{}. {}",
            screen::item_place(view).replace(" · ", ", "),
            screen::item_heading(view)
        ))?;
        self.say(&one_line(&view.item.recommendation.text))?;
        let keep = match (view.default_choice(), screen::origin_note(view.origin)) {
            (Some(c), Some(note)) => format!(
                " {}",
                t!(
                    "fill-plain-keep",
                    origin = note,
                    value = one_line(c.label(schema))
                )
            ),
            _ => String::new(),
        };
        let prompt = format!(
            "{} ",
            t!(
                "fill-plain-choice",
                question = screen::question(schema),
                yes = one_line(&schema.answer.yes),
                no = one_line(&schema.answer.no),
                keep = keep
            )
        );
        loop {
            let Some(line) = self.ask(&prompt)? else {
                return Ok(Response::Nav(Nav::Quit));
            };
            // The answers first: a Spanish `s` is SÍ, not skip.
            if let Some(choice) = self.keys.typed(&line) {
                return Ok(Response::Value(choice));
            }
            let word = line.trim();
            if word.is_empty() {
                match view.default_choice() {
                    Some(c) => return Ok(Response::Value(c)),
                    None => {
                        self.say(&t!("fill-plain-type-1-2"))?;
                        continue;
                    }
                }
            }
            match self.choice_command(&line)? {
                Some(Typed::Nav(nav)) => return Ok(Response::Nav(nav)),
                Some(Typed::GotoWhere) => {
                    if let Some(nav) = self.goto()? {
                        return Ok(Response::Nav(nav));
                    }
                }
                Some(Typed::Help) => self.help()?,
                _ => self.say(&t!(
                    "fill-plain-type-choice",
                    yes = one_line(&schema.answer.yes),
                    no = one_line(&schema.answer.no)
                ))?,
            }
        }
    }

    fn edit_comment(
        &mut self,
        view: &ItemView<'_>,
        choice: Choice,
        start: Option<&str>,
    ) -> Result<Option<Option<String>>, Stop> {
        self.say(&t!(
            "fill-plain-opening",
            editor = editor::name(&self.editor)
        ))?;
        match editor::edit(&self.editor, view, choice, start)? {
            Edited::Saved(text) => {
                let (note, _) = editor::word_note(view.schema, text.as_deref());
                self.say(&t!("fill-plain-comment-saved", words = note))?;
                Ok(Some(text))
            }
            Edited::Failed(why) => {
                self.say(&t!("fill-plain-warning", text = format!("{why}.")))?;
                Ok(None)
            }
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
        self.say(&t!(
            "fill-plain-comment",
            label = one_line(&schema.comments.label),
            rule = rule
        ))?;
        let mut paragraphs: Vec<String> = Vec::new();
        loop {
            let so_far = paragraphs.join("\n\n");
            let prompt = if paragraphs.is_empty() {
                format!("{} ", t!("fill-plain-paragraph-first"))
            } else {
                format!(
                    "{} ",
                    t!(
                        "fill-plain-paragraph",
                        n = paragraphs.len() + 1,
                        words = say::words(word_count(&so_far))
                    )
                )
            };
            let Some(line) = self.ask(&prompt)? else {
                return Ok(Response::Nav(Nav::Quit));
            };
            match commands::parse(&line) {
                Typed::Text(t) if t.trim().is_empty() => {
                    let comment = normalize_comment(&so_far);
                    let (note, over) = editor::word_note(schema, comment.as_deref());
                    let note = format!("{note}.");
                    if over {
                        self.say(&t!("fill-plain-warning", text = note))?;
                    } else {
                        self.say(&note)?;
                    }
                    return Ok(Response::Value(comment));
                }
                Typed::Text(t) => {
                    paragraphs.push(t);
                    draft(normalize_comment(&paragraphs.join("\n\n")).as_deref(), self)?;
                }
                Typed::Nav(nav) => return Ok(Response::Nav(nav)),
                Typed::GotoWhere => {
                    if let Some(nav) = self.goto()? {
                        return Ok(Response::Nav(nav));
                    }
                }
                Typed::Editor => {
                    let start = normalize_comment(&so_far);
                    if let Some(comment) = self.edit_comment(view, choice, start.as_deref())? {
                        return Ok(Response::Value(comment));
                    }
                }
                Typed::Clear => {
                    paragraphs.clear();
                    draft(None, self)?;
                    self.say(&t!("fill-plain-comment-emptied"))?;
                }
                Typed::Help => self.help()?,
                Typed::Unknown(command) => {
                    self.say(&t!("fill-not-a-command", command = command))?
                }
            }
        }
    }

    fn show_comment(&mut self, view: &ItemView<'_>, existing: &str) -> Result<(), Stop> {
        let note = screen::origin_note(view.origin).unwrap_or_else(|| t!("fill-origin-saved"));
        let (words, _) = editor::word_note(view.schema, Some(existing));
        self.say(&t!(
            "fill-plain-existing",
            label = one_line(&view.schema.comments.label),
            origin = note,
            words = words
        ))?;
        for paragraph in existing.split("\n\n") {
            self.say(&one_line(paragraph))?;
        }
        Ok(())
    }

    fn comment_action(&mut self, _view: &ItemView<'_>) -> Result<Response<CommentAction>, Stop> {
        loop {
            let prompt = t!(
                "fill-plain-existing-keys",
                edit = self.keys.act_key(Act::Edit),
                retype = self.keys.act_key(Act::Retype),
                delete = self.keys.act_key(Act::Delete),
                back = self.keys.back_key()
            );
            let Some(line) = self.ask(&format!("{prompt} "))? else {
                return Ok(Response::Nav(Nav::Quit));
            };
            let word = line.trim().to_lowercase();
            let mut chars = word.chars();
            let act = match (chars.next(), chars.next()) {
                (Some(c), None) => self.keys.act(c),
                _ => None,
            };
            let action = match (word.as_str(), act) {
                ("", _) => CommentAction::Keep,
                (_, Some(Act::Retype)) => CommentAction::Retype,
                (_, Some(Act::Delete)) => CommentAction::Delete,
                _ => match self.choice_command(&line)? {
                    Some(Typed::Editor) => CommentAction::Edit,
                    Some(Typed::Nav(nav)) => return Ok(Response::Nav(nav)),
                    Some(Typed::GotoWhere) => match self.goto()? {
                        Some(nav) => return Ok(Response::Nav(nav)),
                        None => continue,
                    },
                    Some(Typed::Help) => {
                        self.help()?;
                        continue;
                    }
                    _ => {
                        self.say(&t!(
                            "fill-plain-existing-again",
                            edit = self.keys.act_key(Act::Edit),
                            retype = self.keys.act_key(Act::Retype),
                            delete = self.keys.act_key(Act::Delete),
                            back = self.keys.back_key()
                        ))?;
                        continue;
                    }
                },
            };
            return Ok(Response::Value(action));
        }
    }

    fn notice(&mut self, text: &str) -> Result<(), Stop> {
        Ok(self.say(text)?)
    }

    fn required_empty(&mut self, view: &ItemView<'_>, choice: Choice) -> Result<bool, Stop> {
        let schema = view.schema;
        self.say(&t!(
            "fill-plain-warning",
            text = say::required_comment(&schema.comments.label, &one_line(choice.label(schema)))
        ))?;
        loop {
            let Some(line) = self.ask(&format!(
                "{} ",
                t!("fill-plain-required", later = self.keys.shown(Choice::No))
            ))?
            else {
                return Ok(false);
            };
            match (line.trim(), self.keys.typed(&line)) {
                ("", _) | (_, Some(Choice::Yes)) => return Ok(true),
                (_, Some(Choice::No)) => return Ok(false),
                _ => self.say(&t!(
                    "fill-plain-enter-or-n",
                    later = self.keys.shown(Choice::No)
                ))?,
            }
        }
    }

    fn which_date(
        &mut self,
        typed: &str,
        first: &str,
        second: &str,
    ) -> Result<Option<String>, Stop> {
        self.say(&say::which_date(typed, first, second))?;
        let prompt = format!(
            "{} ",
            t!(
                "fill-plain-which-date",
                first = say::long_date(first),
                second = say::long_date(second)
            )
        );
        loop {
            let Some(line) = self.ask(&prompt)? else {
                return Ok(None);
            };
            match line.trim() {
                "1" => return Ok(Some(first.to_string())),
                "2" => return Ok(Some(second.to_string())),
                "" => return Ok(None),
                _ => self.say(&t!("fill-plain-type-1-2"))?,
            }
        }
    }

    fn conflict(&mut self, view: &ConflictView) -> Result<Keep, Stop> {
        self.say(&say::conflict_question(&view.file, &view.what))?;
        self.say(&say::conflict_here(&view.ours))?;
        self.say(&say::conflict_there(&view.theirs))?;
        loop {
            let Some(line) = self.ask(&format!("{}: ", say::conflict_keys()))? else {
                return Ok(Keep::Ours);
            };
            match line.trim() {
                "1" => return Ok(Keep::Ours),
                "2" => return Ok(Keep::Theirs),
                _ => self.say(&say::conflict_keys())?,
            }
        }
    }

    fn summary(&mut self, summary: &Summary) -> Result<bool, Stop> {
        self.say(&t!(
            "fill-plain-summary",
            file = one_line(&summary.path),
            answered = summary.answered,
            total = summary.total
        ))?;
        for line in summary.sentences() {
            self.say(&line)?;
        }
        self.say(&summary.verdict())?;
        for (severity, message) in &summary.problems {
            self.say(&format!("{}: {message}", severity.as_str()))?;
        }
        let Some(offer) = summary.offer() else {
            return Ok(false);
        };
        loop {
            let prompt = t!(
                "fill-plain-revisit",
                offer = offer.clone(),
                yes = self.keys.shown(Choice::Yes),
                no = self.keys.shown(Choice::No)
            );
            let Some(line) = self.ask(&format!("{prompt} "))? else {
                return Ok(false);
            };
            match (line.trim(), self.keys.typed(&line)) {
                ("", _) | (_, Some(Choice::Yes)) => return Ok(true),
                (_, Some(Choice::No)) => return Ok(false),
                _ => self.say(&t!(
                    "fill-plain-type-y-n",
                    yes = self.keys.shown(Choice::Yes),
                    no = self.keys.shown(Choice::No)
                ))?,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fill::comment;
    use crate::fill::prompt::Origin;
    use crate::schema::Schema;

    fn prompter(input: &str) -> PlainPrompter<&[u8], Vec<u8>> {
        PlainPrompter::new(
            input.as_bytes(),
            Vec::new(),
            OsString::from("false"),
            ("II.4".into(), "email".into()),
            Keymap::new(&Schema::honlea()),
        )
    }

    fn view(schema: &Schema) -> ItemView<'_> {
        ItemView::for_test(schema, "I.2", 1)
    }

    #[test]
    fn a_choice_is_a_number_or_a_word_on_one_line() {
        let schema = Schema::honlea();
        let mut p = prompter("maybe\n2\n");
        assert_eq!(
            p.choice(&view(&schema)).unwrap(),
            Response::Value(Choice::No)
        );
        let out = String::from_utf8(p.output).unwrap();
        assert!(out.starts_with("Issue I: Use of the Internet for drug-related activities.\n"));
        assert!(out.contains(
            "Issue I, Recommendation 2 of 3, 1 of 16 answered. Recommendation 2 (I.2)\n"
        ));
        assert!(
            out.contains("Any action taken? 1 YES, 2 NO; h for help: Type 1 for YES or 2 for NO")
        );
        assert!(!out.contains('\u{1b}'), "no escape sequences in plain mode");
    }

    #[test]
    fn navigation_letters_at_a_choice() {
        let schema = Schema::honlea();
        for (input, nav) in [
            ("b\n", Nav::Back),
            ("s\n", Nav::Skip),
            ("q\n", Nav::Quit),
            ("g iii.2\n", Nav::Goto("iii.2".into())),
            ("g\nIV.1\n", Nav::Goto("IV.1".into())),
            ("/back\n", Nav::Back),
            ("", Nav::Quit),
        ] {
            let mut p = prompter(input);
            assert_eq!(
                p.choice(&view(&schema)).unwrap(),
                Response::Nav(nav),
                "{input:?}"
            );
        }
    }

    #[test]
    fn a_comment_is_paragraphs_until_an_empty_line() {
        let schema = Schema::honlea();
        let mut p = prompter("First paragraph.\nSecond one.\n\n");
        let mut drafts = Vec::new();
        let mut draft = |t: Option<&str>, _: &mut dyn crate::fill::prompt::Prompter| {
            drafts.push(t.map(str::to_string));
            Ok(())
        };
        let got =
            comment::step(&mut p, &view(&schema), Choice::Yes, &mut draft, &mut false).unwrap();
        assert_eq!(
            got,
            Response::Value(Some("First paragraph.\n\nSecond one.".into()))
        );
        assert_eq!(
            drafts,
            [
                Some("First paragraph.".to_string()),
                Some("First paragraph.\n\nSecond one.".to_string())
            ],
            "each finished paragraph is saved"
        );
        let out = String::from_utf8(p.output).unwrap();
        assert!(out.contains("Paragraph 2 (2 words so far): "));
        assert!(!out.contains("1 words"));
        assert!(out.contains("4 of at most 200 words."));
    }

    #[test]
    fn an_existing_comment_is_kept_with_enter() {
        let schema = Schema::honlea();
        let answer = crate::reply::Answer::new(Some(Choice::Yes), Some("Kept."));
        let view = ItemView {
            default: Some(&answer),
            origin: Origin::Current,
            ..view(&schema)
        };
        let mut p = prompter("\n");
        let got =
            comment::step(&mut p, &view, Choice::Yes, &mut |_, _| Ok(()), &mut false).unwrap();
        assert_eq!(got, Response::Value(Some("Kept.".into())));
        let mut p = prompter("t\nNew.\n\n");
        let got =
            comment::step(&mut p, &view, Choice::Yes, &mut |_, _| Ok(()), &mut false).unwrap();
        assert_eq!(got, Response::Value(Some("New.".into())));
    }

    #[test]
    fn hostile_text_is_shown_not_obeyed() {
        let mut schema = Schema::honlea();
        schema.issues[0].recommendations[1].text = "Evil \u{1b}]0;title\u{7} text".into();
        let mut p = prompter("1\n");
        p.choice(&view(&schema)).unwrap();
        let out = String::from_utf8(p.output).unwrap();
        assert!(out.contains("Evil \\u{1b}]0;title\\u{7} text"), "{out}");
    }
}
