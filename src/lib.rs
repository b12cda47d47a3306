//! qnr: fill, validate, convert and compile replies to questionnaires
//! answered item by item with YES/NO and comments; by default UNODC's HONLEA
//! questionnaire. The binary is a thin shell around [`run`].
//!
//! The library is the binary's engine, not a published interface: its
//! modules are private, and what is public here is what the binary, the
//! benchmarks, the fuzz targets and the integration tests need. The
//! `#[doc(hidden)]` items are for those alone.

mod app;
mod authoring;
mod cli;
mod clock;
mod color;
mod commands;
mod console;
mod diagnostic;
mod diff;
mod embedded;
mod error;
mod escape;
mod exit;
mod fill;
mod formats;
mod i18n;
mod io;
mod parallel;
mod printer;
mod reply;
mod report;
mod schema;
mod suggest;
mod text;
mod tree;
mod validate;
mod values;

#[doc(hidden)]
pub mod fuzzing;

// The binary: the command line, the streams it writes to, its exit code.
pub use app::run;
pub use cli::Cli;
pub use console::{Console, Terminal};
pub use exit::Exit;
pub use i18n::Lang;

// The questionnaire, a reply, and reading, writing and checking one.
pub use diagnostic::{Code, Diagnostic, FileName, Findings, Severity};
pub use formats::{Format, Loaded, check_written, load, write};
pub use reply::{Answer, Choice, Reply};
pub use schema::json_schema::{json_schema, to_text as json_schema_text};
pub use schema::{CommentRule, FieldKind, HONLEA_TOML, Role, Schema};
pub use validate::{Checked, Strictness, check};

/// Parts of the engine that tests reach directly.
#[doc(hidden)]
pub mod testing {
    pub use crate::io::lock::{HeldLock, hold_lock};
    pub use crate::text::LineIndex;
    pub use crate::tree::{Value, yaml::parse as parse_yaml};
}
