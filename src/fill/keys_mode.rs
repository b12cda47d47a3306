//! The terminal mode while a comment line is read. dialoguer's `console`
//! switches the terminal to raw mode for each key and back afterwards; in
//! the moment between two keys the terminal's own line editing is on, and a
//! Backspace, Ctrl-W or Ctrl-U typed ahead (a fast typist, a held key) is
//! taken by it and never reaches qnr. Turning line editing and echo off for
//! the whole line closes that gap: `console` then restores this mode between
//! keys. Signals stay on, so Ctrl-C between keys still reaches the handler,
//! which puts the saved mode back before the process ends.

#[cfg(unix)]
mod imp {
    use std::sync::Mutex;

    use nix::sys::termios::{self, LocalFlags, SetArg, SpecialCharacterIndices, Termios};

    /// The mode before the line started, for the Ctrl-C handler.
    static SAVED: Mutex<Option<Termios>> = Mutex::new(None);

    /// Line editing and echo are off until this is dropped.
    pub(crate) struct KeysMode;

    impl KeysMode {
        /// Switches standard input's terminal; does nothing when it is not one.
        pub(crate) fn enter() -> KeysMode {
            let stdin = std::io::stdin();
            if let Ok(original) = termios::tcgetattr(&stdin) {
                let mut keys = original.clone();
                keys.local_flags
                    .remove(LocalFlags::ICANON | LocalFlags::ECHO | LocalFlags::IEXTEN);
                keys.control_chars[SpecialCharacterIndices::VMIN as usize] = 1;
                keys.control_chars[SpecialCharacterIndices::VTIME as usize] = 0;
                let mut saved = SAVED.lock().unwrap_or_else(|p| p.into_inner());
                if termios::tcsetattr(&stdin, SetArg::TCSADRAIN, &keys).is_ok() {
                    *saved = Some(original);
                }
            }
            KeysMode
        }
    }

    impl Drop for KeysMode {
        fn drop(&mut self) {
            restore();
        }
    }

    /// Puts back the mode saved by [`KeysMode::enter`], if any.
    pub(crate) fn restore() {
        let mut saved = SAVED.lock().unwrap_or_else(|p| p.into_inner());
        if let Some(original) = saved.take() {
            let _ = termios::tcsetattr(std::io::stdin(), SetArg::TCSADRAIN, &original);
        }
    }
}

#[cfg(not(unix))]
mod imp {
    pub(crate) struct KeysMode;

    impl KeysMode {
        pub(crate) fn enter() -> KeysMode {
            KeysMode
        }
    }

    pub(crate) fn restore() {}
}

pub(crate) use imp::{KeysMode, restore};
