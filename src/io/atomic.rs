//! Atomic writes: a file on disk is either the old one or the new one,
//! never half of each, and never replaced without leave.

use std::fs::{self, File};
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
        Overwrite::Allow => temp.persist(path).map_err(|e| write_error(e.error))?,
        Overwrite::Refuse => temp.persist_noclobber(path).map_err(|e| {
            if e.error.kind() == io::ErrorKind::AlreadyExists {
                Error::Exists {
                    path: path.to_path_buf(),
                }
            } else {
                write_error(e.error)
            }
        })?,
    };
    sync_dir(dir);
    Ok(())
}

/// Makes the rename itself durable. Best effort: not every platform or file
/// system can open a folder for syncing, and the data is already safe.
fn sync_dir(dir: &Path) {
    #[cfg(unix)]
    if let Ok(d) = File::open(dir) {
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
        File::create(&plain).unwrap();
        let new = dir.path().join("new.html");
        write_atomic(&new, b"x", Overwrite::Refuse).unwrap();
        assert_eq!(mode(&new), mode(&plain));
        fs::set_permissions(&new, fs::Permissions::from_mode(0o600)).unwrap();
        write_atomic(&new, b"y", Overwrite::Allow).unwrap();
        assert_eq!(mode(&new), 0o600);
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
