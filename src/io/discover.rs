//! Turns the paths on the command line into reply files to read: files as
//! given, folders walked recursively (hidden entries skipped, sorted so
//! output is stable), glob patterns expanded by qnr itself (so that
//! `'replies/**/*.json'` works the same in every shell and on Windows), `-`
//! for standard input.

use std::io::Read;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::error::Error;
use crate::formats::Format;
use crate::i18n::t;
use crate::io::glob::Glob;
use crate::io::source::Source;

/// A reply file to read, and the format to read it as.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Target {
    pub source: Source,
    pub format: Format,
}

/// What one path on the command line gave.
#[derive(Debug)]
pub(crate) enum Found {
    Target(Target),
    /// An entry under a folder that could not be listed or read (a loop of
    /// symlinks, a folder without permission): reported, and the rest goes on.
    Unreadable {
        path: PathBuf,
        reason: String,
    },
    /// A file in a format qnr does not read (a `.doc`, a scan): reported as
    /// a finding on that file, saying what to do, and the rest goes on.
    Foreign {
        path: PathBuf,
        finding: crate::diagnostic::Diagnostic,
    },
    /// The path itself is unusable: missing, an empty folder, an unknown type.
    Failed(Error),
}

/// Options for expanding paths.
#[derive(Clone, Debug, Default)]
pub(crate) struct Discover {
    /// Read every file as this format, whatever its extension.
    pub from: Option<Format>,
    /// In folders, only files of these formats (all readable formats if empty).
    pub only: Vec<Format>,
}

impl Discover {
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

    pub(crate) fn expand(&self, args: &[PathBuf]) -> Vec<Found> {
        let mut found = Vec::new();
        for arg in args {
            if Source::from_arg(arg) == Source::Stdin {
                found.push(Self::target(Source::Stdin, self.from));
            } else if let Ok(meta) = std::fs::metadata(arg) {
                // One `stat` per path: ten thousand paths are common in CI.
                if meta.is_dir() {
                    self.folder(arg, &mut found);
                } else {
                    found.push(self.file(arg));
                }
            } else if let Some(pattern) = glob_pattern(arg) {
                self.glob(pattern, &mut found);
            } else {
                found.push(Found::Failed(Error::NotFound { path: arg.clone() }));
            }
        }
        found
    }

    fn file(&self, path: &Path) -> Found {
        let source = Source::File(path.to_path_buf());
        match source.format(self.from) {
            Ok(format) => Found::Target(Target { source, format }),
            // A name that says nothing: the first bytes may.
            Err(e) => identified(path, true).unwrap_or(Found::Failed(e)),
        }
    }

    fn target(source: Source, from: Option<Format>) -> Found {
        match source.format(from) {
            Ok(format) => Found::Target(Target { source, format }),
            Err(e) => Found::Failed(e),
        }
    }

    /// A file met in a folder or through a pattern: one qnr reads by name, or
    /// a document it knows by name (a `.doc`), read as its bytes say.
    fn met(&self, path: &Path) -> Option<Found> {
        if let Some(format) = Format::from_path(path).filter(|f| self.wanted(*f)) {
            return Some(file_target(path, self.from.unwrap_or(format)));
        }
        if !self.only.is_empty() || !crate::formats::is_known_document(path) {
            return None;
        }
        identified(path, false)
    }

    /// Every reply file whose path matches `pattern`, in sorted order. `*`,
    /// `?` and `[…]` stay within one folder, `**` crosses folders, `{a,b}`
    /// is either; hidden files and folders are skipped, as in a folder walk.
    /// On Windows `\` separates folders, as `/` does, and escapes nothing
    /// (`[*]` matches a `*`).
    fn glob(&self, pattern: &str, found: &mut Vec<Found>) {
        let given = pattern;
        let portable = given.replace('\\', "/");
        let pattern = if cfg!(windows) { &portable } else { given };
        let matcher = match Glob::new(pattern, !cfg!(windows)) {
            Ok(glob) => glob,
            Err(e) => {
                found.push(Found::Failed(Error::Usage(t!(
                    "error-bad-pattern",
                    pattern = given,
                    reason = e.to_string()
                ))));
                return;
            }
        };
        let (base, depth, implicit) = glob_base(pattern);
        let before = found.len();
        let mut walker = WalkDir::new(&base).follow_links(true).sort_by_file_name();
        if let Some(depth) = depth {
            walker = walker.max_depth(depth);
        }
        let walker = walker
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    // `*.json` matches `a.json`, not `./a.json`.
                    let path = if implicit {
                        entry.path().strip_prefix(".").unwrap_or(entry.path())
                    } else {
                        entry.path()
                    };
                    if !matcher.is_match(path) {
                        continue;
                    }
                    let met = match self.from {
                        Some(format) => Some(file_target(path, format)),
                        None => self.met(path),
                    };
                    found.extend(met);
                }
                Ok(_) => {}
                // The base folder itself missing just means nothing matches.
                Err(e) if e.depth() == 0 => {}
                Err(e) => found.push(unreadable(e, &base)),
            }
        }
        if found.len() == before {
            found.push(Found::Failed(Error::NoMatch {
                pattern: given.to_string(),
                extensions: self.extensions(),
            }));
        }
    }

    fn folder(&self, dir: &Path, found: &mut Vec<Found>) {
        let before = found.len();
        let walker = WalkDir::new(dir)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| e.depth() == 0 || !is_hidden(e.file_name()));
        for entry in walker {
            match entry {
                Ok(entry) if entry.file_type().is_file() => {
                    found.extend(self.met(entry.path()));
                }
                Ok(_) => {}
                Err(e) => found.push(unreadable(e, dir)),
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

fn file_target(path: &Path, format: Format) -> Found {
    Found::Target(Target {
        source: Source::File(path.to_path_buf()),
        format,
    })
}

/// A file read as its first bytes say (see `formats::identify`); `None` when
/// they say nothing.
fn identified(path: &Path, named: bool) -> Option<Found> {
    let mut head = Vec::new();
    let read = std::fs::File::open(path).and_then(|f| {
        f.take(crate::formats::SNIFF_BYTES as u64)
            .read_to_end(&mut head)
    });
    if let Err(e) = read {
        return Some(Found::Unreadable {
            path: path.to_path_buf(),
            reason: crate::error::io_reason(&e),
        });
    }
    match crate::formats::identify(&head, Some(path), named) {
        Ok(format) => Some(file_target(path, format)),
        Err(Some(finding)) => Some(Found::Foreign {
            path: path.to_path_buf(),
            finding: *finding,
        }),
        Err(None) => None,
    }
}

/// Hidden entries, and the owner files Word leaves beside an open document
/// (`~$reply.docx`: a few bytes naming who has it open, never a reply).
fn is_hidden(name: &std::ffi::OsStr) -> bool {
    let name = name.to_string_lossy();
    name.starts_with('.') || name.starts_with("~$")
}

/// An entry the walk could not list or follow, reported without stopping it.
fn unreadable(e: walkdir::Error, root: &Path) -> Found {
    let path = e.path().unwrap_or(root).to_path_buf();
    let reason = if e.loop_ancestor().is_some() {
        t!("error-symlink-loop")
    } else {
        match e.io_error() {
            Some(io) if io.kind() == std::io::ErrorKind::NotFound => t!("error-dangling-symlink"),
            Some(io) => crate::error::io_reason(io),
            None => e.to_string(),
        }
    };
    Found::Unreadable { path, reason }
}

/// The argument as a glob pattern, when it has glob syntax and names no
/// existing file (a file really named `a[1].json` is read as a file).
fn glob_pattern(arg: &Path) -> Option<&str> {
    let text = arg.to_str()?;
    text.contains(['*', '?', '[', '{']).then_some(text)
}

/// Where to start walking for a pattern: its leading folders without glob
/// syntax (`replies/2019` for `replies/2019/*.json`, `.` for `*.json`), and
/// how deep to go (unbounded when the pattern has `**`), and whether the
/// `.` was implied rather than written.
fn glob_base(pattern: &str) -> (PathBuf, Option<usize>, bool) {
    let parts: Vec<&str> = pattern.split('/').collect();
    let literal = parts
        .iter()
        .take_while(|p| !p.contains(['*', '?', '[', '{', '\\']))
        .count()
        .min(parts.len() - 1);
    let base = parts[..literal].join("/");
    let depth = (!pattern.contains("**")).then_some(parts.len() - literal);
    if base.is_empty() {
        if pattern.starts_with('/') {
            (PathBuf::from("/"), depth, false)
        } else {
            (PathBuf::from("."), depth, true)
        }
    } else {
        (PathBuf::from(base), depth, false)
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
        let found = Discover::default().expand(&[root.to_path_buf()]);
        let names: Vec<String> = targets(&found)
            .iter()
            .map(|p| {
                p.strip_prefix(&root.display().to_string())
                    .unwrap()
                    .replace(std::path::MAIN_SEPARATOR, "/")
            })
            .collect();
        assert_eq!(names, ["/a.yaml", "/b.json", "/sub/c.toml"]);
    }

    #[test]
    fn word_owner_files_are_not_replies() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("reply.docx"), "").unwrap();
        fs::write(dir.path().join("~$reply.docx"), "").unwrap();
        let found = Discover::default().expand(&[dir.path().to_path_buf()]);
        let names = targets(&found);
        assert_eq!(names.len(), 1);
        assert_eq!(Path::new(&names[0]).file_name().unwrap(), "reply.docx");
    }

    #[test]
    fn only_narrows_the_walk_and_an_empty_result_fails() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.yaml"), "").unwrap();
        let walk = Discover {
            only: vec![Format::Json],
            ..Discover::default()
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
        let found = Discover::default().expand(&[dir.path().join("none.json"), odd.clone()]);
        assert!(matches!(found[0], Found::Failed(Error::NotFound { .. })));
        assert!(matches!(
            found[1],
            Found::Failed(Error::UnknownFormat { .. })
        ));
        let walk = Discover {
            from: Some(Format::Json),
            ..Discover::default()
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
        let found = Discover::default().expand(&[dir.path().to_path_buf()]);
        assert_eq!(targets(&found).len(), 1);
        assert!(found.iter().any(|f| matches!(f, Found::Unreadable { .. })));
    }

    #[test]
    fn globs_match_files_within_and_across_folders_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        fs::create_dir_all(root.join("r/2019/late")).unwrap();
        fs::create_dir_all(root.join("r/.drafts")).unwrap();
        for name in [
            "r/b.json",
            "r/a.json",
            "r/a.yaml",
            "r/2019/c.json",
            "r/2019/late/d.json",
            "r/.drafts/e.json",
            "r/notes.log",
        ] {
            fs::write(root.join(name), "{}").unwrap();
        }
        let base = root.display().to_string();
        let names = |pattern: &str| -> Vec<String> {
            targets(&Discover::default().expand(&[PathBuf::from(format!("{base}/{pattern}"))]))
                .iter()
                .map(|p| p[base.len() + 1..].replace(std::path::MAIN_SEPARATOR, "/"))
                .collect()
        };
        assert_eq!(names("r/*.json"), ["r/a.json", "r/b.json"]);
        assert_eq!(
            names("r/**/*.json"),
            [
                "r/2019/c.json",
                "r/2019/late/d.json",
                "r/a.json",
                "r/b.json"
            ]
        );
        assert_eq!(names("r/*"), ["r/a.json", "r/a.yaml", "r/b.json"]);
        assert_eq!(names("r/{a,b}.json"), ["r/a.json", "r/b.json"]);
        assert_eq!(names("r/?.yaml"), ["r/a.yaml"]);
        assert_eq!(names("*/2019/*.json"), ["r/2019/c.json"]);
    }

    /// On Windows a pattern is written with `\` as readily as with `/`,
    /// and the files found are named with `\`.
    #[cfg(windows)]
    #[test]
    fn windows_patterns_take_backslashes_and_names_show_them() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir_all(dir.path().join("r/2019")).unwrap();
        fs::write(dir.path().join("r/2019/a.json"), "{}").unwrap();
        let base = dir.path().display().to_string();
        for pattern in [r"r\**\*.json", "r/**/*.json", r"r/2019\*.json"] {
            let found = Discover::default().expand(&[PathBuf::from(format!("{base}\\{pattern}"))]);
            assert_eq!(
                targets(&found),
                [format!("{}\\r\\2019\\a.json", base)],
                "{pattern}"
            );
        }
    }

    #[test]
    fn a_glob_matching_nothing_fails_and_a_bad_glob_is_a_usage_error() {
        let dir = tempfile::tempdir().unwrap();
        let base = dir.path().display().to_string();
        let found = Discover::default().expand(&[PathBuf::from(format!("{base}/*.json"))]);
        assert!(matches!(&found[..], [Found::Failed(Error::NoMatch { .. })]));
        let found = Discover::default().expand(&[PathBuf::from(format!("{base}/none/**/*.json"))]);
        assert!(matches!(&found[..], [Found::Failed(Error::NoMatch { .. })]));
        let found = Discover::default().expand(&[PathBuf::from(format!("{base}/[a.json"))]);
        assert!(matches!(&found[..], [Found::Failed(Error::Usage(_))]));
    }

    #[test]
    fn a_file_whose_name_looks_like_a_glob_is_read_as_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let odd = dir.path().join("reply[1].json");
        fs::write(&odd, "{}").unwrap();
        assert_eq!(targets(&Discover::default().expand(&[odd])).len(), 1);
    }

    #[test]
    fn glob_bases_are_the_literal_leading_folders() {
        assert_eq!(
            glob_base("replies/2019/*.json"),
            (PathBuf::from("replies/2019"), Some(1), false)
        );
        assert_eq!(glob_base("*.json"), (PathBuf::from("."), Some(1), true));
        assert_eq!(glob_base("r/**/x.json"), (PathBuf::from("r"), None, false));
        assert_eq!(
            glob_base("/a/*/b.json"),
            (PathBuf::from("/a"), Some(2), false)
        );
        assert_eq!(glob_base("./*.json"), (PathBuf::from("."), Some(1), false));
    }
}
