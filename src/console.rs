//! What a command writes to and what it knows of the terminal: the two
//! output streams, which standard streams are terminals, and the colour
//! decision for each. `main` builds it from the real streams; tests from
//! buffers. Streams not listed here are used directly by the parts that own
//! the terminal: `qnr fill` (keys, raw mode, Ctrl-C) and `report`'s progress
//! bar, which draws on standard error.

use std::io::Write;

use crate::color::{ColorChoice, Palette};

/// Which of the standard streams are terminals.
#[derive(Clone, Copy, Debug, Default)]
pub struct Terminal {
    pub stdin: bool,
    pub stdout: bool,
    pub stderr: bool,
}

/// Colour decisions for the two output streams.
#[derive(Clone, Copy, Debug)]
pub struct Palettes {
    pub out: Palette,
    pub err: Palette,
}

/// The streams a command writes to, what they are, and how to colour them.
pub struct Console<'a> {
    pub out: &'a mut dyn Write,
    pub err: &'a mut dyn Write,
    pub terminal: Terminal,
    pub palettes: Palettes,
}

impl<'a> Console<'a> {
    /// Colours each stream as `color` decides for it.
    pub fn new(
        out: &'a mut dyn Write,
        err: &'a mut dyn Write,
        terminal: Terminal,
        color: ColorChoice,
    ) -> Console<'a> {
        Console {
            out,
            err,
            terminal,
            palettes: Palettes {
                out: color.palette(terminal.stdout),
                err: color.palette(terminal.stderr),
            },
        }
    }
}
