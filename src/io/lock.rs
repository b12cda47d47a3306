//! One writer per reply. Whoever writes a reply (a `qnr fill` session for
//! its whole length, `convert -o` for the moment it writes) holds an
//! operating-system lock on a small file beside it, `.NAME.lock`, which
//! also says who holds it (process id, since when) for the message the next
//! writer gets. The lock is the operating system's, so it dies with its
//! process: a `qnr fill` killed by `kill -9` leaves the file behind, but
//! never blocks anybody. This is the only place that knows how the lock is
//! taken (`std::fs::File::try_lock`).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, Write};
use std::path::{Path, PathBuf};

use crate::error::Error;

/// The lock on a reply, held until dropped; dropping removes the lock file.
#[derive(Debug)]
pub(crate) struct Lock {
    file: File,
    path: PathBuf,
}

use crate::error::Holder;

/// The file that locks `target`: `.NAME.lock` in the same folder. `target`
/// is the file itself, symbolic links followed ([`super::resolve`]), so
/// that two names of one file share one lock.
pub(crate) fn lock_path(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    target.with_file_name(format!(".{name}.lock"))
}

impl Lock {
    /// Takes the lock on `target` for this process, or says who holds it
    /// ([`Error::Busy`]). `None` when no lock file can be made in the folder
    /// (read-only, no permission): then no one can write the reply there
    /// either, and the write itself will say why.
    pub(crate) fn take(target: &Path) -> Result<Option<Lock>, Error> {
        let path = lock_path(target);
        let busy = |holder| Error::Busy {
            path: target.to_path_buf(),
            lock: path.clone(),
            holder,
        };
        // A lock file removed by its holder between our open and our lock
        // is no lock any more: open again. A few rounds settle it.
        for _ in 0..8 {
            let mut file = match OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&path)
            {
                Ok(file) => file,
                Err(e) if cannot_write_here(&e) => return Ok(None),
                Err(source) => {
                    return Err(Error::Write {
                        path: path.clone(),
                        source,
                    });
                }
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => return Err(busy(read_holder(&mut file))),
                Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                    // A file system without locks (some network shares):
                    // the lock file still tells a second writer.
                    if let Some(holder) = read_holder(&mut file).filter(|h| h.pid.is_some()) {
                        return Err(busy(Some(holder)));
                    }
                }
                Err(fs::TryLockError::Error(source)) => {
                    return Err(Error::Write { path, source });
                }
            }
            if !still_there(&file, &path) {
                continue;
            }
            let lock = Lock { file, path };
            lock.say_who()?;
            return Ok(Some(lock));
        }
        Err(busy(None))
    }

    /// The lock file, for messages and for the Ctrl-C handler.
    pub(crate) fn path(&self) -> &Path {
        &self.path
    }

    /// Writes this process's id and the time into the lock file.
    fn say_who(&self) -> Result<(), Error> {
        let text = format!(
            "pid {}\nsince {}\n",
            std::process::id(),
            crate::clock::now()
        );
        let write = || -> io::Result<()> {
            let mut file = &self.file;
            file.set_len(0)?;
            file.rewind()?;
            file.write_all(text.as_bytes())?;
            file.flush()
        };
        write().map_err(|source| Error::Write {
            path: self.path.clone(),
            source,
        })
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        // Removed while still locked, so nobody takes a lock on a file that
        // is about to vanish (they check [`still_there`] after locking).
        let _ = fs::remove_file(&self.path);
    }
}

/// Takes the lock on `target` for as long as `write` runs: how a command
/// that writes a reply once (`convert -o`) keeps out of a `qnr fill`.
pub(crate) fn while_locked<T>(
    target: &Path,
    write: impl FnOnce() -> Result<T, Error>,
) -> Result<T, Error> {
    let _lock = Lock::take(target)?;
    write()
}

fn cannot_write_here(e: &io::Error) -> bool {
    matches!(
        e.kind(),
        io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem
    )
}

/// What a lock file says; `None` when it says nothing readable.
fn read_holder(file: &mut File) -> Option<Holder> {
    let mut text = String::new();
    file.rewind().ok()?;
    file.take(4096).read_to_string(&mut text).ok()?;
    parse_holder(&text)
}

fn parse_holder(text: &str) -> Option<Holder> {
    let mut holder = Holder::default();
    for line in text.lines() {
        if let Some(pid) = line.strip_prefix("pid ") {
            holder.pid = pid.trim().parse().ok();
        } else if let Some(since) = line.strip_prefix("since ") {
            holder.since = Some(crate::escape::terminal::one_line(since.trim()));
        }
    }
    (holder != Holder::default()).then_some(holder)
}

/// Whether the file locked is still the one at `path` (its holder may have
/// removed it meanwhile).
#[cfg(unix)]
fn still_there(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

/// Elsewhere an open file cannot be removed, so it is always still there.
#[cfg(not(unix))]
fn still_there(_file: &File, _path: &Path) -> bool {
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_lock_at_a_time_and_the_second_is_told_who_holds_it() {
        let dir = tempfile::tempdir().unwrap();
        let reply = dir.path().join("reply.json");
        let first = Lock::take(&reply)
            .unwrap()
            .expect("a lock in a writable folder");
        assert_eq!(first.path(), dir.path().join(".reply.json.lock"));
        let text = fs::read_to_string(first.path()).unwrap();
        assert!(
            text.starts_with(&format!("pid {}\nsince ", std::process::id())),
            "{text}"
        );
        match Lock::take(&reply) {
            Err(Error::Busy { holder, lock, .. }) => {
                assert_eq!(lock, first.path());
                let holder = holder.expect("the lock file says who");
                assert_eq!(holder.pid, Some(std::process::id()));
                assert!(holder.since.is_some());
            }
            other => panic!("a second lock: {other:?}"),
        }
        assert!(matches!(
            while_locked(&reply, || Ok(())),
            Err(Error::Busy { .. })
        ));
        drop(first);
        assert!(
            !dir.path().join(".reply.json.lock").exists(),
            "the lock file goes with its lock"
        );
        let again = Lock::take(&reply).unwrap();
        assert!(again.is_some(), "free again once dropped");
    }

    #[test]
    fn a_lock_file_left_by_a_dead_process_does_not_block() {
        let dir = tempfile::tempdir().unwrap();
        let reply = dir.path().join("reply.json");
        fs::write(
            lock_path(&reply),
            "pid 999999\nsince 2020-01-01 00:00:00 +00:00\n",
        )
        .unwrap();
        let lock = Lock::take(&reply).unwrap().unwrap();
        let text = fs::read_to_string(lock.path()).unwrap();
        assert!(text.starts_with(&format!("pid {}\n", std::process::id())));
    }

    #[test]
    fn what_a_lock_file_says_is_read_safely() {
        assert_eq!(
            parse_holder("pid 42\nsince 2026-12-01 10:02:33 +01:00\n"),
            Some(Holder {
                pid: Some(42),
                since: Some("2026-12-01 10:02:33 +01:00".into())
            })
        );
        assert_eq!(parse_holder("garbage"), None);
        let hostile = parse_holder("since \u{1b}[2J\n").unwrap();
        assert_eq!(hostile.since.as_deref(), Some("\\u{1b}[2J"));
    }
}
