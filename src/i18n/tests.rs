//! The catalogue holds: every language has every message of the English
//! catalogue, with the same variables and plural variants its own
//! grammar needs; every id the code asks for exists; no message is dead.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use fluent_syntax::ast;
use intl_pluralrules::{PluralCategory, PluralRuleType, PluralRules};

use super::catalogue::FILES;
use super::{Lang, t_in};

/// One message as the test sees it: its variables, and for each select
/// expression on a variable, the variable and the variants' keys.
#[derive(Debug, Default)]
struct Shape {
    variables: BTreeSet<String>,
    selects: Vec<(String, Vec<String>, String)>,
}

/// Every message of one language: area → id → shape.
fn catalogue(lang: Lang) -> BTreeMap<String, BTreeMap<String, Shape>> {
    let mut areas = BTreeMap::new();
    for (code, area, text) in FILES {
        if *code != lang.code() {
            continue;
        }
        let resource = fluent_syntax::parser::parse(*text).unwrap_or_else(|(_, errors)| {
            panic!("i18n/{code}/{area}.ftl does not parse: {errors:?}")
        });
        let mut messages = BTreeMap::new();
        for entry in resource.body {
            match entry {
                ast::Entry::Message(message) => {
                    let id = message.id.name.to_string();
                    assert!(
                        message.attributes.is_empty(),
                        "i18n/{code}/{area}.ftl: `{id}` has attributes; qnr's messages are one text"
                    );
                    let value = message
                        .value
                        .unwrap_or_else(|| panic!("i18n/{code}/{area}.ftl: `{id}` has no text"));
                    let mut shape = Shape::default();
                    pattern(&value, &mut shape);
                    assert!(
                        messages.insert(id.clone(), shape).is_none(),
                        "i18n/{code}/{area}.ftl: `{id}` twice"
                    );
                }
                ast::Entry::Junk { content } => {
                    panic!("i18n/{code}/{area}.ftl does not parse: {content}")
                }
                ast::Entry::Term(term) => {
                    panic!(
                        "i18n/{code}/{area}.ftl: term `-{}`: qnr uses messages only",
                        term.id.name
                    )
                }
                _ => {}
            }
        }
        areas.insert(area.to_string(), messages);
    }
    areas
}

fn pattern(pattern: &ast::Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expr(expression, shape);
        }
    }
}

fn expr(expression: &ast::Expression<&str>, shape: &mut Shape) {
    match expression {
        ast::Expression::Inline(inline) => inline_expr(inline, shape),
        ast::Expression::Select { selector, variants } => {
            inline_expr(selector, shape);
            if let ast::InlineExpression::VariableReference { id } = selector {
                let keys = variants
                    .iter()
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .collect();
                let default = variants
                    .iter()
                    .find(|v| v.default)
                    .map(|v| match &v.key {
                        ast::VariantKey::Identifier { name } => name.to_string(),
                        ast::VariantKey::NumberLiteral { value } => value.to_string(),
                    })
                    .unwrap_or_default();
                shape.selects.push((id.name.to_string(), keys, default));
            }
            for variant in variants {
                pattern(&variant.value, shape);
            }
        }
    }
}

fn inline_expr(inline: &ast::InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        ast::InlineExpression::Placeable { expression } => expr(expression, shape),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_expr(argument, shape);
            }
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            panic!(
                "a message refers to the message `{}`: write it out",
                id.name
            )
        }
        _ => {}
    }
}

fn category_name(category: PluralCategory) -> &'static str {
    match category {
        PluralCategory::ZERO => "zero",
        PluralCategory::ONE => "one",
        PluralCategory::TWO => "two",
        PluralCategory::FEW => "few",
        PluralCategory::MANY => "many",
        PluralCategory::OTHER => "other",
    }
}

const CATEGORIES: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_language_has_every_message_with_the_same_variables() {
    let english = catalogue(Lang::En);
    assert!(!english.is_empty());
    for lang in Lang::ALL {
        let other = catalogue(lang);
        assert_eq!(
            other.keys().collect::<Vec<_>>(),
            english.keys().collect::<Vec<_>>(),
            "the areas (files) of i18n/{lang}/ and i18n/en/"
        );
        for (area, messages) in &english {
            let theirs = &other[area];
            let missing: Vec<_> = messages
                .keys()
                .filter(|id| !theirs.contains_key(*id))
                .collect();
            let extra: Vec<_> = theirs
                .keys()
                .filter(|id| !messages.contains_key(*id))
                .collect();
            assert!(
                missing.is_empty() && extra.is_empty(),
                "i18n/{lang}/{area}.ftl: missing {missing:?}, not in English {extra:?}"
            );
            for (id, shape) in messages {
                assert_eq!(
                    theirs[id].variables, shape.variables,
                    "i18n/{lang}/{area}.ftl: `{id}` uses other variables than in English"
                );
            }
        }
    }
}

/// A select on a number has the variants its language's CLDR rules give
/// integers (Russian: one, few, many), and no category the language lacks.
#[test]
fn plural_variants_fit_each_language() {
    for lang in Lang::ALL {
        let rules = PluralRules::create(
            lang.code()
                .parse::<unic_langid::LanguageIdentifier>()
                .unwrap(),
            PluralRuleType::CARDINAL,
        )
        .unwrap();
        let needed: BTreeSet<&str> = (0..=1000u32)
            .map(|n| category_name(rules.select(n).unwrap()))
            .collect();
        let known: BTreeSet<&str> = (0..=1000u32)
            .map(|n| category_name(rules.select(n).unwrap()))
            .chain(["other"])
            .chain(
                // Fractions and millions have categories of their own (French "many").
                [1.5f64, 1_000_000.0]
                    .into_iter()
                    .map(|n| category_name(rules.select(n).unwrap())),
            )
            .collect();
        for (area, messages) in catalogue(lang) {
            for (id, shape) in messages {
                for (variable, keys, default) in &shape.selects {
                    let plural = keys.iter().any(|k| CATEGORIES.contains(&k.as_str()));
                    if !plural {
                        continue;
                    }
                    for key in keys {
                        assert!(
                            known.contains(key.as_str()) || key.parse::<f64>().is_ok(),
                            "i18n/{lang}/{area}.ftl: `{id}`: `[{key}]` is no plural form of {lang}"
                        );
                    }
                    for category in &needed {
                        assert!(
                            keys.iter().any(|k| k == category) || default == category,
                            "i18n/{lang}/{area}.ftl: `{id}`: `${variable}` needs a `[{category}]` variant in {lang}"
                        );
                    }
                }
            }
        }
    }
}

/// The ids in `t!("…")` and `t_in!(lang, "…")` across `src/`.
fn ids_used_in_code() -> BTreeMap<String, String> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut used = BTreeMap::new();
    for file in rust_files(&src) {
        let code = std::fs::read_to_string(&file).unwrap();
        let name = file.strip_prefix(&src).unwrap().display().to_string();
        for (start, _) in code
            .match_indices("t!(")
            .chain(code.match_indices("t_in!("))
        {
            let line_start = code[..start].rfind('\n').map_or(0, |i| i + 1);
            if code[..start].ends_with(|c: char| c.is_alphanumeric() || c == '_')
                || code[line_start..start].contains("//")
            {
                continue;
            }
            let rest = &code[start..];
            let Some(open) = rest.find('"') else { continue };
            let literal = &rest[open + 1..];
            let Some(close) = literal.find('"') else {
                continue;
            };
            let id = &literal[..close];
            if id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && !id.is_empty()
            {
                used.insert(id.to_string(), name.clone());
            }
        }
    }
    used
}

fn rust_files(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}

#[test]
fn every_id_the_code_uses_is_in_the_catalogue() {
    let english: BTreeSet<String> = catalogue(Lang::En)
        .into_values()
        .flat_map(|messages| messages.into_keys())
        .collect();
    let used = ids_used_in_code();
    assert!(
        used.contains_key("common-error"),
        "the scan finds nothing: {used:?}"
    );
    let missing: Vec<_> = used
        .iter()
        .filter(|(id, _)| !english.contains(*id))
        .collect();
    assert!(
        missing.is_empty(),
        "ids used in src/ but not in i18n/en/: {missing:?}"
    );
}

/// A message nobody asks for is text translated four times for nothing.
/// An id built at run time is written whole in the code beside it, in a
/// test or a list, so it is found here too.
#[test]
fn every_message_is_used() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let code: String = rust_files(&src)
        .iter()
        .map(|f| std::fs::read_to_string(f).unwrap())
        .collect();
    for (area, messages) in catalogue(Lang::En) {
        for id in messages.keys() {
            assert!(
                code.contains(&format!("\"{id}\"")),
                "i18n/en/{area}.ftl: `{id}` is used nowhere in src/"
            );
        }
    }
}

#[test]
fn ids_start_with_their_area() {
    for (area, messages) in catalogue(Lang::En) {
        for id in messages.keys() {
            assert!(
                id.starts_with(&format!("{area}-")),
                "i18n/en/{area}.ftl: `{id}` does not start with `{area}-`"
            );
        }
    }
}

#[test]
fn plurals_follow_each_language() {
    let said = |lang, errors: usize| t_in!(lang, "validate-counts", errors = errors, warnings = 1);
    assert_eq!(said(Lang::En, 1), "1 error, 1 warning");
    assert_eq!(said(Lang::En, 2), "2 errors, 1 warning");
    assert_eq!(said(Lang::Fr, 0), "0 erreur, 1 avertissement");
    assert_eq!(said(Lang::Fr, 2), "2 erreurs, 1 avertissement");
    assert_eq!(said(Lang::Es, 1), "1 error, 1 advertencia");
    assert_eq!(said(Lang::Es, 7), "7 errores, 1 advertencia");
    assert_eq!(said(Lang::Ru, 1), "1 ошибка, 1 предупреждение");
    assert_eq!(said(Lang::Ru, 3), "3 ошибки, 1 предупреждение");
    assert_eq!(said(Lang::Ru, 5), "5 ошибок, 1 предупреждение");
    assert_eq!(said(Lang::Ru, 21), "21 ошибка, 1 предупреждение");
    assert_eq!(said(Lang::Ru, 112), "112 ошибок, 1 предупреждение");
}

#[test]
fn arguments_are_shown_without_isolation_marks() {
    let text = t_in!(Lang::Fr, "common-error");
    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{text:?}");
    let text = t_in!(Lang::En, "error-not-found", path = "a.json");
    assert_eq!(text, "`a.json` does not exist");
}

/// A quotation written into a message uses its language's marks, the same
/// that [`Lang::quotes`] gives the code: no English “…” in French, Spanish
/// or Russian, a no-break space inside French « », none inside Spanish and
/// Russian «…», no « » in English.
#[test]
fn messages_quote_with_their_language_s_marks() {
    for (code, area, text) in FILES {
        let lang = Lang::from_tag(code).unwrap();
        let (open, close) = lang.quotes();
        for (n, line) in text.lines().enumerate() {
            let at = format!("i18n/{code}/{area}.ftl:{}: {line}", n + 1);
            if line.starts_with('#') {
                continue;
            }
            let marks: Vec<char> = line
                .chars()
                .filter(|c| matches!(c, '“' | '”' | '«' | '»'))
                .collect();
            for mark in marks {
                assert!(
                    open.contains(mark) || close.contains(mark),
                    "{at}: `{mark}` is not a quotation mark of {lang}"
                );
            }
            assert_eq!(
                line.matches(open).count(),
                line.matches(close).count(),
                "{at}: quotation marks of {lang} open and close in pairs"
            );
        }
    }
}

/// The shipped catalogue (each language's files joined, comments left out,
/// deflated by build.rs) says every message exactly as the files do.
#[test]
fn the_packed_catalogue_says_what_the_files_say() {
    use fluent_bundle::{FluentBundle, FluentResource};
    for lang in Lang::ALL {
        let mut files = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        files.set_use_isolating(false);
        let mut ids = Vec::new();
        for (code, _, text) in FILES.iter().filter(|(code, ..)| *code == lang.code()) {
            let resource = FluentResource::try_new((*text).to_string()).unwrap();
            for entry in resource.entries() {
                if let ast::Entry::Message(message) = entry {
                    ids.push(message.id.name.to_string());
                }
            }
            files
                .add_resource(resource)
                .unwrap_or_else(|e| panic!("{code}: {e:?}"));
        }
        assert!(ids.len() > 400, "{lang}: {} messages", ids.len());
        let mut packed = FluentBundle::new(vec![lang.code().parse().unwrap()]);
        packed.set_use_isolating(false);
        let resource = FluentResource::try_new(super::catalogue::messages(lang)).unwrap();
        packed.add_resource(resource).unwrap();
        for id in ids {
            let written = files.get_message(&id).and_then(|m| m.value()).unwrap();
            let mut errors = Vec::new();
            let written = files.format_pattern(written, None, &mut errors);
            let shipped = packed.get_message(&id).and_then(|m| m.value());
            let shipped = packed.format_pattern(shipped.unwrap(), None, &mut errors);
            assert_eq!(shipped, written, "{lang}: {id}");
        }
    }
}
