//! Helpers shared by several test modules.

#[cfg(unix)]
pub(crate) mod fill;
pub(crate) mod forms;
#[cfg(unix)]
pub(crate) mod pty;
pub(crate) mod tools;
