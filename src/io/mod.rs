//! The file system and standard input, and nothing else: reading a source
//! whole under a size cap ([`source`]), writing atomically ([`atomic`]),
//! one writer per reply ([`lock`]), following a link to the file it names
//! ([`resolve`]), and turning the paths on the command line into reply
//! files ([`discover`], with qnr's own [`glob`] patterns).

pub(crate) mod atomic;
pub(crate) mod discover;
pub(crate) mod glob;
pub(crate) mod lock;
pub(crate) mod resolve;
pub(crate) mod source;

pub(crate) use atomic::{Overwrite, write_atomic};
pub(crate) use discover::{Discover, Found};
pub(crate) use lock::{Lock, while_locked};
pub(crate) use resolve::resolve;
pub(crate) use source::{FileKind, Source, read_limited};
