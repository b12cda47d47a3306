//! Exit codes, in one place (docs/design.md, "Exit codes"). Scripts rely on them.

/// How a run of qnr ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Exit {
    /// Success; for `validate`, every file complete and valid.
    Success = 0,
    /// `validate` found a problem in a file, or `diff` found a difference.
    Problems = 1,
    /// A usage error, a missing or unreadable path, a folder or glob with no
    /// reply files, a bad schema, a refused overwrite.
    Failure = 2,
    /// Interrupted by Ctrl-C (128 + SIGINT).
    Interrupted = 130,
}

impl Exit {
    pub fn code(self) -> u8 {
        self as u8
    }
}

impl From<Exit> for std::process::ExitCode {
    fn from(exit: Exit) -> Self {
        std::process::ExitCode::from(exit.code())
    }
}
