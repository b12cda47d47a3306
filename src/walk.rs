//! Turns the paths on the command line into reply files to read: files as
//! given, folders walked recursively (hidden entries skipped, sorted so
//! output is stable), `-` for standard input.

use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::Error;
use crate::formats::Format;
use crate::fsio::Source;

/// A reply file to read, and the format to read it as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Target {
    pub source: Source,
    pub format: Format,
}

/// What one path on the command line gave.
#[derive(Debug)]
pub enum Found {
    Target(Target),
    /// An entry under a folder that could not be listed or read (a loop of
    /// symlinks, a folder without permission): reported, and the rest goes on.
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    /// The path itself is unusable: missing, an empty folder, an unknown type.
    Failed(Error),
}

/// Options for expanding paths.
#[derive(Clone, Debug, Default)]
pub struct Walk {
    /// Read every file as this format, whatever its extension.
    pub from: Option<Format>,
    /// In folders, only files of these formats (all readable formats if empty).
    pub only: Vec<Format>,
}

impl Walk {
    fn wanted(&self, format: Format) -> bool {
        self.only.is_empty() || self.only.contains(&format)
    }

    fn extensions(&self) -> String {
        let formats: Vec<Format> = if self.only.is_empty() {
            Format::ALL.to_vec()
        } else {
            self.only.clone()
        };
        formats
            .iter()
            .flat_map(|f| f.extensions())
            .map(|e| format!(".{e}"))
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub fn expand(&self, args: &[PathBuf]) -> Vec<Found> {
        let mut found = Vec::new();
        for arg in args {
            if arg.as_os_str() == "-" {
                found.push(match self.from {
                    Some(format) => Found::Target(Target {
                        source: Source::Stdin,
                        format,
                    }),
                    None => Found::Failed(Error::Usage(format!(
                        "reading standard input needs `--from {}`",
                        Format::ALL.map(Format::name).join("|")
                    ))),
                });
            } else if arg.is_dir() {
                self.folder(arg, &mut found);
            } else if arg.exists() {
                found.push(self.file(arg));
            } else {
                found.push(Found::Failed(Error::NotFound { path: arg.clone() }));
            }
        }
        found
    }

    fn file(&self, path: &Path) -> Found {
        match self.from.or_else(|| Format::from_path(path)) {
            Some(format) => Found::Target(Target {
                source: Source::File(path.to_path_buf()),
                format,
            }),
            None => Found::Failed(Error::Usage(format!(
                "cannot tell the format of `{}` from its name; name it {} or add `--from FORMAT`",
                path.display(),
                Format::all_extensions()
            ))),
        }
    }

    fn folder(&self, dir: &Path, found: &mut Vec<Found>) {
        let before = found.len();
        let walker = WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    let path = entry.path();
                    if let Some(format) = Format::from_path(path).filter(|f| self.wanted(*f)) {
                        found.push(Found::Target(Target {
                            source: Source::File(path.to_path_buf()),
                            format: self.from.unwrap_or(format),
                        }));
                    }
                }
                Ok(_) => {}
                Err(e) => {
                    let path = e.path().unwrap_or(dir).to_path_buf();
                    let reason = if e.loop_ancestor().is_some() {
                        "a symbolic link loops back to a folder above it".to_string()
                    } else {
                        e.io_error()
                            .map_or_else(|| e.to_string(), |io| io.to_string())
                    };
                    found.push(Found::Unreadable { path, reason });
                }
            }
        }
        if found.len() == before {
            found.push(Found::Failed(Error::NoReplyFiles {
                path: dir.to_path_buf(),
                extensions: self.extensions(),
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::fs;

    fn targets(found: &[Found]) -> Vec<String> {
        found
            .iter()
            .filter_map(|f| match f {
                Found::Target(t) => Some(t.source.display()),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn folders_are_walked_sorted_skipping_hidden_and_other_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("sub")).unwrap();
        fs::create_dir_all(root.join(".git")).unwrap();
        for name in [
            "b.json",
            "a.yaml",
            "sub/c.toml",
            "notes.txt.bak",
            ".hidden.json",
            ".git/x.json",
        ] {
            fs::write(root.join(name), "{}").unwrap();
        }
        let found = Walk::default().expand(&[root.to_path_buf()]);
        let names: Vec<String> = targets(&found)
            .iter()
            .map(|p| {
                p.strip_prefix(&root.display().to_string())
                    .unwrap()
                    .to_string()
            })
            .collect();
        assert_eq!(names, ["/a.yaml", "/b.json", "/sub/c.toml"]);
    }

    #[test]
    fn only_narrows_the_walk_and_an_empty_result_fails() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "").unwrap();
        let walk = Walk {
            only: vec![Format::Json],
            ..Walk::default()
        };
        let found = walk.expand(&[dir.path().to_path_buf()]);
        assert!(matches!(
            &found[..],
            [Found::Failed(Error::NoReplyFiles { .. })]
        ));
    }

    #[test]
    fn missing_paths_and_unknown_extensions_fail() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("reply.xyz");
        fs::write(&odd, "").unwrap();
        let found = Walk::default().expand(&[dir.path().join("none.json"), odd.clone()]);
        assert!(matches!(found[0], Found::Failed(Error::NotFound { .. })));
        assert!(matches!(found[1], Found::Failed(Error::Usage(_))));
        let walk = Walk {
            from: Some(Format::Json),
            ..Walk::default()
        };
        assert_eq!(
            targets(&walk.expand(&[odd])).len(),
            1,
            "--from reads any name"
        );
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_and_the_rest_is_walked() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink(dir.path(), dir.path().join("sub/loop")).unwrap();
        fs::write(dir.path().join("a.json"), "{}").unwrap();
        let found = Walk::default().expand(&[dir.path().to_path_buf()]);
        assert_eq!(targets(&found).len(), 1);
        assert!(found.iter().any(|f| matches!(f, Found::Unreadable { .. })));
    }
}
