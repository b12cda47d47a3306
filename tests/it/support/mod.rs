//! Helpers shared by several test modules.

#[cfg(unix)]
pub(crate) mod fill;
pub(crate) mod forms;
#[cfg(unix)]
pub(crate) mod pty;
pub(crate) mod tools;

/// qnr as a test runs it: no schema or colour inherited, a fixed width.
pub(crate) fn qnr() -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("qnr").unwrap();
    cmd.env_remove("QNR_SCHEMA")
        .env_remove("NO_COLOR")
        .env("COLUMNS", "100");
    cmd
}

/// qnr run against the schema at `schema`.
pub(crate) fn qnr_with(schema: &std::path::Path) -> assert_cmd::Command {
    let mut cmd = qnr();
    cmd.arg("--schema").arg(schema);
    cmd
}
