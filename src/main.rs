//! The `qnr` binary: parse the command line, run it, exit with its code.

use std::io::{self, IsTerminal};
use std::process::ExitCode;

use clap::Parser;

// `validate` allocates many small values per file (keys, texts, findings);
// mimalloc makes checking thousands of files markedly faster than the
// system allocator (docs/performance.md).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // clap prints help and usage errors itself, exiting 0 or 2.
    let cli = qnr::Cli::parse();
    let terminal = qnr::Terminal {
        stdin: io::stdin().is_terminal(),
        stdout: io::stdout().is_terminal(),
        stderr: io::stderr().is_terminal(),
    };
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    let mut console = qnr::Console::new(&mut out, &mut err, terminal, cli.color.into());
    qnr::run(cli, &mut console).into()
}
