//! qnr: fill, validate, convert and compile replies to questionnaires
//! answered item by item with YES/NO and comments; by default UNODC's HONLEA
//! questionnaire. The binary is a thin shell around [`app::run`].

pub mod app;
pub mod cli;
pub mod color;
mod commands;
pub mod console;
pub mod diagnostic;
pub mod diff;
pub mod error;
pub mod escape;
pub mod exit;
pub mod fill;
pub mod formats;
#[doc(hidden)]
pub mod fuzzing;
pub mod io;
pub mod parallel;
pub mod printer;
pub mod reply;
pub mod report;
pub mod schema;
pub mod suggest;
pub mod text;
pub mod tree;
pub mod validate;
pub mod values;

pub use app::run;
pub use diagnostic::{Code, Diagnostic, Severity};
pub use error::Error;
pub use exit::Exit;
pub use formats::Format;
pub use reply::{Answer, Choice, Reply};
pub use schema::Schema;
