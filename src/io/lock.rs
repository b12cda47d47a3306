//! One writer per reply. Whoever writes a reply (a `qnr fill` session for
//! its whole length, `convert -o` for the moment it writes) holds an
//! operating-system lock on a small file beside it, `.NAME.lock`, which
//! also says who holds it (process id, since when) for the message the next
//! writer gets. The lock is the operating system's, so it dies with its
//! process: a `qnr fill` killed by `kill -9` never blocks anybody (on Unix
//! it leaves the file behind; on Windows the file goes with it). This is
//! the only place that knows how the lock is taken:
//!
//! - Unix: `flock` on the lock file (`std::fs::File::try_lock`), an
//!   advisory lock, so the next writer can still open the file and read
//!   who holds it.
//! - Windows: the way the file is opened, not `LockFileEx`. A byte-range
//!   lock there is mandatory: the next writer could not read the holder's
//!   process id, and a file removed while open stays in the way as "delete
//!   pending". Instead the holder opens the file for writing, sharing it
//!   for reading only, and marked to be deleted when closed: a second
//!   writer's open is a sharing violation (busy), it can still open the
//!   file to read who holds it, nobody can delete or rename it meanwhile,
//!   and when the holder closes it or dies, the operating system removes it.

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

/// What trying to take the lock file came to.
enum Taken {
    /// The lock file, ours until closed.
    Locked(File),
    /// Another writer holds it (and this is what its file says).
    Busy(Option<Holder>),
    /// No lock file can be made in the folder.
    NoLockHere,
}

impl Lock {
    /// Takes the lock on `target` for this process, or says who holds it
    /// ([`Error::Busy`]). `None` when no lock file can be made in the folder
    /// (read-only, no permission): then no one can write the reply there
    /// either, and the write itself will say why.
    pub(crate) fn take(target: &Path) -> Result<Option<Lock>, Error> {
        let path = lock_path(target);
        match open_locked(&path)? {
            Taken::Locked(file) => {
                let lock = Lock { file, path };
                lock.say_who()?;
                Ok(Some(lock))
            }
            Taken::Busy(holder) => Err(Error::Busy {
                path: target.to_path_buf(),
                lock: path,
                holder,
            }),
            Taken::NoLockHere => Ok(None),
        }
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
        // Unix: removed while still locked, so nobody takes a lock on a
        // file that is about to vanish (they check [`still_there`] after
        // locking). Windows: nothing to do, the file was opened to be
        // deleted when closed, and `self.file` is closed right after this
        // (removing it here would be refused anyway: its holder lets no
        // one delete it, see `open_locked`).
        #[cfg(not(windows))]
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

/// Opens the lock file at `path` and locks it with `flock`.
#[cfg(not(windows))]
fn open_locked(path: &Path) -> Result<Taken, Error> {
    // A lock file removed by its holder between our open and our lock
    // is no lock any more: open again. A few rounds settle it.
    for _ in 0..8 {
        let mut file = match OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(path)
        {
            Ok(file) => file,
            Err(e) if cannot_write_here(&e) => return Ok(Taken::NoLockHere),
            Err(source) => {
                return Err(Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        };
        match file.try_lock() {
            Ok(()) => {}
            Err(fs::TryLockError::WouldBlock) => return Ok(Taken::Busy(read_holder(&mut file))),
            Err(fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {
                // A file system without locks (some network shares):
                // the lock file still tells a second writer.
                if let Some(holder) = read_holder(&mut file).filter(|h| h.pid.is_some()) {
                    return Ok(Taken::Busy(Some(holder)));
                }
            }
            Err(fs::TryLockError::Error(source)) => {
                return Err(Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
        if !still_there(&file, path) {
            continue;
        }
        return Ok(Taken::Locked(file));
    }
    Ok(Taken::Busy(None))
}

/// Windows: the lock is how the file is open (see the module's comment):
/// for reading and writing, shared for reading only, deleted when closed.
/// A moment's obstacle is waited for, up to [`PATIENCE`]: a holder that
/// has created the file but not yet written its process id, and a file
/// whose holder has just closed it while a second writer was reading it,
/// which Windows keeps "delete pending" until that reader lets go too
/// (opening it is then "access denied", which must not be taken for a
/// folder where no lock file can be made: that would write unlocked).
#[cfg(windows)]
fn open_locked(path: &Path) -> Result<Taken, Error> {
    use std::os::windows::fs::OpenOptionsExt;
    // Constants of the Windows API (no crate for four numbers; std's
    // `OpenOptionsExt` takes them as they are).
    const GENERIC_READ: u32 = 0x8000_0000;
    const GENERIC_WRITE: u32 = 0x4000_0000;
    const DELETE: u32 = 0x0001_0000;
    const FILE_SHARE_READ: u32 = 0x1;
    const FILE_FLAG_DELETE_ON_CLOSE: u32 = 0x0400_0000;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    let step = std::time::Duration::from_millis(20);
    let started = std::time::Instant::now();
    loop {
        let opened = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .access_mode(GENERIC_READ | GENERIC_WRITE | DELETE)
            .share_mode(FILE_SHARE_READ)
            .custom_flags(FILE_FLAG_DELETE_ON_CLOSE)
            .open(path);
        let patient = started.elapsed() < PATIENCE;
        match opened {
            Ok(file) => return Ok(Taken::Locked(file)),
            Err(e) if e.raw_os_error() == Some(ERROR_SHARING_VIOLATION) => {
                let holder = read_holder_at(path);
                if !patient || holder.as_ref().is_some_and(|h| h.pid.is_some()) {
                    return Ok(Taken::Busy(holder));
                }
            }
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied && is_there(path) => {
                if !patient {
                    return Err(Error::Write {
                        path: path.to_path_buf(),
                        source: e,
                    });
                }
            }
            Err(e) if cannot_write_here(&e) => return Ok(Taken::NoLockHere),
            Err(source) => {
                return Err(Error::Write {
                    path: path.to_path_buf(),
                    source,
                });
            }
        }
        std::thread::sleep(step);
    }
}

/// Windows: how long a lock file that is in the way for a moment is waited
/// for (see [`open_locked`]).
#[cfg(windows)]
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// Windows: what the lock file at `path` says, read through a handle of its
/// own that shares everything (the holder's shares reading only).
#[cfg(windows)]
fn read_holder_at(path: &Path) -> Option<Holder> {
    use std::os::windows::fs::OpenOptionsExt;
    const FILE_SHARE_ALL: u32 = 0x1 | 0x2 | 0x4;
    let mut file = OpenOptions::new()
        .read(true)
        .share_mode(FILE_SHARE_ALL)
        .open(path)
        .ok()?;
    read_holder(&mut file)
}

/// Whether anything is at `path` (a file being deleted still is).
#[cfg(windows)]
fn is_there(path: &Path) -> bool {
    !matches!(fs::symlink_metadata(path), Err(e) if e.kind() == io::ErrorKind::NotFound)
}

/// The lock as an integration test holds it from a process of its own, to
/// check that a second process (a `qnr convert -o`) is refused and told
/// who holds it ([`crate::testing`]).
#[doc(hidden)]
#[derive(Debug)]
pub struct HeldLock {
    _lock: Lock,
}

/// Takes the lock `qnr fill` takes on the reply `reply`, for a test; the
/// message of the error when it cannot.
#[doc(hidden)]
pub fn hold_lock(reply: &Path) -> Result<HeldLock, String> {
    match Lock::take(&super::resolve(reply)) {
        Ok(Some(lock)) => Ok(HeldLock { _lock: lock }),
        Ok(None) => Err(format!(
            "no lock file can be made beside {}",
            reply.display()
        )),
        Err(e) => Err(e.to_string()),
    }
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

/// Elsewhere (neither Unix nor Windows) nothing tells two files apart.
#[cfg(not(any(unix, windows)))]
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

    /// Windows: the holder's file cannot be deleted or renamed under it,
    /// which would let a second writer make a new one.
    #[cfg(windows)]
    #[test]
    fn windows_the_lock_file_stays_while_held() {
        let dir = tempfile::tempdir().unwrap();
        let reply = dir.path().join("reply.json");
        let held = Lock::take(&reply).unwrap().unwrap();
        assert!(
            fs::remove_file(held.path()).is_err(),
            "deleted under its holder"
        );
        assert!(fs::rename(held.path(), dir.path().join("aside")).is_err());
        assert!(matches!(Lock::take(&reply), Err(Error::Busy { .. })));
    }

    /// Something at the lock file's name that cannot be opened as one (here
    /// a folder; on Windows also a lock file whose holder has just let go,
    /// "delete pending") is never taken for a folder where no lock can be
    /// made, which would write unlocked: the error names it. On Windows,
    /// where such a refusal is "access denied" like a read-only folder's,
    /// it is waited for a moment, and once it is gone the lock is taken.
    #[test]
    fn something_in_the_lock_files_place_is_named_never_skipped() {
        let dir = tempfile::tempdir().unwrap();
        let reply = dir.path().join("reply.json");
        let path = lock_path(&reply);
        fs::create_dir(&path).unwrap();
        match Lock::take(&reply) {
            Err(Error::Write { path: named, .. }) => assert_eq!(named, path),
            other => panic!("a folder for a lock file: {other:?}"),
        }
        #[cfg(windows)]
        {
            let gone = std::thread::spawn({
                let path = path.clone();
                move || {
                    std::thread::sleep(std::time::Duration::from_millis(300));
                    fs::remove_dir(&path).unwrap();
                }
            });
            let lock = Lock::take(&reply).unwrap();
            gone.join().unwrap();
            assert!(lock.is_some(), "taken once it is gone");
        }
    }

    /// Windows: a second writer reading who holds the lock keeps the file
    /// of a holder that lets go meanwhile "delete pending" for a moment;
    /// the next writer waits for it rather than going on unlocked. (Wine
    /// has no "delete pending" state: there the open simply succeeds.)
    #[cfg(windows)]
    #[test]
    fn windows_a_lock_file_just_let_go_is_waited_for() {
        let dir = tempfile::tempdir().unwrap();
        let reply = dir.path().join("reply.json");
        let held = Lock::take(&reply).unwrap().unwrap();
        let reading = {
            use std::os::windows::fs::OpenOptionsExt;
            OpenOptions::new()
                .read(true)
                .share_mode(0x1 | 0x2 | 0x4)
                .open(held.path())
                .unwrap()
        };
        drop(held);
        let done = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(reading);
        });
        let lock = Lock::take(&reply).unwrap();
        done.join().unwrap();
        assert!(lock.is_some(), "taken, not skipped");
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
