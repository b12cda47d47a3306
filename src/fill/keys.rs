//! Keys from the terminal, read the way `qnr fill` needs them: what arrived
//! in one read stays together, so a paste (or type-ahead) can be told from
//! keys pressed one by one, and a bracketed paste (`ESC [200~ … ESC [201~`,
//! on for the whole walk) comes as one piece of text. [`Decoder`] turns
//! bytes into keys (whole escape sequences, so Ctrl-←, Shift-arrows and
//! F-keys never leave `5D` or `~` behind); [`Keyboard`] owns the terminal's
//! mode for the walk and reads it.

use std::collections::VecDeque;
use std::io;

/// One key.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Key {
    Char(char),
    Enter,
    Tab,
    Backspace,
    Delete,
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    PageUp,
    PageDown,
    /// Ctrl-← or Alt-b.
    WordLeft,
    /// Ctrl-→ or Alt-f.
    WordRight,
    /// Alt-Backspace.
    WordBackspace,
    Escape,
    /// Ctrl and a letter (`'a'` for Ctrl-A), other than those above.
    Ctrl(char),
    /// A key qnr gives no meaning (F-keys, Insert): ignored, never typed.
    Other,
}

/// What one read of the terminal brought.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Input {
    /// Keys that arrived together: one key pressed, or several at once (a
    /// paste without bracketed paste, type-ahead).
    Keys(Vec<Key>),
    /// Text the terminal marked as pasted; line breaks as `\n`.
    Paste(String),
    /// The terminal changed size.
    Resize,
}

/// Bracketed paste: the terminal marks pasted text while this is on.
pub(crate) const PASTE_ON: &str = "\x1b[?2004h";
pub(crate) const PASTE_OFF: &str = "\x1b[?2004l";

/// Bytes to keys and pastes. Keeps an incomplete sequence (or UTF-8
/// character) for the next bytes, and the text of a paste until it ends.
#[derive(Debug, Default)]
pub(crate) struct Decoder {
    pending: Vec<u8>,
    paste: Option<String>,
}

/// What one step of decoding found.
enum Step {
    Key(Key, usize),
    PasteStart(usize),
    PasteEnd(usize),
    /// Needs more bytes.
    Incomplete,
}

impl Decoder {
    /// Decodes `bytes`, one read's worth, into what it holds, in order:
    /// keys grouped as they came, pastes whole once they end.
    pub(crate) fn feed(&mut self, bytes: &[u8]) -> Vec<Input> {
        self.pending.extend_from_slice(bytes);
        let mut out = Vec::new();
        let mut keys = Vec::new();
        let mut at = 0;
        while at < self.pending.len() {
            let rest = &self.pending[at..];
            if let Some(paste) = self.paste.as_mut() {
                match find(rest, b"\x1b[201~") {
                    Some(end) => {
                        paste.push_str(&String::from_utf8_lossy(&rest[..end]));
                        at += end + 6;
                        let text = clean_paste(&self.paste.take().unwrap_or_default());
                        out.push(Input::Paste(text));
                    }
                    None => {
                        // Keep a possible start of the end marker.
                        let keep = partial_suffix(rest, b"\x1b[201~");
                        let take = rest.len() - keep;
                        let (text, held) = split_utf8(&rest[..take]);
                        paste.push_str(&String::from_utf8_lossy(text));
                        at += take - held;
                        break;
                    }
                }
                continue;
            }
            match step(rest) {
                Step::Key(key, used) => {
                    // `\r\n` is one Enter.
                    let crlf = key == Key::Enter && rest.starts_with(b"\r\n");
                    keys.push(key);
                    at += if crlf { 2 } else { used };
                }
                Step::PasteStart(used) => {
                    if !keys.is_empty() {
                        out.push(Input::Keys(std::mem::take(&mut keys)));
                    }
                    self.paste = Some(String::new());
                    at += used;
                }
                Step::PasteEnd(used) => at += used,
                Step::Incomplete => break,
            }
        }
        self.pending.drain(..at);
        if !keys.is_empty() {
            out.push(Input::Keys(keys));
        }
        out
    }

    /// Whether bytes are held back: an escape sequence (or a lone Escape)
    /// that the next read may complete.
    pub(crate) fn waiting(&self) -> bool {
        !self.pending.is_empty() && self.paste.is_none()
    }

    /// No more bytes came: what is held back is a lone Escape (and keys
    /// after it), or nothing a person typed.
    pub(crate) fn flush(&mut self) -> Vec<Input> {
        if self.pending.first() == Some(&0x1b) {
            let rest = self.pending.split_off(1);
            self.pending.clear();
            let mut out = vec![Input::Keys(vec![Key::Escape])];
            out.extend(self.feed(&rest));
            return out;
        }
        self.pending.clear();
        Vec::new()
    }
}

/// Decodes the key at the start of `bytes`.
fn step(bytes: &[u8]) -> Step {
    let key = |k, n| Step::Key(k, n);
    match bytes[0] {
        0x1b => escape(bytes),
        b'\r' | b'\n' => key(Key::Enter, 1),
        b'\t' => key(Key::Tab, 1),
        0x7f | 0x08 => key(Key::Backspace, 1),
        c @ 0x01..=0x1a => key(Key::Ctrl(char::from(b'a' + c - 1)), 1),
        0x00 | 0x1c..=0x1f => key(Key::Other, 1),
        _ => match utf8_len(bytes[0]) {
            Some(n) if bytes.len() < n => Step::Incomplete,
            Some(n) => match std::str::from_utf8(&bytes[..n]) {
                Ok(s) => key(s.chars().next().map_or(Key::Other, Key::Char), n),
                Err(_) => key(Key::Other, 1),
            },
            None => key(Key::Other, 1),
        },
    }
}

/// An escape sequence: CSI (`ESC [`), SS3 (`ESC O`), Alt-key, or Escape.
fn escape(bytes: &[u8]) -> Step {
    let Some(&second) = bytes.get(1) else {
        return Step::Incomplete;
    };
    match second {
        b'[' => csi(bytes),
        b'O' => match bytes.get(2) {
            None => Step::Incomplete,
            Some(&c) => Step::Key(
                match c {
                    b'A' => Key::Up,
                    b'B' => Key::Down,
                    b'C' => Key::Right,
                    b'D' => Key::Left,
                    b'H' => Key::Home,
                    b'F' => Key::End,
                    _ => Key::Other,
                },
                3,
            ),
        },
        b'b' => Step::Key(Key::WordLeft, 2),
        b'f' => Step::Key(Key::WordRight, 2),
        0x7f | 0x08 => Step::Key(Key::WordBackspace, 2),
        0x1b => Step::Key(Key::Escape, 1),
        c if c.is_ascii_graphic() || c == b' ' => Step::Key(Key::Other, 2),
        _ => Step::Key(Key::Escape, 1),
    }
}

/// `ESC [ params intermediates final`.
fn csi(bytes: &[u8]) -> Step {
    let mut end = 2;
    while end < bytes.len() && (0x20..=0x3f).contains(&bytes[end]) {
        end += 1;
    }
    let Some(&last) = bytes.get(end) else {
        return Step::Incomplete;
    };
    let used = end + 1;
    if !(0x40..=0x7e).contains(&last) {
        // Not a sequence after all: drop the introducer.
        return Step::Key(Key::Other, 2);
    }
    let params = std::str::from_utf8(&bytes[2..end]).unwrap_or("");
    let mut numbers = params.split(';').map(|p| p.parse::<u32>().unwrap_or(0));
    let first = numbers.next().unwrap_or(0);
    let modifier = numbers.next().unwrap_or(1);
    // xterm's modifier: 1 + (1 shift, 2 alt, 4 ctrl).
    let ctrl = modifier > 1 && (modifier - 1) & 4 != 0;
    let alt = modifier > 1 && (modifier - 1) & 2 != 0;
    let key = match (last, first) {
        (b'~', 200) => return Step::PasteStart(used),
        (b'~', 201) => return Step::PasteEnd(used),
        (b'A', _) => Key::Up,
        (b'B', _) => Key::Down,
        (b'C', _) if ctrl || alt => Key::WordRight,
        (b'D', _) if ctrl || alt => Key::WordLeft,
        (b'C', _) => Key::Right,
        (b'D', _) => Key::Left,
        (b'H', _) | (b'~', 1 | 7) => Key::Home,
        (b'F', _) | (b'~', 4 | 8) => Key::End,
        (b'~', 3) => Key::Delete,
        (b'~', 5) => Key::PageUp,
        (b'~', 6) => Key::PageDown,
        _ => Key::Other,
    };
    Step::Key(key, used)
}

fn utf8_len(first: u8) -> Option<usize> {
    match first {
        0x00..=0x7f => Some(1),
        0xc2..=0xdf => Some(2),
        0xe0..=0xef => Some(3),
        0xf0..=0xf4 => Some(4),
        _ => None,
    }
}

/// Splits off an incomplete UTF-8 character at the end: (whole, held back).
fn split_utf8(bytes: &[u8]) -> (&[u8], usize) {
    for back in 1..=3.min(bytes.len()) {
        let i = bytes.len() - back;
        if let Some(n) = utf8_len(bytes[i]).filter(|&n| n > 1) {
            if n > back {
                return (&bytes[..i], back);
            }
            break;
        }
    }
    (bytes, 0)
}

/// How many bytes at the end of `bytes` could start `marker`.
fn partial_suffix(bytes: &[u8], marker: &[u8]) -> usize {
    (1..marker.len())
        .rev()
        .find(|&n| bytes.len() >= n && bytes.ends_with(&marker[..n]))
        .unwrap_or(0)
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// Pasted text as text: line breaks as `\n`, tabs as spaces, other control
/// characters (and escape sequences) left out.
fn clean_paste(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' => out.push('\n'),
            '\t' => out.push(' '),
            '\u{1b}' => {
                // Skip a whole sequence, not just its first byte.
                if chars.peek() == Some(&'[') {
                    chars.next();
                    while let Some(&c) = chars.peek() {
                        chars.next();
                        if ('\u{40}'..='\u{7e}').contains(&c) {
                            break;
                        }
                    }
                }
            }
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The terminal, read key by key for the whole walk: line editing and echo
/// off (signals on, so Ctrl-C still interrupts between keys), bracketed
/// paste on. Dropping it puts the terminal back.
pub(crate) struct Keyboard {
    decoder: Decoder,
    queue: VecDeque<Input>,
    size: Option<(u16, u16)>,
    _mode: Option<super::keys_mode::KeysMode>,
}

impl Keyboard {
    /// Takes the terminal; `out` gets the bracketed-paste switch.
    pub(crate) fn open(out: &mut dyn io::Write) -> io::Result<Keyboard> {
        let mode = super::keys_mode::KeysMode::enter();
        out.write_all(PASTE_ON.as_bytes())?;
        out.flush()?;
        Ok(Keyboard {
            decoder: Decoder::default(),
            queue: VecDeque::new(),
            size: terminal_size(),
            _mode: Some(mode),
        })
    }

    /// Gives the terminal back while another program uses it ($EDITOR).
    pub(crate) fn suspend(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        self._mode = None;
        out.write_all(PASTE_OFF.as_bytes())?;
        out.flush()
    }

    /// Takes the terminal again after [`Keyboard::suspend`]; what was typed
    /// meanwhile belonged to the other program.
    pub(crate) fn resume(&mut self, out: &mut dyn io::Write) -> io::Result<()> {
        self._mode = Some(super::keys_mode::KeysMode::enter());
        self.queue.clear();
        self.decoder = Decoder::default();
        out.write_all(PASTE_ON.as_bytes())?;
        out.flush()
    }

    /// The terminal's width and height, as last seen.
    pub(crate) fn size(&self) -> Option<(u16, u16)> {
        self.size
    }

    /// Whether more input follows at once (within a few milliseconds, as
    /// the parts of one paste do); it is kept for [`Keyboard::next`].
    pub(crate) fn more_at_once(&mut self) -> io::Result<bool> {
        if !self.queue.is_empty() {
            return Ok(true);
        }
        if let Some(bytes) = read_some(30)?.filter(|b| !b.is_empty()) {
            self.queue.extend(self.decoder.feed(&bytes));
        }
        Ok(!self.queue.is_empty())
    }

    /// The next thing the terminal brings; waits for it.
    pub(crate) fn next(&mut self) -> io::Result<Input> {
        loop {
            if let Some(input) = self.queue.pop_front() {
                return Ok(input);
            }
            let now = terminal_size();
            if now != self.size {
                self.size = now;
                return Ok(Input::Resize);
            }
            match read_some(if self.decoder.waiting() { 30 } else { 250 })? {
                Some(bytes) if bytes.is_empty() => {
                    return Err(io::Error::new(
                        io::ErrorKind::UnexpectedEof,
                        "the terminal closed",
                    ));
                }
                Some(bytes) => self.queue.extend(self.decoder.feed(&bytes)),
                None if self.decoder.waiting() => self.queue.extend(self.decoder.flush()),
                None => {}
            }
        }
    }
}

impl Drop for Keyboard {
    fn drop(&mut self) {
        let _ = io::Write::write_all(&mut io::stderr(), PASTE_OFF.as_bytes());
    }
}

fn terminal_size() -> Option<(u16, u16)> {
    terminal_size::terminal_size_of(io::stderr()).map(|(w, h)| (w.0, h.0))
}

/// Reads what standard input has, waiting up to `ms` milliseconds for it:
/// `None` when nothing came (the caller checks the terminal's size then).
#[cfg(unix)]
fn read_some(ms: u16) -> io::Result<Option<Vec<u8>>> {
    use nix::poll::{PollFd, PollFlags, PollTimeout, poll};
    use std::os::fd::AsFd;
    let stdin = io::stdin();
    let fd = stdin.as_fd();
    let mut fds = [PollFd::new(fd, PollFlags::POLLIN)];
    match poll(&mut fds, PollTimeout::from(ms)) {
        Ok(0) => return Ok(None),
        Ok(_) => {}
        Err(nix::errno::Errno::EINTR) => return Ok(None),
        Err(e) => return Err(io::Error::from(e)),
    }
    let mut buffer = [0u8; 4096];
    match nix::unistd::read(fd, &mut buffer) {
        Ok(n) => Ok(Some(buffer[..n].to_vec())),
        Err(nix::errno::Errno::EINTR | nix::errno::Errno::EAGAIN) => Ok(None),
        Err(e) => Err(io::Error::from(e)),
    }
}

/// Elsewhere the console's own reader gives one key at a time.
#[cfg(not(unix))]
fn read_some(_ms: u16) -> io::Result<Option<Vec<u8>>> {
    use dialoguer::console::{Key as K, Term};
    let key = Term::stderr().read_key_raw()?;
    let bytes: Vec<u8> = match key {
        K::Char(c) => c.to_string().into_bytes(),
        K::Enter => b"\r".to_vec(),
        K::Tab => b"\t".to_vec(),
        K::Backspace => vec![0x7f],
        K::Del => b"\x1b[3~".to_vec(),
        K::ArrowLeft => b"\x1b[D".to_vec(),
        K::ArrowRight => b"\x1b[C".to_vec(),
        K::ArrowUp => b"\x1b[A".to_vec(),
        K::ArrowDown => b"\x1b[B".to_vec(),
        K::Home => b"\x1b[H".to_vec(),
        K::End => b"\x1b[F".to_vec(),
        K::PageUp => b"\x1b[5~".to_vec(),
        K::PageDown => b"\x1b[6~".to_vec(),
        K::Escape => vec![0x1b],
        K::CtrlC => vec![0x03],
        _ => Vec::new(),
    };
    Ok(Some(bytes).filter(|b| !b.is_empty()).or(Some(vec![0])))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Input> {
        Decoder::default().feed(bytes)
    }

    #[test]
    fn one_key_or_several_that_came_together() {
        assert_eq!(keys(b"y"), [Input::Keys(vec![Key::Char('y')])]);
        assert_eq!(
            keys(b"And done.\r"),
            [Input::Keys(
                "And done."
                    .chars()
                    .map(Key::Char)
                    .chain([Key::Enter])
                    .collect()
            )]
        );
        assert_eq!(
            keys("é東".as_bytes()),
            [Input::Keys(vec![Key::Char('é'), Key::Char('東')])]
        );
        assert_eq!(keys(b"\r\n"), [Input::Keys(vec![Key::Enter])]);
        assert_eq!(
            keys(b"\x01\x05\x15\x0b\x17\x7f"),
            [Input::Keys(vec![
                Key::Ctrl('a'),
                Key::Ctrl('e'),
                Key::Ctrl('u'),
                Key::Ctrl('k'),
                Key::Ctrl('w'),
                Key::Backspace
            ])]
        );
    }

    /// Issue 12: Ctrl-←, Shift-arrows and F-keys typed `5D`, `2D` and `~`
    /// into a comment; each is now one key, and never text.
    #[test]
    fn whole_escape_sequences_are_one_key() {
        for (bytes, key) in [
            (&b"\x1b[D"[..], Key::Left),
            (b"\x1b[1;5D", Key::WordLeft),
            (b"\x1b[1;5C", Key::WordRight),
            (b"\x1b[1;2D", Key::Left),
            (b"\x1b[15~", Key::Other),
            (b"\x1bOP", Key::Other),
            (b"\x1b[3~", Key::Delete),
            (b"\x1b[H", Key::Home),
            (b"\x1b[4~", Key::End),
            (b"\x1bb", Key::WordLeft),
            (b"\x1b\x7f", Key::WordBackspace),
        ] {
            assert_eq!(keys(bytes), [Input::Keys(vec![key])], "{bytes:?}");
        }
    }

    #[test]
    fn a_bracketed_paste_is_one_text_even_across_reads() {
        let mut d = Decoder::default();
        assert_eq!(d.feed(b"\x1b[200~Not yet: a draft\r\rBud"), []);
        assert_eq!(
            d.feed("get 東\x1b[201".as_bytes()),
            [],
            "the end marker may be cut"
        );
        assert_eq!(
            d.feed(b"~y"),
            [
                Input::Paste("Not yet: a draft\n\nBudget 東".into()),
                Input::Keys(vec![Key::Char('y')])
            ]
        );
        assert_eq!(
            keys(b"a\x1b[200~x\ty\x1b[31mz\x1b[201~"),
            [
                Input::Keys(vec![Key::Char('a')]),
                Input::Paste("x yz".into())
            ]
        );
    }

    #[test]
    fn a_sequence_cut_between_reads_waits_and_a_lone_escape_is_escape() {
        let mut d = Decoder::default();
        assert_eq!(d.feed(b"\x1b[1;"), []);
        assert!(d.waiting());
        assert_eq!(d.feed(b"5D"), [Input::Keys(vec![Key::WordLeft])]);
        assert_eq!(d.feed(b"\x1b"), []);
        assert_eq!(d.flush(), [Input::Keys(vec![Key::Escape])]);
        let mut d = Decoder::default();
        assert_eq!(d.feed(&"é".as_bytes()[..1]), []);
        assert_eq!(
            d.feed(&"é".as_bytes()[1..]),
            [Input::Keys(vec![Key::Char('é')])]
        );
    }
}
