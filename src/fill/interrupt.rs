//! Ctrl-C during `qnr fill`. Raw-mode prompts see Ctrl-C as a key and return
//! [`super::prompt::Stop::Interrupted`]; in cooked mode (between prompts, in
//! plain mode, inside dialoguer's prompts, which raise SIGINT themselves) the
//! signal arrives here. Either way the terminal is restored (cursor shown,
//! bracketed paste off), the process waits for a save in progress, and exits
//! 130 with every confirmed answer on disk. While `$EDITOR` runs, Ctrl-C
//! belongs to the editor, as in git.

use std::fs::File;
use std::io::Write;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Mutex, MutexGuard, OnceLock};

/// Shows the cursor and turns bracketed paste off: what a prompt may have
/// changed. Written on every exit from a fancy walk.
pub(crate) const RESTORE: &str = "\x1b[?2004l\x1b[?25h";

/// Held while the reply file is written.
static SAVING: Mutex<()> = Mutex::new(());
/// Someone (the handler or the walk) has started ending the process.
static ENDING: AtomicBool = AtomicBool::new(false);
/// `$EDITOR` is running in the foreground.
static IN_EDITOR: AtomicBool = AtomicBool::new(false);
/// What the handler says and cleans up; kept current by the walk.
static FAREWELL: Mutex<Option<Farewell>> = Mutex::new(None);
/// Set once a handler is installed (one per process).
static INSTALLED: AtomicBool = AtomicBool::new(false);
/// Standard error for the handler: a duplicate of the descriptor, because
/// `main` holds the lock of `std::io::stderr()` for the whole run and the
/// handler's thread would wait for it forever.
static STDERR: OnceLock<Mutex<File>> = OnceLock::new();

/// Exit code for an interrupted walk (128 + SIGINT).
const INTERRUPTED: i32 = 130;

/// What an interruption says and leaves behind.
#[derive(Clone, Debug)]
pub(crate) struct Farewell {
    /// Written first: the terminal's restore sequence (empty in plain mode).
    pub restore: &'static str,
    /// The reply file, made safe to show.
    pub file: String,
    /// Whether the file holds the confirmed answers (it existed, or a save
    /// succeeded): otherwise nothing is claimed.
    pub on_disk: bool,
    /// The lock file, removed before the process ends.
    pub lock: Option<PathBuf>,
}

impl Farewell {
    /// The message, restore sequence first.
    pub(crate) fn text(&self) -> String {
        format!(
            "{}\n{}\n",
            self.restore,
            super::say::interrupted(&self.file, self.on_disk)
        )
    }
}

/// Installs the Ctrl-C handler with what it says. Returns false if no
/// handler could be installed (a second walk in one process); raw-mode
/// prompts still catch Ctrl-C then.
pub(crate) fn install(farewell: Farewell) -> bool {
    *FAREWELL.lock().unwrap_or_else(|p| p.into_inner()) = Some(farewell);
    if INSTALLED.swap(true, Ordering::SeqCst) {
        return false;
    }
    if let Some(file) = duplicate_stderr() {
        let _ = STDERR.set(Mutex::new(file));
    }
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        on_panic();
        previous(info);
    }));
    ctrlc::set_handler(on_signal).is_ok()
}

/// A panic during the walk (a bug) puts the terminal right and removes the
/// lock file before the panic is reported: the release build aborts on a
/// panic (Cargo.toml), so no destructor would.
fn on_panic() {
    leave(|farewell| format!("{}\n", farewell.restore));
}

/// What every abrupt end does: the terminal's mode put back, what
/// `say(farewell)` gives written to standard error, the lock file removed.
fn leave(say: impl Fn(&Farewell) -> String) {
    super::keys_mode::restore();
    let Some(farewell) = farewell() else {
        return;
    };
    if let Some(err) = STDERR.get() {
        let mut err = err.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let _ = err.write_all(say(&farewell).as_bytes());
        let _ = err.flush();
    }
    // The lock dies with the process; its file need not stay behind.
    // (On Windows this removal is refused, the file being open to be
    // deleted when closed: the system removes it as the process ends.)
    if let Some(lock) = &farewell.lock {
        let _ = std::fs::remove_file(lock);
    }
}

#[cfg(unix)]
fn duplicate_stderr() -> Option<File> {
    use std::os::fd::AsFd;
    let fd = std::io::stderr().as_fd().try_clone_to_owned().ok()?;
    Some(File::from(fd))
}

#[cfg(windows)]
fn duplicate_stderr() -> Option<File> {
    use std::os::windows::io::AsHandle;
    let handle = std::io::stderr().as_handle().try_clone_to_owned().ok()?;
    Some(File::from(handle))
}

#[cfg(not(any(unix, windows)))]
fn duplicate_stderr() -> Option<File> {
    None
}

fn on_signal() {
    if IN_EDITOR.load(Ordering::SeqCst) {
        return;
    }
    // Wait for a save in progress; the guard is kept until the process ends,
    // so no other save starts.
    let _saving = saving();
    if ENDING.swap(true, Ordering::SeqCst) {
        return;
    }
    leave(|farewell| farewell.text());
    std::process::exit(INTERRUPTED);
}

/// The reply file now holds the confirmed answers, under the name `file`
/// (a side file, once the session moved to one).
pub(crate) fn saved_in(file: String) {
    if let Some(farewell) = FAREWELL.lock().unwrap_or_else(|p| p.into_inner()).as_mut() {
        farewell.file = file;
        farewell.on_disk = true;
    }
}

/// What an interruption says now.
pub(crate) fn farewell() -> Option<Farewell> {
    FAREWELL.lock().unwrap_or_else(|p| p.into_inner()).clone()
}

/// Called by the walk when a prompt returned "interrupted": returns once
/// this thread owns the ending. If the signal handler already owns it, the
/// handler is about to end the process, and this waits for that.
pub(crate) fn claim_ending() {
    if ENDING.swap(true, Ordering::SeqCst) {
        // The handler won and calls `exit` right after writing; waiting
        // longer than that would mean it is gone, so go on after a while.
        for _ in 0..50 {
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
    }
}

/// Held while the reply file is written, so an interruption waits for it.
pub(crate) fn saving() -> MutexGuard<'static, ()> {
    SAVING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Marks the editor as running until the guard is dropped.
pub(crate) struct EditorGuard;

impl EditorGuard {
    pub(crate) fn enter() -> EditorGuard {
        IN_EDITOR.store(true, Ordering::SeqCst);
        EditorGuard
    }
}

impl Drop for EditorGuard {
    fn drop(&mut self) {
        IN_EDITOR.store(false, Ordering::SeqCst);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_restore_sequence_shows_the_cursor() {
        assert!(RESTORE.contains("\x1b[?25h"));
    }

    #[test]
    fn a_panic_removes_the_lock_file() {
        let dir = tempfile::tempdir().unwrap();
        let lock = dir.path().join(".r.json.lock");
        std::fs::write(&lock, "pid 1\n").unwrap();
        *FAREWELL.lock().unwrap() = Some(Farewell {
            restore: RESTORE,
            file: "r.json".into(),
            on_disk: true,
            lock: Some(lock.clone()),
        });
        on_panic();
        *FAREWELL.lock().unwrap() = None;
        assert!(!lock.exists());
    }

    #[test]
    fn the_editor_guard_is_released_on_drop() {
        {
            let _guard = EditorGuard::enter();
            assert!(IN_EDITOR.load(Ordering::SeqCst));
        }
        assert!(!IN_EDITOR.load(Ordering::SeqCst));
    }
}
