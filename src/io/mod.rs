//! The file system and standard input, and nothing else: reading a source
//! whole under a size cap ([`source`]), writing atomically ([`atomic`]),
//! and turning the paths on the command line into reply files ([`discover`]).

pub(crate) mod atomic;
pub(crate) mod discover;
pub(crate) mod source;

pub(crate) use atomic::{Overwrite, write_atomic};
pub(crate) use discover::{Discover, Found};
pub(crate) use source::{FileKind, Source, read_limited};
