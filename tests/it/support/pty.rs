//! A minimal pseudo-terminal driver for tests that need exact timing: the
//! program's output is collected by a thread and every wait wakes the
//! moment the awaited text arrives (rexpect polls every 100 ms, which makes
//! a hundred killed sessions take minutes). No unsafe code: the pty comes
//! from `nix`, the child is a plain `std::process::Child` (so `kill` is
//! SIGKILL), and the terminal is the child's stdin, stdout and stderr.

use std::fs::File;
use std::io::{Read, Write};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

use nix::pty::{Winsize, openpty};

/// How long one awaited text may take to appear on a loaded machine.
pub(crate) const TIMEOUT: Duration = Duration::from_secs(60);

#[derive(Default)]
struct Output {
    bytes: Vec<u8>,
    closed: bool,
}

/// A program running in a pseudo-terminal of 100 × 40.
pub(crate) struct Pty {
    child: Child,
    master: File,
    output: Arc<(Mutex<Output>, Condvar)>,
    /// Where the next search starts: text already matched is consumed.
    seen: usize,
    /// The terminal end's path (Linux), for [`Pty::resize`].
    slave_path: Option<std::path::PathBuf>,
}

impl Pty {
    pub(crate) fn spawn(command: Command) -> Pty {
        Pty::spawn_sized(command, 100, 40)
    }

    /// A program in a pseudo-terminal of `cols` × `rows`.
    pub(crate) fn spawn_sized(mut command: Command, cols: u16, rows: u16) -> Pty {
        let size = Winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        let pty = openpty(Some(&size), None).expect("a pseudo-terminal opens");
        let slave = File::from(pty.slave);
        let slave_path = slave_path(&slave);
        command
            .stdin(Stdio::from(slave.try_clone().expect("the pty is shared")))
            .stdout(Stdio::from(slave.try_clone().expect("the pty is shared")))
            .stderr(Stdio::from(slave));
        let child = command.spawn().expect("the program starts in the pty");
        // The parent's copies of the terminal end must close, or reading the
        // master never sees the end of the program.
        drop(command);
        let master = File::from(pty.master);
        let output = Arc::new((Mutex::new(Output::default()), Condvar::new()));
        let mut reader = master.try_clone().expect("the master is shared");
        let shared = Arc::clone(&output);
        std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                let n = reader.read(&mut chunk).unwrap_or(0);
                let (lock, ready) = &*shared;
                let mut out = lock.lock().unwrap();
                if n == 0 {
                    out.closed = true;
                    ready.notify_all();
                    return;
                }
                out.bytes.extend_from_slice(&chunk[..n]);
                ready.notify_all();
            }
        });
        Pty {
            child,
            master,
            output,
            seen: 0,
            slave_path,
        }
    }

    /// Gives the terminal a new size, as a window being resized does: the
    /// program gets SIGWINCH. (`stty` on the terminal, so no unsafe ioctl.)
    pub(crate) fn resize(&mut self, cols: u16, rows: u16) {
        let path = self
            .slave_path
            .as_ref()
            .expect("the terminal's path is known (Linux)");
        let tty = File::options()
            .read(true)
            .write(true)
            .open(path)
            .expect("the terminal opens");
        let status = Command::new("stty")
            .args(["cols", &cols.to_string(), "rows", &rows.to_string()])
            .stdin(Stdio::from(tty))
            .status()
            .expect("stty runs");
        assert!(status.success(), "stty resized the terminal");
    }

    /// Everything the program wrote so far, as bytes (for a screen emulator).
    pub(crate) fn bytes(&self) -> Vec<u8> {
        self.output.0.lock().unwrap().bytes.clone()
    }

    /// Types `keys` (raw bytes: `\r` is Enter).
    pub(crate) fn send(&mut self, keys: &str) {
        self.master
            .write_all(keys.as_bytes())
            .expect("keys are sent");
        self.master.flush().expect("keys are flushed");
    }

    /// Waits until `text` appears after what was matched before, and
    /// consumes the output up to its end.
    pub(crate) fn expect(&mut self, text: &str) {
        let needle = text.as_bytes();
        let deadline = Instant::now() + TIMEOUT;
        let (lock, ready) = &*self.output;
        let mut out = lock.lock().unwrap();
        loop {
            if let Some(at) = find(&out.bytes[self.seen..], needle) {
                self.seen += at + needle.len();
                return;
            }
            let now = Instant::now();
            assert!(
                !out.closed && now < deadline,
                "{text:?} did not appear; the screen ends with:\n{}",
                String::from_utf8_lossy(&out.bytes[out.bytes.len().saturating_sub(2000)..])
            );
            out = ready.wait_timeout(out, deadline - now).unwrap().0;
        }
    }

    /// The program's process id.
    pub(crate) fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Everything the program wrote since the last match, as text.
    pub(crate) fn unseen(&self) -> String {
        let out = self.output.0.lock().unwrap();
        String::from_utf8_lossy(&out.bytes[self.seen.min(out.bytes.len())..]).into_owned()
    }

    /// Everything the program wrote so far, as text.
    pub(crate) fn screen(&self) -> String {
        String::from_utf8_lossy(&self.output.0.lock().unwrap().bytes).into_owned()
    }

    /// SIGKILL, then waits for the process.
    pub(crate) fn kill(&mut self) -> ExitStatus {
        let _ = self.child.kill();
        self.child.wait().expect("the program ends")
    }

    /// Waits for the program to end by itself, and for the last of its
    /// output to be read.
    pub(crate) fn wait(&mut self) -> ExitStatus {
        let status = self.child.wait().expect("the program ends");
        let deadline = Instant::now() + TIMEOUT;
        let (lock, ready) = &*self.output;
        let mut out = lock.lock().unwrap();
        while !out.closed && Instant::now() < deadline {
            out = ready.wait_timeout(out, TIMEOUT).unwrap().0;
        }
        status
    }
}

impl Drop for Pty {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The path of a terminal end, where `/proc` says it.
fn slave_path(slave: &File) -> Option<std::path::PathBuf> {
    use std::os::fd::AsRawFd;
    std::fs::read_link(format!("/proc/self/fd/{}", slave.as_raw_fd())).ok()
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}
