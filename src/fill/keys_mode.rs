//! The terminal's mode for the whole walk: line editing, echo and flow
//! control off, so every key reaches qnr as it is pressed (a Backspace
//! typed ahead is not taken by the terminal's own line editing, Ctrl-S does
//! not freeze the screen). Signals stay on, so Ctrl-C at any moment reaches
//! the handler, which puts the saved mode back before the process ends.

#[cfg(unix)]
mod imp {
    use std::sync::Mutex;

    use nix::sys::termios::{
        self, InputFlags, LocalFlags, SetArg, SpecialCharacterIndices, Termios,
    };

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
                keys.input_flags
                    .remove(InputFlags::IXON | InputFlags::ICRNL | InputFlags::INLCR);
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
