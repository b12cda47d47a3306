//! Reporters turn [`FileReport`]s into output: for people (`human`) or for
//! tools (`json`). They write to any `Write`, so tests read what users see.

pub mod human;
pub mod json;

use std::io;

use crate::validate::FileReport;

/// Totals over a run, for the closing summary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Summary {
    pub files: usize,
    pub valid: usize,
    pub errors: usize,
    pub warnings: usize,
}

impl Summary {
    pub fn add(&mut self, report: &FileReport) {
        self.files += 1;
        if report.valid() {
            self.valid += 1;
        }
        self.errors += report.count(crate::diagnostic::Severity::Error);
        self.warnings += report.count(crate::diagnostic::Severity::Warning);
    }

    pub fn invalid(&self) -> usize {
        self.files - self.valid
    }
}

/// Receives each file's report in order, then the summary.
pub trait Reporter {
    fn file(&mut self, report: &FileReport) -> io::Result<()>;
    fn finish(&mut self, summary: &Summary) -> io::Result<()>;
}
