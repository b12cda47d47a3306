//! Whether to colour output, decided once per stream and passed down as a
//! [`Palette`]. `auto` colours a terminal unless `NO_COLOR` is set
//! (<https://no-color.org>) or the terminal is dumb.

use anstyle::{AnsiColor, Effects, Style};

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Decides for one stream; `is_terminal` says whether that stream is one.
    pub fn palette(self, is_terminal: bool) -> Palette {
        let enabled = match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                is_terminal
                    && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                    && std::env::var("TERM").map_or(true, |t| t != "dumb")
            }
        };
        Palette { enabled }
    }
}

/// Styles for output: plain text when colour is off.
#[derive(Clone, Copy, Debug, Default)]
pub struct Palette {
    pub enabled: bool,
}

impl Palette {
    pub const PLAIN: Palette = Palette { enabled: false };

    fn paint(&self, style: Style, text: &str) -> String {
        if self.enabled {
            format!("{}{text}{}", style.render(), style.render_reset())
        } else {
            text.to_string()
        }
    }

    pub fn bold(&self, text: &str) -> String {
        self.paint(Style::new().effects(Effects::BOLD), text)
    }

    pub fn dim(&self, text: &str) -> String {
        self.paint(Style::new().effects(Effects::DIMMED), text)
    }

    pub fn error(&self, text: &str) -> String {
        self.paint(
            AnsiColor::BrightRed.on_default().effects(Effects::BOLD),
            text,
        )
    }

    pub fn warning(&self, text: &str) -> String {
        self.paint(AnsiColor::Yellow.on_default().effects(Effects::BOLD), text)
    }

    pub fn good(&self, text: &str) -> String {
        self.paint(AnsiColor::Green.on_default().effects(Effects::BOLD), text)
    }

    pub fn accent(&self, text: &str) -> String {
        self.paint(AnsiColor::Cyan.on_default(), text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn never_and_always_ignore_the_stream() {
        assert!(!ColorChoice::Never.palette(true).enabled);
        assert!(ColorChoice::Always.palette(false).enabled);
    }

    #[test]
    fn auto_is_plain_when_not_a_terminal() {
        assert!(!ColorChoice::Auto.palette(false).enabled);
    }

    #[test]
    fn plain_palette_adds_no_escapes() {
        assert_eq!(Palette::PLAIN.bold("x"), "x");
        assert!(Palette { enabled: true }.bold("x").contains('\u{1b}'));
    }
}
