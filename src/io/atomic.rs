//! Atomic writes: a file on disk is either the old one or the new one,
//! never half of each, and never replaced without leave.

use std::fs;
use std::io::{self, Write};
use std::path::Path;

use crate::error::Error;

/// Whether existing files may be replaced.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Overwrite {
    Refuse,
    Allow,
}

/// Writes `bytes` to `path` atomically: a temporary file in the same folder is
/// written, flushed to disk and renamed over the target. With
/// [`Overwrite::Refuse`] an existing file is never replaced, even one created
/// meanwhile. A symlink at `path` is replaced, never followed, and the
/// permissions of a replaced file are kept.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8], overwrite: Overwrite) -> Result<(), Error> {
    let write_error = |source| Error::Write {
        path: path.to_path_buf(),
        source,
    };
    let existing = fs::symlink_metadata(path).ok();
    if existing.is_some() && overwrite == Overwrite::Refuse {
        return Err(Error::Exists {
            path: path.to_path_buf(),
        });
    }
    if existing.as_ref().is_some_and(|m| m.is_dir()) {
        return Err(write_error(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // A new file gets the permissions any program's new file gets (0666
    // less the umask), not tempfile's private 0600: a report is for sharing.
    #[cfg(unix)]
    if existing.is_none() {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir).map_err(write_error)?;
    if let Some(meta) = existing.as_ref().filter(|m| m.is_file()) {
        temp.as_file()
            .set_permissions(meta.permissions())
            .map_err(write_error)?;
    }
    temp.write_all(bytes).map_err(write_error)?;
    temp.flush().map_err(write_error)?;
    temp.as_file().sync_all().map_err(write_error)?;
    match overwrite {
        Overwrite::Allow => replace(temp, path).map_err(|e| {
            if held_open(path) {
                Error::HeldOpen {
                    path: path.to_path_buf(),
                }
            } else {
                write_error(e)
            }
        })?,
        Overwrite::Refuse => temp
            .persist_noclobber(path)
            .map_err(|e| {
                if e.error.kind() == io::ErrorKind::AlreadyExists {
                    Error::Exists {
                        path: path.to_path_buf(),
                    }
                } else {
                    write_error(e.error)
                }
            })
            .map(drop)?,
    };
    sync_dir(dir);
    Ok(())
}

/// Renames the written temporary file over `path`, or removes it.
#[cfg(not(windows))]
fn replace(temp: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    temp.persist(path).map(drop).map_err(|e| e.error)
}

/// Renames the written temporary file over `path`, or removes it. Windows
/// refuses to replace a file that another program holds open without
/// letting it be deleted, and to move one so held: std's rename (POSIX
/// semantics where Windows has them, so a reader that allows deletion
/// keeps its old copy and does not stand in the way) is tried again for
/// [`PATIENCE`] while the reply or the new file is so held, which outlasts
/// a virus scanner or an indexer; an editor that keeps the reply open is
/// then named in the error.
#[cfg(windows)]
fn replace(temp: tempfile::NamedTempFile, path: &Path) -> io::Result<()> {
    // Our own handle is closed first: only others can hold the file.
    let mut temp = temp.into_temp_path();
    let step = std::time::Duration::from_millis(50);
    let mut waited = std::time::Duration::ZERO;
    loop {
        match fs::rename(&temp, path) {
            Ok(()) => {
                temp.disable_cleanup(true);
                return Ok(());
            }
            // The new file itself may be held for a moment too: a virus
            // scanner reads a file as soon as it is written and closed.
            Err(_) if waited < PATIENCE && (held_open(path) || held_open(&temp)) => {
                std::thread::sleep(step);
                waited += step;
            }
            // Without POSIX semantics (Wine; file systems that lack them)
            // a file open elsewhere, even with delete shared, cannot be
            // replaced, but it can be moved aside: do that, then rename.
            Err(e) if e.kind() == io::ErrorKind::PermissionDenied && !held_open(path) => {
                return replace_by_moving_aside(&temp, path).map(|()| {
                    temp.disable_cleanup(true);
                });
            }
            // Dropping `temp` removes the temporary file.
            Err(e) => return Err(e),
        }
    }
}

/// Moves `path` to a hidden name beside it, `temp` into its place, and
/// removes the old file (gone once its last reader closes it). If the
/// second move fails, the old file is put back.
#[cfg(windows)]
fn replace_by_moving_aside(temp: &Path, path: &Path) -> io::Result<()> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    let aside = path.with_file_name(format!(".{name}.{}.old", std::process::id()));
    fs::rename(path, &aside)?;
    if let Err(e) = fs::rename(temp, path) {
        let _ = fs::rename(&aside, path);
        return Err(e);
    }
    let _ = fs::remove_file(&aside);
    Ok(())
}

/// How long a replace waits for another program to let go of the file.
#[cfg(windows)]
const PATIENCE: std::time::Duration = std::time::Duration::from_secs(2);

/// Whether another program has `path` open and will not let it be deleted
/// (which a replace needs): opening it for deletion, sharing everything,
/// is then a sharing violation. A permission problem is not this.
#[cfg(windows)]
fn held_open(path: &Path) -> bool {
    use std::os::windows::fs::OpenOptionsExt;
    const DELETE: u32 = 0x0001_0000;
    const FILE_SHARE_ALL: u32 = 0x1 | 0x2 | 0x4;
    const ERROR_SHARING_VIOLATION: i32 = 32;
    fs::OpenOptions::new()
        .access_mode(DELETE)
        .share_mode(FILE_SHARE_ALL)
        .open(path)
        .is_err_and(|e| e.raw_os_error() == Some(ERROR_SHARING_VIOLATION))
}

#[cfg(not(windows))]
fn held_open(_path: &Path) -> bool {
    false
}

/// Makes the rename itself durable. Best effort: not every platform or file
/// system can open a folder for syncing, and the data is already safe.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    #[cfg(not(unix))]
    let _ = dir;
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A regression: new files were left at tempfile's 0600, so a report
    /// written for colleagues could not be read by them.
    #[cfg(unix)]
    #[test]
    fn new_files_get_the_usual_permissions_and_replaced_ones_keep_theirs() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        // A file created the ordinary way shows what the umask allows.
        let plain = dir.path().join("plain");
        fs::File::create(&plain).unwrap();
        let new = dir.path().join("new.html");
        write_atomic(&new, b"x", Overwrite::Refuse).unwrap();
        assert_eq!(mode(&new), mode(&plain));
        fs::set_permissions(&new, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&new, b"y", Overwrite::Allow).unwrap();
        assert_eq!(mode(&new), 0o600);
    }

    /// Windows: a reader that lets others delete the file (most programs,
    /// and qnr itself) does not stand in the way of a save; one that keeps
    /// it locked is waited for, then named, and the reply is left whole.
    #[cfg(windows)]
    #[test]
    fn a_reply_another_program_holds_open() {
        use std::os::windows::fs::OpenOptionsExt;
        const READ: u32 = 0x1;
        const WRITE: u32 = 0x2;
        const DELETE: u32 = 0x4;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        fs::write(&path, "old").unwrap();
        let open = |share| {
            fs::OpenOptions::new()
                .read(true)
                .share_mode(share)
                .open(&path)
                .unwrap()
        };

        let reader = open(READ | WRITE | DELETE);
        write_atomic(&path, b"new", Overwrite::Allow).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        drop(reader);

        let locked = open(READ);
        let started = std::time::Instant::now();
        let err = write_atomic(&path, b"lost", Overwrite::Allow).unwrap_err();
        assert!(matches!(err, Error::HeldOpen { .. }), "{err:?}");
        assert!(started.elapsed() >= PATIENCE);
        drop(locked);
        assert_eq!(fs::read(&path).unwrap(), b"new", "the reply is left whole");
        assert_eq!(
            fs::read_dir(dir.path()).unwrap().count(),
            1,
            "no temporary file left"
        );

        // A lock let go within the wait: the save goes through.
        let locked = open(READ);
        let release = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(locked);
        });
        write_atomic(&path, b"newer", Overwrite::Allow).unwrap();
        release.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"newer");
    }

    /// Windows: a program that reads the new file the moment it is closed
    /// (a virus scanner) without letting it be moved is waited for, as one
    /// holding the reply is; the save went wrong with "being used by
    /// another process" while the reply was open nowhere.
    #[cfg(windows)]
    #[test]
    fn windows_a_new_file_held_for_a_moment_is_waited_for() {
        use std::os::windows::fs::OpenOptionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("reply.json");
        fs::write(&path, "old").unwrap();
        let mut temp = tempfile::Builder::new()
            .prefix(".reply.json.")
            .tempfile_in(dir.path())
            .unwrap();
        temp.write_all(b"new").unwrap();
        // Closed, then opened by the scanner, which lets others read only.
        let temp = temp.into_temp_path();
        let scanner = fs::OpenOptions::new()
            .read(true)
            .share_mode(0x1)
            .open(&temp)
            .unwrap();
        let temp = tempfile::NamedTempFile::from_parts(fs::File::open(&temp).unwrap(), temp);
        let done = std::thread::spawn(move || {
            std::thread::sleep(std::time::Duration::from_millis(300));
            drop(scanner);
        });
        replace(temp, &path).unwrap();
        done.join().unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn atomic_write_refuses_to_overwrite_without_allow() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        write_atomic(&path, b"one", Overwrite::Refuse).unwrap();
        let err = write_atomic(&path, b"two", Overwrite::Refuse).unwrap_err();
        assert!(matches!(err, Error::Exists { .. }));
        assert_eq!(fs::read(&path).unwrap(), b"one");
        write_atomic(&path, b"two", Overwrite::Allow).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"two");
        let leftovers = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn atomic_write_keeps_permissions_and_does_not_follow_symlinks() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.json");
        fs::write(&path, "old").unwrap();
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        write_atomic(&path, b"new", Overwrite::Allow).unwrap();
        let mode = fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);

        let victim = dir.path().join("victim.txt");
        fs::write(&victim, "precious").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        write_atomic(&link, b"reply", Overwrite::Allow).unwrap();
        assert_eq!(fs::read_to_string(&victim).unwrap(), "precious");
        assert_eq!(fs::read_to_string(&link).unwrap(), "reply");
    }
}
