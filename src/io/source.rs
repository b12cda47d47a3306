//! Where input comes from (a file or standard input), read whole under a
//! size cap.

use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

use crate::diagnostic::FileName;
use crate::error::{Error, Limited};
use crate::formats::Format;

/// What a file is read as: its size limit and its name in messages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum FileKind {
    Reply,
    Schema,
}

impl FileKind {
    /// The largest file of this kind qnr reads: a sixteen-item reply is
    /// ~30 KB, a Word document with a letterhead image a few MB.
    pub(crate) fn max_bytes(self) -> u64 {
        match self {
            FileKind::Reply => 32 * 1024 * 1024,
            FileKind::Schema => 4 * 1024 * 1024,
        }
    }

    fn limited(self) -> Limited {
        match self {
            FileKind::Reply => Limited::Reply,
            FileKind::Schema => Limited::Schema,
        }
    }
}

/// Where input comes from: a file, or standard input for `-`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    pub(crate) fn from_arg(arg: &Path) -> Source {
        if arg.as_os_str() == "-" {
            Source::Stdin
        } else {
            Source::File(arg.to_path_buf())
        }
    }

    /// How findings name it.
    pub(crate) fn name(&self) -> FileName {
        match self {
            Source::Stdin => FileName::Stdin,
            Source::File(p) => FileName::Path(p.display().to_string()),
        }
    }

    /// How messages name it.
    pub(crate) fn display(&self) -> String {
        self.name().to_string()
    }

    pub(crate) fn path(&self) -> Option<&Path> {
        match self {
            Source::Stdin => None,
            Source::File(p) => Some(p),
        }
    }

    /// The format to read this source as: `from` (`--from`), else the
    /// file's extension. Standard input has no name: it needs `from`.
    pub(crate) fn format(&self, from: Option<Format>) -> Result<Format, Error> {
        if let Some(format) = from {
            return Ok(format);
        }
        match self {
            Source::File(path) => Format::from_path(path).ok_or_else(|| Error::UnknownFormat {
                path: path.clone(),
                extensions: Format::all_extensions(),
                from_option: true,
            }),
            Source::Stdin => Err(Error::NeedsFrom {
                formats: Format::ALL.map(Format::name).join("|"),
            }),
        }
    }

    /// Reads a reply whole, refusing one over the limit.
    pub(crate) fn read(&self) -> Result<Vec<u8>, Error> {
        let kind = FileKind::Reply;
        let limit = kind.max_bytes();
        match self {
            Source::Stdin => {
                let mut bytes = Vec::new();
                io::stdin()
                    .lock()
                    .take(limit + 1)
                    .read_to_end(&mut bytes)
                    .map_err(|source| Error::Read {
                        path: PathBuf::from(self.display()),
                        source,
                    })?;
                if bytes.len() as u64 > limit {
                    return Err(Error::TooLarge {
                        path: PathBuf::from(self.display()),
                        size: bytes.len() as u64,
                        limit,
                        what: kind.limited(),
                    });
                }
                Ok(bytes)
            }
            Source::File(path) => read_limited(path, kind),
        }
    }
}

/// Reads a whole file of `kind`, refusing one larger than its limit before
/// reading it.
pub(crate) fn read_limited(path: &Path, kind: FileKind) -> Result<Vec<u8>, Error> {
    read_capped(path, kind.max_bytes(), kind.limited())
}

fn read_capped(path: &Path, limit: u64, what: Limited) -> Result<Vec<u8>, Error> {
    let file = File::open(path).map_err(|source| {
        if source.kind() == io::ErrorKind::NotFound {
            Error::NotFound {
                path: path.to_path_buf(),
            }
        } else {
            Error::Read {
                path: path.to_path_buf(),
                source,
            }
        }
    })?;
    let read_error = |source| Error::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = file.metadata().map_err(read_error)?;
    if meta.is_dir() {
        return Err(read_error(io::Error::from(io::ErrorKind::IsADirectory)));
    }
    let too_large = |size| Error::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
        what,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    // `take` guards against a file that grows while being read.
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(read_error)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_limited_refuses_large_files() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("big.json");
        std::fs::write(&path, vec![b' '; 100]).unwrap();
        assert!(matches!(
            read_capped(&path, 10, Limited::Reply),
            Err(Error::TooLarge { size: 100, .. })
        ));
        assert!(matches!(
            read_limited(&dir.path().join("none"), FileKind::Reply),
            Err(Error::NotFound { .. })
        ));
    }
}
