//! The file system and standard input, and nothing else: reading a source
//! whole under a size cap ([`source`]), writing atomically ([`atomic`]),
//! and turning the paths on the command line into reply files ([`discover`]).

pub mod atomic;
pub mod discover;
pub mod source;

pub use atomic::{Overwrite, write_atomic};
pub use discover::{Discover, Found, Target};
pub use source::{FileKind, Source, read_limited};
