//! The reply file being filled: opened once (new, a draft, or refused), then
//! written whole and atomically after every confirmed answer, in its own
//! format. A file qnr cannot read without losing something is never
//! overwritten: that would destroy what qnr did not understand.

use std::path::{Path, PathBuf};

use crate::error::{Error, Purpose};
use crate::escape::terminal::one_line;
use crate::formats::{self, Format};
use crate::io::{FileKind, Overwrite, read_limited, write_atomic};
use crate::reply::{Answer, Choice, Reply};
use crate::schema::Schema;

/// The reply in memory and the file it is saved to.
#[derive(Debug)]
pub(crate) struct Store {
    pub path: PathBuf,
    pub format: Format,
    pub reply: Reply,
    /// What the file holds now (`None`: there is no file yet).
    on_disk: Option<Reply>,
    /// How many times the file was written.
    pub saves: usize,
    /// Whether the file held a reply before this run.
    pub existed: bool,
}

impl Store {
    /// Opens `path`: a missing or blank file starts an empty reply (created at
    /// the first save); an existing one must be a reply to this schema that
    /// reads losslessly.
    pub(crate) fn open(path: &Path, schema: &Schema) -> Result<Store, Error> {
        let format = Format::from_path(path)
            .filter(|f| f.holds_any_reply())
            .ok_or_else(|| {
                Error::Usage(format!(
                    "`qnr fill` saves replies as .json, .toml or .yaml, not `{}`; \
                     for a form, run `qnr convert {} -o reply.json`, then `qnr fill reply.json`",
                    path.display(),
                    path.display()
                ))
            })?;
        let bytes = match read_limited(path, FileKind::Reply) {
            Ok(bytes) => Some(bytes),
            Err(Error::NotFound { .. }) => None,
            Err(e) => return Err(e),
        };
        let (reply, on_disk) = match bytes {
            None => (Reply::empty(schema), None),
            // `touch reply.json` made it: there is nothing in it to keep.
            Some(bytes) if bytes.iter().all(u8::is_ascii_whitespace) => {
                (Reply::empty(schema), Some(Reply::default()))
            }
            Some(bytes) => {
                let name = path.display().to_string();
                let (reply, _) = formats::read_whole(&name, format, bytes, schema, Purpose::Fill)?;
                (reply.clone(), Some(reply))
            }
        };
        Ok(Store {
            path: path.to_path_buf(),
            format,
            existed: on_disk.as_ref().is_some_and(|r| *r != Reply::default()),
            reply,
            on_disk,
            saves: 0,
        })
    }

    pub(crate) fn set_field(&mut self, id: &str, value: Option<&str>) {
        self.reply.set_field(id, value.unwrap_or(""));
    }

    pub(crate) fn set_answer(&mut self, id: &str, answer: Answer) {
        self.reply.set_answer(id, answer);
    }

    /// How many recommendations the file on disk has answered.
    pub(crate) fn on_disk_answered(&self, schema: &Schema) -> usize {
        self.on_disk
            .as_ref()
            .map_or(0, |reply| reply.answered_count(schema))
    }

    /// What the person typed that the file does not hold, as indented lines
    /// for a message: the fields and answers that differ from the last save.
    pub(crate) fn unsaved(&self, schema: &Schema) -> String {
        let saved = self.on_disk.clone().unwrap_or_default();
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
            let choice = match now.action_taken {
                Some(Choice::Yes) => schema.answer.yes.as_str(),
                Some(Choice::No) => schema.answer.no.as_str(),
                None => "unanswered",
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
        format!("  Not saved, to copy from here:\n{lines}")
    }

    /// Writes the reply if it differs from what the file holds. Holds the
    /// interrupt lock meanwhile, so Ctrl-C never ends the process mid-save.
    pub(crate) fn save(&mut self, schema: &Schema) -> Result<(), Error> {
        if self.on_disk.as_ref() == Some(&self.reply) {
            return Ok(());
        }
        let mut reply = self.reply.clone();
        reply.sort_by_schema(schema);
        let bytes = formats::write(self.format, &reply, schema);
        let _guard = super::interrupt::saving();
        write_atomic(&self.path, &bytes, Overwrite::Allow)?;
        self.on_disk = Some(self.reply.clone());
        self.saves += 1;
        Ok(())
    }
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
    use crate::reply::Choice;

    #[test]
    fn a_missing_file_is_created_at_the_first_save_only() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.yaml");
        let mut store = Store::open(&path, &schema).unwrap();
        assert!(!store.existed);
        store.save(&schema).unwrap();
        assert!(path.exists(), "an empty reply differs from no file");
        store.set_answer("I.1", Answer::new(Some(Choice::Yes), Some("Done.")));
        store.save(&schema).unwrap();
        let reopened = Store::open(&path, &schema).unwrap();
        assert!(reopened.existed);
        assert_eq!(
            reopened.reply, store.reply,
            "written in YAML, read back the same"
        );
        let saves = store.saves;
        store.save(&schema).unwrap();
        assert_eq!(store.saves, saves, "nothing changed, nothing written");
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

        std::fs::write(&path, "{ not json").unwrap();
        assert!(matches!(
            Store::open(&path, &schema),
            Err(Error::Refused { .. })
        ));
    }

    #[test]
    fn a_reply_to_another_questionnaire_is_refused() {
        let schema = Schema::honlea();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
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
        let store = Store::open(&path, &schema).unwrap();
        assert_eq!(store.reply, Reply::empty(&schema));
        let err = Store::open(&dir.path().join("reply.txt"), &schema).unwrap_err();
        assert!(
            err.to_string()
                .contains("saves replies as .json, .toml or .yaml"),
            "{err}"
        );
        let err = Store::open(&dir.path().join("reply.docs"), &schema).unwrap_err();
        assert!(err.to_string().contains("qnr convert"), "{err}");
    }
}
