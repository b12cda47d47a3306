//! What qnr says to a person, in English, French, Spanish or Russian: the
//! message catalogue (`i18n/<lang>/<area>.ftl`, Fluent, embedded in the
//! binary) and the one language a run speaks.
//!
//! The language is chosen once, at start-up ([`choose`]): `--lang` or
//! `QNR_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`; see
//! [`preferred`]), else the schema's `language` once it is loaded, else
//! English. Code then asks for a message by its id, with named arguments:
//!
//! ```ignore
//! let line = t!("validate-counts", errors = totals.errors, warnings = totals.warnings);
//! ```
//!
//! Ids are kebab-case and start with their area (`validate-…` lives in
//! `validate.ftl`); a number argument selects plural forms by CLDR rules.
//! The tests in `tests.rs` hold every language to the English catalogue
//! (same ids, same variables, plural forms that fit the language) and
//! every id the code uses to the catalogue. A leaf: it knows nothing of
//! the questionnaire.

mod catalogue;
mod lang;
#[cfg(test)]
mod tests;

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::FluentValue;

pub use lang::Lang;
pub(crate) use lang::preferred;

static CHOSEN: OnceLock<Lang> = OnceLock::new();

/// Settles the language of this run, unless it is settled already: the
/// first call wins. `app` calls it with the person's preference; loading
/// the run's schema calls it with the schema's language, which so counts
/// only when the person said nothing.
pub(crate) fn choose(lang: Lang) {
    let _ = CHOSEN.set(lang);
}

/// The language this run speaks. Until [`choose`] is called (a bad
/// `--schema` is reported before it can say its language), English.
pub(crate) fn current() -> Lang {
    CHOSEN.get().copied().unwrap_or_default()
}

/// The message `id` in `lang`, with its arguments. Use [`t!`] or [`t_in!`].
pub(crate) fn message(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    catalogue::message(lang, id, args)
}

/// A value a message can show: text, or a number (which selects plural forms).
pub(crate) trait Arg<'a> {
    fn into_value(self) -> FluentValue<'a>;
}

impl<'a> Arg<'a> for &'a str {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> Arg<'a> for &'a String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self.as_str())
    }
}

impl<'a> Arg<'a> for String {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> Arg<'a> for Cow<'a, str> {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> Arg<'a> for &'a std::path::Path {
    fn into_value(self) -> FluentValue<'a> {
        FluentValue::from(self.to_string_lossy())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl<'a> Arg<'a> for $t {
            fn into_value(self) -> FluentValue<'a> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_args!(usize, u64, u32, u16, i64, i32);

/// Turns one argument into a Fluent value (for the macros).
pub(crate) fn arg<'a>(value: impl Arg<'a>) -> FluentValue<'a> {
    value.into_value()
}

/// The message `id` in the run's language: `t!("id", name = value, …)`.
macro_rules! t {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $crate::i18n::current(),
            $id,
            &[$((stringify!($name), $crate::i18n::arg($value))),*],
        )
    };
}

/// The message `id` in a given language: `t_in!(lang, "id", name = value, …)`.
macro_rules! t_in {
    ($lang:expr, $id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            &[$((stringify!($name), $crate::i18n::arg($value))),*],
        )
    };
}

pub(crate) use {t, t_in};
