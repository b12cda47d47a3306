//! The file a path names, symbolic links followed: `qnr fill` writes a
//! shared reply through the link that points to it, as editors do, instead
//! of replacing the link with a private copy.

use std::path::{Path, PathBuf};

/// How many links in a row are followed before giving up (as the kernel's
/// `ELOOP`): the path is then used as it is, and writing it replaces the link.
const MAX_LINKS: usize = 40;

/// `path` with every symbolic link at its end followed, even to a file that
/// does not exist yet. The folders on the way are left as written, so
/// messages keep the person's own path when there is no link.
pub(crate) fn resolve(path: &Path) -> PathBuf {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        let Ok(target) = std::fs::read_link(&current) else {
            return current;
        };
        current = match current.parent() {
            Some(parent) if target.is_relative() => parent.join(target),
            _ => target,
        };
    }
    path.to_path_buf()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn links_are_followed_to_the_file_even_a_missing_one() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        let link = dir.path().join("reply.json");
        std::os::unix::fs::symlink("shared/reply.json", &link).unwrap();
        assert_eq!(resolve(&link), dir.path().join("shared/reply.json"));
        let second = dir.path().join("again.json");
        std::os::unix::fs::symlink(&link, &second).unwrap();
        assert_eq!(resolve(&second), dir.path().join("shared/reply.json"));
        let plain = dir.path().join("plain.json");
        assert_eq!(resolve(&plain), plain);
        let looped = dir.path().join("loop.json");
        std::os::unix::fs::symlink("loop.json", &looped).unwrap();
        assert_eq!(resolve(&looped), looped, "a loop is left as it is");
    }
}
