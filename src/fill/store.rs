//! The reply file being filled: locked for the whole session (one writer
//! per reply), opened once (new, a draft, or refused), then written whole
//! and atomically after every confirmed answer, in its own format, through
//! a symbolic link to the file it names. Before every save the file is
//! checked against what qnr last read or wrote (length, modification time,
//! a hash of the bytes): edits made outside meanwhile are merged
//! ([`super::merge`]), and a file that can no longer be read without loss
//! is left alone while this session's answers go to a side file. A file qnr
//! cannot read without losing something is never overwritten.

use std::hash::{Hash, Hasher};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::error::{Error, Purpose};
use crate::escape::terminal::one_line;
use crate::formats::{self, Format};
use crate::i18n::t;
use crate::io::{FileKind, Lock, Overwrite, read_limited, resolve, write_atomic};
use crate::reply::{Answer, Choice, Reply};
use crate::schema::Schema;

use super::merge;
use super::prompt::{Prompter, Stop};
use super::say;

/// What the file on disk was when qnr last read or wrote it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    hash: u64,
}

impl Stamp {
    fn of(bytes: &[u8], path: &Path) -> Stamp {
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        bytes.hash(&mut hasher);
        Stamp {
            len: bytes.len() as u64,
            modified: std::fs::metadata(path).and_then(|m| m.modified()).ok(),
            hash: hasher.finish(),
        }
    }
}

/// The reply in memory and the file it is saved to.
#[derive(Debug)]
pub(crate) struct Store {
    /// The reply's name as the person gave it, for messages.
    pub name: PathBuf,
    /// The file written: `name` with symbolic links followed.
    pub path: PathBuf,
    pub format: Format,
    pub reply: Reply,
    /// What the file held when last read or written (`None`: no file yet).
    base: Option<Reply>,
    stamp: Option<Stamp>,
    /// How many times the file was written.
    pub saves: usize,
    /// Whether the file held a reply before this run.
    pub existed: bool,
    /// Set once this session's answers had to go to a side file: the reply
    /// it was filling, which is left as it is.
    pub left: Option<PathBuf>,
    _lock: Option<Lock>,
}

/// What opening a reply found.
#[derive(Debug)]
pub(crate) enum Opened {
    /// Ready to fill in place (boxed: a store is large, and the other
    /// outcome small).
    Store(Box<Store>),
    /// A form with a layout of its own (a ministry's Word document), which
    /// qnr would not write back as it is: fill it into a new file.
    OwnLayout { reply: Reply },
}

#[cfg(test)]
impl Opened {
    /// The store, in a test that opens a reply qnr wrote.
    pub(crate) fn expect_store(self) -> Store {
        match self {
            Opened::Store(store) => *store,
            Opened::OwnLayout { .. } => panic!("a form with a layout of its own"),
        }
    }
}

impl Store {
    /// Opens `path` to fill it in place: locked first, then read. A missing
    /// or blank file starts an empty reply (created at the first save); an
    /// existing one must be a reply to this schema that reads losslessly.
    pub(crate) fn open(path: &Path, schema: &Schema) -> Result<Opened, Error> {
        let format = read_format(path)?;
        let target = resolve(path);
        let lock = Lock::take(&target)?;
        let bytes = match read_limited(&target, FileKind::Reply) {
            Ok(bytes) => Some(bytes),
            Err(Error::NotFound { .. }) => None,
            Err(e) => return Err(e),
        };
        let stamp = bytes.as_deref().map(|b| Stamp::of(b, &target));
        if !format.is_written()
            && bytes
                .as_ref()
                .is_none_or(|b| b.iter().all(u8::is_ascii_whitespace))
        {
            // Nothing to read in a PDF, and qnr never writes one.
            fill_format(path)?;
        }
        let (reply, base) = match bytes {
            None => (Reply::empty(schema), None),
            // `touch reply.json` made it: there is nothing in it to keep.
            Some(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
                (Reply::empty(schema), Some(Reply::default()))
            }
            Some(bytes) => {
                let name = path.display().to_string();
                let (reply, _) =
                    formats::read_whole(&name, format, bytes.clone(), schema, Purpose::Fill)?;
                if !format.holds_any_reply() && !writes_back(format, &reply, &bytes, schema) {
                    return Ok(Opened::OwnLayout { reply });
                }
                (reply.clone(), Some(reply))
            }
        };
        Ok(Opened::Store(Box::new(Store {
            name: path.to_path_buf(),
            path: target,
            format,
            existed: base.as_ref().is_some_and(|r| *r != Reply::default()),
            reply,
            base,
            stamp,
            saves: 0,
            left: None,
            _lock: lock,
        })))
    }

    /// A new file `path`, which must not exist, to fill starting from
    /// `start` (what another file holds: `qnr fill FORM -o NEW`).
    pub(crate) fn create(path: &Path, start: Reply, schema: &Schema) -> Result<Store, Error> {
        let format = fill_format(path)?;
        let target = resolve(path);
        let lock = Lock::take(&target)?;
        if std::fs::symlink_metadata(&target).is_ok() {
            return Err(Error::Usage(say::output_exists(
                &path.display().to_string(),
            )));
        }
        let mut reply = start;
        if reply.questionnaire.is_none() {
            reply.questionnaire = Some(schema.id.clone());
        }
        if reply.version.is_none() {
            reply.version = Some(schema.version.clone());
        }
        Ok(Store {
            name: path.to_path_buf(),
            path: target,
            format,
            existed: false,
            reply,
            base: None,
            stamp: None,
            saves: 0,
            left: None,
            _lock: lock,
        })
    }

    /// The lock file, removed by the Ctrl-C handler before the process ends.
    pub(crate) fn lock_file(&self) -> Option<&Path> {
        self._lock.as_ref().map(Lock::path)
    }

    pub(crate) fn set_field(&mut self, id: &str, value: Option<&str>) {
        self.reply.set_field(id, value.unwrap_or(""));
    }

    pub(crate) fn set_answer(&mut self, id: &str, answer: Answer) {
        self.reply.set_answer(id, answer);
    }

    /// How many recommendations the file on disk has answered.
    pub(crate) fn on_disk_answered(&self, schema: &Schema) -> usize {
        self.base
            .as_ref()
            .map_or(0, |reply| reply.answered_count(schema))
    }

    /// Whether the file exists now (it was there at the start, or written).
    pub(crate) fn on_disk(&self) -> bool {
        self.base.is_some()
    }

    /// What the person typed that the file does not hold, as indented lines
    /// for a message: the fields and answers that differ from the last save.
    pub(crate) fn unsaved(&self, schema: &Schema) -> String {
        let saved = self.base.clone().unwrap_or_default();
        let mut lines = String::new();
        for field in &schema.respondent {
            let now = self.reply.field(&field.id);
            if now.is_some_and(|v| !v.is_empty()) && now != saved.field(&field.id) {
                let value = crate::escape::terminal::one_line(now.unwrap_or_default());
                lines.push_str(&format!("    {}: {value}\n", one_line(&field.label)));
            }
        }
        for id in schema.item_ids() {
            let Some(now) = self.reply.answer(id) else {
                continue;
            };
            if Some(now) == saved.answer(id) || *now == Answer::default() {
                continue;
            }
            let unanswered = say::unanswered();
            let choice = match now.action_taken {
                Some(Choice::Yes) => schema.answer.yes.as_str(),
                Some(Choice::No) => schema.answer.no.as_str(),
                None => unanswered.as_str(),
            };
            lines.push_str(&format!("    {id}: {}\n", one_line(choice)));
            for line in now.comments.as_deref().unwrap_or_default().lines() {
                let line = crate::escape::terminal::for_terminal(line);
                lines.push_str(&format!("      {line}\n").replace("      \n", "\n"));
            }
        }
        if lines.is_empty() {
            return lines;
        }
        format!(
            "  {}
{lines}",
            t!("fill-not-saved-heading")
        )
    }

    /// Writes the reply if it differs from what the file holds, after
    /// taking in what was changed outside qnr since the last read or write
    /// (conflicts are asked through `prompter`). Holds the interrupt lock
    /// while writing, so Ctrl-C never ends the process mid-save.
    pub(crate) fn save(
        &mut self,
        schema: &Schema,
        prompter: &mut dyn Prompter,
    ) -> Result<(), Stop> {
        let now = self.look().map_err(Stop::Save)?;
        if now.as_ref().map(|(_, stamp)| *stamp) != self.stamp {
            self.outside(schema, now, prompter)?;
        }
        if self.base.as_ref() == Some(&self.reply) {
            return Ok(());
        }
        let mut reply = self.reply.clone();
        reply.sort_by_schema(schema);
        let bytes = formats::write(self.format, &reply, schema);
        if let Err(part) = formats::check_written(self.format, &reply, &bytes, schema) {
            let why = say::form_cannot_hold(&self.shown(), self.format.name(), &part);
            self.switch_to_side_file(Format::Json, &why, prompter)?;
            return self.save(schema, prompter);
        }
        let _guard = super::interrupt::saving();
        write_atomic(&self.path, &bytes, Overwrite::Allow).map_err(Stop::Save)?;
        self.stamp = Some(Stamp::of(&bytes, &self.path));
        self.base = Some(self.reply.clone());
        self.saves += 1;
        super::interrupt::saved_in(self.shown());
        Ok(())
    }

    /// The reply's name as messages show it.
    pub(crate) fn shown(&self) -> String {
        one_line(&self.name.display().to_string())
    }

    /// The file's bytes and stamp now; `None` when there is no file.
    fn look(&self) -> Result<Option<(Vec<u8>, Stamp)>, Error> {
        match read_limited(&self.path, FileKind::Reply) {
            Ok(bytes) => {
                let stamp = Stamp::of(&bytes, &self.path);
                Ok(Some((bytes, stamp)))
            }
            Err(Error::NotFound { .. }) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// The file changed since qnr last read or wrote it: merge what it holds
    /// now, or leave it alone and go on in a side file.
    fn outside(
        &mut self,
        schema: &Schema,
        now: Option<(Vec<u8>, Stamp)>,
        prompter: &mut dyn Prompter,
    ) -> Result<(), Stop> {
        let Some((bytes, stamp)) = now else {
            // Removed outside: written again with this session's answers.
            self.base = None;
            self.stamp = None;
            prompter.notice(&say::removed_outside(&self.shown()))?;
            return Ok(());
        };
        let name = self.name.display().to_string();
        let theirs = if bytes.iter().all(u8::is_ascii_whitespace) {
            Ok(Reply::default())
        } else {
            formats::read_whole(&name, self.format, bytes, schema, Purpose::Fill).map(|(r, _)| r)
        };
        let theirs = match theirs {
            Ok(theirs) => theirs,
            Err(_) => {
                let why = say::unreadable_outside(&self.shown());
                return self.switch_to_side_file(self.format, &why, prompter);
            }
        };
        let base = self.base.clone().unwrap_or_default();
        let merged = merge::merge(&base, &self.reply, &theirs);
        let mut reply = merged.reply;
        for conflict in &merged.conflicts {
            let view = conflict.view(schema, &self.shown());
            let keep = prompter.conflict(&view)?;
            merge::settle(&mut reply, conflict, keep);
        }
        if !merged.taken.is_empty() {
            let parts: Vec<String> = merged.taken.iter().map(|p| p.name(schema)).collect();
            prompter.notice(&say::taken_from_outside(&self.shown(), &parts))?;
        }
        self.reply = reply;
        self.base = Some(theirs);
        self.stamp = Some(stamp);
        Ok(())
    }

    /// Leaves the reply file as it is and saves this session's answers in a
    /// new file beside it from now on, in `format`; tells the person why.
    fn switch_to_side_file(
        &mut self,
        format: Format,
        why: &str,
        prompter: &mut dyn Prompter,
    ) -> Result<(), Stop> {
        let side = side_file(&self.path, format);
        let shown = one_line(&side.display().to_string());
        prompter.notice(&say::side_file(why, &shown))?;
        prompter.saving_in(&shown);
        self.left.get_or_insert_with(|| self.name.clone());
        self.name = side.clone();
        self.path = side;
        self.format = format;
        self.base = None;
        self.stamp = None;
        Ok(())
    }
}

/// The format `qnr fill` reads `path` in: the one its name says (a PDF too,
/// which is then filled into a new file).
fn read_format(path: &Path) -> Result<Format, Error> {
    match Format::from_path(path) {
        Some(format) => Ok(format),
        None => fill_format(path),
    }
}

/// The format `qnr fill` saves `path` in: the one its name says, if qnr
/// writes it.
fn fill_format(path: &Path) -> Result<Format, Error> {
    Format::from_path(path)
        .filter(|format| format.is_written())
        .ok_or_else(|| {
            let written: Vec<String> = Format::ALL
                .iter()
                .filter(|format| format.is_written())
                .flat_map(|format| format.extensions())
                .map(|extension| format!(".{extension}"))
                .collect();
            Error::Usage(say::unknown_extension(
                &path.display().to_string(),
                &written.join(", "),
            ))
        })
}

/// Whether qnr writes `reply` back as exactly `bytes`: true of a form qnr
/// wrote itself, false of one laid out by someone else.
fn writes_back(format: Format, reply: &Reply, bytes: &[u8], schema: &Schema) -> bool {
    let mut sorted = reply.clone();
    sorted.sort_by_schema(schema);
    let written = formats::write(format, &sorted, schema);
    let text = |b: &[u8]| String::from_utf8_lossy(b).replace("\r\n", "\n");
    written == bytes || (format != Format::Docx && text(&written) == text(bytes))
}

/// A new file beside `path` for this session's answers:
/// `reply.fill-20261201-100233.json`, never one that exists.
fn side_file(path: &Path, format: Format) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reply".into());
    let stamp: String = crate::clock::now()
        .chars()
        .filter(char::is_ascii_digit)
        .take(14)
        .collect();
    let (date, time) = stamp.split_at(stamp.len().min(8));
    let extension = format.extensions()[0];
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let candidate =
            path.with_file_name(format!("{stem}.fill-{date}-{time}{suffix}.{extension}"));
        if std::fs::symlink_metadata(&candidate).is_err() {
            return candidate;
        }
        n += 1;
    }
}

/// A new name for a form filled into a new file: `form-filled.docx`, or
/// `form-filled-2.docx` when that exists.
pub(crate) fn proposed_name(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "reply".into());
    // A PDF is filled into JSON: qnr reads PDF, it never writes one.
    let extension = match Format::from_path(path) {
        Some(format) if !format.is_written() => ".json".to_string(),
        _ => path
            .extension()
            .map(|e| format!(".{}", e.to_string_lossy()))
            .unwrap_or_default(),
    };
    let mut n = 1;
    loop {
        let suffix = if n == 1 {
            String::new()
        } else {
            format!("-{n}")
        };
        let candidate = path.with_file_name(format!("{stem}-filled{suffix}{extension}"));
        if std::fs::symlink_metadata(&candidate).is_err() {
            return candidate;
        }
        n += 1;
    }
}

/// The answers `qnr fill FILE -o NEW` starts from: FILE read whole.
pub(crate) fn read_start(path: &Path, schema: &Schema) -> Result<Reply, Error> {
    let format = read_format(path)?;
    let bytes = read_limited(path, FileKind::Reply)?;
    let name = path.display().to_string();
    let (reply, _) = formats::read_whole(&name, format, bytes, schema, Purpose::Fill)?;
    Ok(reply)
}

/// What `qnr fill` says when a form is filled into a new file.
pub(crate) fn own_layout_note(form: &Path, new: &Path) -> String {
    say::own_layout(
        &one_line(&form.display().to_string()),
        &one_line(&new.display().to_string()),
    )
}

/// The previous round's reply for `--carry-forward`: it must be readable,
/// and answer the same questionnaire.
pub(crate) fn read_previous(path: &Path, schema: &Schema) -> Result<Reply, Error> {
    // `qnr fill` has no `--from`: the name must say the format.
    let format = Format::from_path(path).ok_or_else(|| Error::UnknownFormat {
        path: path.to_path_buf(),
        extensions: Format::all_extensions(),
        from_option: false,
    })?;
    let bytes = read_limited(path, FileKind::Reply)?;
    let name = path.display().to_string();
    let (reply, _) = formats::read_whole(&name, format, bytes, schema, Purpose::CarryForward)?;
    Ok(reply)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fill::prompt::Keep;
    use crate::fill::scripted::{Scripted, Step};
    use crate::reply::Choice;

    fn open(path: &Path, schema: &Schema) -> Store {
        Store::open(path, schema).unwrap().expect_store()
    }

    fn quiet(schema: &Schema, path: &Path) -> Scripted {
        Scripted::new(schema, path.to_path_buf(), Vec::new())
    }

    fn yes(comment: &str) -> Answer {
        Answer::new(Some(Choice::Yes), Some(comment))
    }

    fn read(path: &Path, schema: &Schema) -> Reply {
        let bytes = std::fs::read(path).unwrap();
        let format = Format::from_path(path).unwrap();
        formats::load(format, &bytes, schema).reply.unwrap()
    }

    #[test]
    fn a_missing_file_is_created_at_the_first_save_only() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.yaml");
        let mut store = open(&path, &schema);
        let mut p = quiet(&schema, &path);
        assert!(!store.existed && !store.on_disk());
        store.save(&schema, &mut p).unwrap();
        assert!(path.exists(), "an empty reply differs from no file");
        store.set_answer("I.1", yes("Done."));
        store.save(&schema, &mut p).unwrap();
        let saves = store.saves;
        store.save(&schema, &mut p).unwrap();
        assert_eq!(store.saves, saves, "nothing changed, nothing written");
        drop(store);
        let reopened = open(&path, &schema);
        assert!(reopened.existed);
        assert_eq!(reopened.reply.answer("I.1"), Some(&yes("Done.")));
    }

    #[test]
    fn a_file_that_does_not_read_losslessly_is_refused() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        let original = r#"{"questionnaire": "honlea", "version": "1", "answers": {"I.1": {"action_taken": "maybe"}}}"#;
        std::fs::write(&path, original).unwrap();
        let err = Store::open(&path, &schema).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Refused {
                    purpose: Purpose::Fill,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.to_string().contains("saving would lose"), "{err}");
        assert_eq!(std::fs::read_to_string(&path).unwrap(), original);
        std::fs::write(&path, r#"{"questionnaire": "other", "version": "1"}"#).unwrap();
        let err = Store::open(&path, &schema).unwrap_err();
        assert!(err.to_string().contains("`other` questionnaire"), "{err}");
    }

    #[test]
    fn a_blank_file_starts_a_new_reply_and_an_unknown_extension_is_refused() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.toml");
        std::fs::write(&path, "\n  \n").unwrap();
        let store = open(&path, &schema);
        assert_eq!(store.reply, Reply::empty(&schema));
        let err = Store::open(&dir.path().join("reply.docs"), &schema).unwrap_err();
        assert!(err.to_string().contains("cannot tell the format"), "{err}");
    }

    /// Issue 12, data loss 1: two sessions on one file erased each other's
    /// answers. The second one is now refused while the first holds it.
    #[test]
    fn a_reply_being_filled_cannot_be_opened_twice() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        let first = open(&path, &schema);
        let err = Store::open(&path, &schema).unwrap_err();
        assert!(matches!(err, Error::Busy { .. }), "{err:?}");
        assert!(
            err.to_string().starts_with("another qnr is filling `"),
            "{err}"
        );
        drop(first);
        open(&path, &schema);
    }

    /// Issue 12, data loss 2: edits made outside during a session were
    /// overwritten. What changed outside only is now kept.
    #[test]
    fn edits_made_outside_are_merged_before_a_save() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        let mut store = open(&path, &schema);
        let mut p = quiet(&schema, &path);
        store.set_answer("I.1", yes("Session comment I.1."));
        store.save(&schema, &mut p).unwrap();

        let mut outside = read(&path, &schema);
        outside.set_field("country", "Edited Outside");
        outside.set_answer("II.3", yes("Edited outside qnr by a colleague."));
        std::fs::write(&path, formats::write(Format::Json, &outside, &schema)).unwrap();

        store.set_answer("I.2", Answer::new(Some(Choice::No), None));
        store.save(&schema, &mut p).unwrap();
        let on_disk = read(&path, &schema);
        assert_eq!(on_disk.field("country"), Some("Edited Outside"));
        assert_eq!(
            on_disk.answer("II.3"),
            Some(&yes("Edited outside qnr by a colleague."))
        );
        assert_eq!(on_disk.answer("I.1"), Some(&yes("Session comment I.1.")));
        assert_eq!(
            on_disk.answer("I.2").and_then(|a| a.action_taken),
            Some(Choice::No)
        );
        assert_eq!(
            store.reply, on_disk,
            "the session now holds the colleague's edits"
        );
        assert_eq!(p.notices.len(), 1, "{:?}", p.notices);
        assert!(
            p.notices[0].contains("was changed outside qnr; kept from there: Name of country (country); Issue II, Recommendation 3 (II.3)"),
            "{:?}",
            p.notices
        );
    }

    #[test]
    fn the_same_part_changed_in_both_places_is_asked() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        let mut store = open(&path, &schema);
        let mut quiet = quiet(&schema, &path);
        store.save(&schema, &mut quiet).unwrap();
        let mut outside = read(&path, &schema);
        outside.set_answer("I.3", yes("Draft from the ministry."));
        std::fs::write(&path, formats::write(Format::Json, &outside, &schema)).unwrap();

        store.set_answer("I.3", Answer::new(Some(Choice::No), Some("Typed here.")));
        let mut p = Scripted::new(&schema, path.clone(), vec![Step::Conflict(Keep::Theirs)]);
        store.save(&schema, &mut p).unwrap();
        assert_eq!(p.asked[0].what, "conflict:Issue I, Recommendation 3 (I.3)");
        assert_eq!(
            p.asked[0].default.as_deref(),
            Some("YES, “Draft from the ministry.”")
        );
        assert_eq!(
            read(&path, &schema).answer("I.3"),
            Some(&yes("Draft from the ministry."))
        );
    }

    #[test]
    fn an_unreadable_outside_version_is_left_alone_and_answers_go_to_a_side_file() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        let mut store = open(&path, &schema);
        let mut p = quiet(&schema, &path);
        store.set_answer("I.1", yes("Mine."));
        store.save(&schema, &mut p).unwrap();
        let theirs = r#"{"questionnaire": "honlea", "version": "1", "answers": {"I.3": {"action_taken": "maybe", "comments": "Draft from the ministry, to be decided."}}}"#;
        std::fs::write(&path, theirs).unwrap();

        store.set_answer("I.2", yes("Also mine."));
        store.save(&schema, &mut p).unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), theirs, "untouched");
        let side = store.path.clone();
        assert_ne!(side, path);
        let name = side.file_name().unwrap().to_string_lossy().into_owned();
        assert!(
            name.starts_with("reply.fill-") && name.ends_with(".json"),
            "{name}"
        );
        let saved = read(&side, &schema);
        assert_eq!(saved.answer("I.1"), Some(&yes("Mine.")));
        assert_eq!(saved.answer("I.2"), Some(&yes("Also mine.")));
        assert_eq!(store.left.as_deref(), Some(path.as_path()));
        assert!(
            p.notices[0].contains("can no longer be read without losing part of it")
                && p.notices[0].contains(&format!("saved in `{}`", side.display())),
            "{:?}",
            p.notices
        );
    }

    #[cfg(unix)]
    #[test]
    fn a_linked_reply_is_written_through_the_link_keeping_its_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("shared")).unwrap();
        let shared = dir.path().join("shared/reply.json");
        std::fs::write(
            &shared,
            formats::write(Format::Json, &Reply::empty(&schema), &schema),
        )
        .unwrap();
        std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("reply.json");
        std::os::unix::fs::symlink("shared/reply.json", &link).unwrap();

        let mut store = open(&link, &schema);
        let mut p = quiet(&schema, &link);
        store.set_answer("I.1", yes("Via the link."));
        store.save(&schema, &mut p).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(
            read(&shared, &schema).answer("I.1"),
            Some(&yes("Via the link."))
        );
        let mode = std::fs::metadata(&shared).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
        assert_eq!(store.shown(), link.display().to_string(), "named as given");
    }

    #[test]
    fn a_form_qnr_wrote_is_filled_in_place_and_one_laid_out_by_others_is_not() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        for format in [Format::Txt, Format::Md, Format::Csv, Format::Docx] {
            let path = dir.path().join(format!("form.{}", format.extensions()[0]));
            std::fs::write(
                &path,
                formats::write(format, &Reply::empty(&schema), &schema),
            )
            .unwrap();
            let mut store = open(&path, &schema);
            let mut p = quiet(&schema, &path);
            store.set_answer("I.1", yes("Filled in the form."));
            store.save(&schema, &mut p).unwrap();
            assert_eq!(
                read(&path, &schema).answer("I.1"),
                Some(&yes("Filled in the form.")),
                "{format}"
            );
            assert!(p.notices.is_empty(), "{format}: {:?}", p.notices);
        }
        let hand = dir.path().join("hand.txt");
        let text = String::from_utf8(formats::write(Format::Txt, &Reply::empty(&schema), &schema))
            .unwrap()
            .replacen(
                "Questionnaire",
                "Ministry of the Interior\n\nQuestionnaire",
                1,
            );
        std::fs::write(&hand, &text).unwrap();
        assert!(matches!(
            Store::open(&hand, &schema).unwrap(),
            Opened::OwnLayout { .. }
        ));
        assert_eq!(std::fs::read_to_string(&hand).unwrap(), text);
    }

    #[test]
    fn a_form_that_cannot_hold_an_answer_saves_it_in_a_side_file() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("form.txt");
        std::fs::write(
            &path,
            formats::write(Format::Txt, &Reply::empty(&schema), &schema),
        )
        .unwrap();
        let before = std::fs::read(&path).unwrap();
        let mut store = open(&path, &schema);
        let mut p = quiet(&schema, &path);
        store.set_answer("I.1", yes("A page break \u{c} in a comment."));
        store.save(&schema, &mut p).unwrap();
        assert!(
            std::fs::read(&path).unwrap() == before,
            "the form is untouched"
        );
        assert_eq!(store.format, Format::Json);
        assert!(store.path.extension().is_some_and(|e| e == "json"));
        assert!(p.notices[0].contains("cannot hold"), "{:?}", p.notices);
    }

    /// qnr reads PDF and never writes it: a PDF is filled into JSON, and a
    /// new `.pdf` to fill into is refused.
    #[test]
    fn a_pdf_is_filled_into_json_and_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("form.pdf");
        assert_eq!(proposed_name(&pdf), dir.path().join("form-filled.json"));
        assert!(fill_format(&pdf).is_err());
        assert_eq!(read_format(&pdf).unwrap(), Format::Pdf);
        let schema = Schema::honlea();
        assert!(
            Store::open(&pdf, &schema).is_err(),
            "no PDF to read, none written"
        );
    }

    #[test]
    fn a_new_file_must_not_exist() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("new.json");
        std::fs::write(&path, "{}").unwrap();
        let err = Store::create(&path, Reply::empty(&schema), &schema).unwrap_err();
        assert!(err.to_string().contains("already exists"), "{err}");
        assert_eq!(
            proposed_name(&dir.path().join("form.docx")),
            dir.path().join("form-filled.docx")
        );
    }
}
