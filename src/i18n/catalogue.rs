//! The message catalogue: the `.ftl` files embedded by `build.rs` (each
//! language's messages deflated), inflated and parsed into one Fluent
//! bundle per language the first time that language is used, so a run
//! reads only the language it speaks.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

use super::Lang;

/// Every catalogue file as written, for the catalogue tests: language
/// code, area, text.
#[cfg(test)]
pub(super) static FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/files.rs"));

/// Each language's messages, all areas, without comments, deflated:
/// language code, bytes.
static PACKED: &[(&str, &[u8])] = include!(concat!(env!("OUT_DIR"), "/packed.rs"));

/// The messages of `lang`, inflated.
pub(super) fn messages(lang: Lang) -> String {
    PACKED
        .iter()
        .find(|(code, _)| *code == lang.code())
        .map_or_else(String::new, |(_, bytes)| crate::embedded::inflate(bytes))
}

/// A bundle that validate's threads share (Fluent's concurrent flavour).
type Bundle = FluentBundle<FluentResource>;

static BUNDLES: [OnceLock<Bundle>; 4] = [
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
    OnceLock::new(),
];

fn bundle(lang: Lang) -> &'static Bundle {
    BUNDLES[lang as usize].get_or_init(|| build(lang))
}

fn build(lang: Lang) -> Bundle {
    let id = lang
        .code()
        .parse()
        .expect("a language code is a language identifier");
    let mut bundle = FluentBundle::new_concurrent(vec![id]);
    // Fluent wraps every placeable in Unicode isolation marks (U+2068,
    // U+2069) for right-to-left text; on a terminal and in files they
    // are stray invisible characters, and none of qnr's languages needs them.
    bundle.set_use_isolating(false);
    // The catalogue test parses every file and fails on an error; a
    // broken message is then left out, and shows as its id.
    let resource =
        FluentResource::try_new(messages(lang)).unwrap_or_else(|(resource, _errors)| resource);
    let added = bundle.add_resource(resource);
    debug_assert!(added.is_ok(), "i18n/{lang}: {added:?}");
    bundle
}

/// The message `id` in `lang`, with its named arguments. A message missing
/// from the catalogue (the catalogue test forbids it) shows as its id.
pub(super) fn message(lang: Lang, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
    let bundle = bundle(lang);
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "no message `{id}` in i18n/{lang}/");
        return id.to_string();
    };
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "{lang}/{id}: {errors:?}");
    match text {
        Cow::Borrowed(text) => text.to_string(),
        Cow::Owned(text) => text,
    }
}
