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
    #[cfg(windows)]
    if terminal.stdout || terminal.stderr {
        windows_escapes(terminal.stdout);
    }
    let mut out = io::stdout().lock();
    let mut err = io::stderr().lock();
    let mut console = qnr::Console::new(&mut out, &mut err, terminal, cli.color.into());
    qnr::run(cli, &mut console).into()
}

/// Windows's console shows colours, and takes the cursor movements of
/// `qnr fill`, only once virtual terminal processing is on for it (Windows
/// 10 and later, which Rust requires). anstyle-query turns it on for both
/// streams, but gives up at standard output when that is a file or a pipe;
/// console (through dialoguer) then turns it on for standard error alone.
#[cfg(windows)]
fn windows_escapes(stdout_is_terminal: bool) {
    let both = stdout_is_terminal && anstyle_query::windows::enable_ansi_colors() == Some(true);
    if !both {
        let _ = dialoguer::console::Term::stderr()
            .features()
            .colors_supported();
    }
}
