//! Glob patterns for reply paths, matched by qnr itself so that
//! `'replies/**/*.json'` means the same in every shell and on Windows.
//!
//! `*` and `?` match within one folder name, `[abc]`, `[a-z]` and `[!a]`
//! (or `[^a]`) one character of a name, `**` as a whole path component any
//! number of folders (none included), `{a,b}` either alternative, and `\`
//! escapes the next character where it is not a folder separator. A
//! pattern is compiled once and matched in time proportional to its length
//! times the path's: no input makes it backtrack without end.
//!
//! (Written here rather than taken from `globset`, whose regular-expression
//! engine made a fifth of the binary for these few rules.)

use std::fmt;
use std::path::Path;

use crate::i18n::t;

/// Alternatives a pattern may expand to (`{a,b}{c,d}` is four): past it
/// the pattern is refused rather than matched slowly.
const MAX_ALTERNATIVES: usize = 256;

/// A compiled pattern: the sequences its `{…}` alternatives expand to.
#[derive(Clone, Debug)]
pub(crate) struct Glob {
    alternatives: Vec<Vec<Token>>,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    Char(char),
    /// `?`: one character other than `/`.
    One,
    /// `*`: any characters other than `/`.
    Star,
    /// `**/`: nothing, or any folders each followed by `/`.
    Folders,
    /// `**` at the end: anything.
    Rest,
    /// `[…]`: one character other than `/`, in (or not in) the ranges.
    Class {
        negated: bool,
        ranges: Vec<(char, char)>,
    },
}

/// Why a pattern is not one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum GlobError {
    UnclosedClass,
    UnclosedAlternatives,
    NestedAlternatives,
    UnopenedAlternatives,
    BadRange(char, char),
    DanglingEscape,
    TooManyAlternatives,
}

impl fmt::Display for GlobError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let text = match self {
            GlobError::UnclosedClass => t!("glob-unclosed-class"),
            GlobError::UnclosedAlternatives => t!("glob-unclosed-alternatives"),
            GlobError::NestedAlternatives => t!("glob-nested-alternatives"),
            GlobError::UnopenedAlternatives => t!("glob-unopened-alternatives"),
            GlobError::BadRange(from, to) => t!(
                "glob-bad-range",
                from = from.to_string(),
                to = to.to_string()
            ),
            GlobError::DanglingEscape => t!("glob-dangling-escape"),
            GlobError::TooManyAlternatives => {
                t!("glob-too-many-alternatives", limit = MAX_ALTERNATIVES)
            }
        };
        f.write_str(&text)
    }
}

impl Glob {
    /// Compiles `pattern`, written with `/` between folders. `escape`:
    /// whether `\` escapes (not on Windows, where it separates folders and
    /// the caller has turned it into `/`).
    pub(crate) fn new(pattern: &str, escape: bool) -> Result<Glob, GlobError> {
        let alternatives = expand(pattern, escape)?
            .iter()
            .map(|one| tokens(one, escape))
            .collect::<Result<_, _>>()?;
        Ok(Glob { alternatives })
    }

    /// Whether `path` matches; on Windows its `\` count as `/`.
    pub(crate) fn is_match(&self, path: &Path) -> bool {
        let text = path.to_string_lossy();
        let chars: Vec<char> = if cfg!(windows) {
            text.chars()
                .map(|c| if c == '\\' { '/' } else { c })
                .collect()
        } else {
            text.chars().collect()
        };
        self.alternatives
            .iter()
            .any(|tokens| matches(tokens, &chars))
    }
}

/// The patterns `{…}` expands to, with their braces gone: `a{b,c}d` is
/// `abd` and `acd`. Braces inside `[…]` or escaped are characters.
fn expand(pattern: &str, escape: bool) -> Result<Vec<String>, GlobError> {
    let mut done = vec![String::new()];
    let mut chars = pattern.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if escape => {
                let next = chars.next().ok_or(GlobError::DanglingEscape)?;
                push_all(&mut done, &['\\', next]);
            }
            '[' => push_all(&mut done, &copy_class(&mut chars)),
            '{' => {
                let mut options = vec![String::new()];
                loop {
                    match chars.next() {
                        None => return Err(GlobError::UnclosedAlternatives),
                        Some('{') => return Err(GlobError::NestedAlternatives),
                        Some('}') => break,
                        Some(',') => options.push(String::new()),
                        Some('\\') if escape => {
                            let next = chars.next().ok_or(GlobError::DanglingEscape)?;
                            let last = options.last_mut().expect("one option at least");
                            last.push('\\');
                            last.push(next);
                        }
                        Some('[') => options
                            .last_mut()
                            .expect("one option at least")
                            .extend(copy_class(&mut chars)),
                        Some(c) => options.last_mut().expect("one option at least").push(c),
                    }
                }
                if done.len() * options.len() > MAX_ALTERNATIVES {
                    return Err(GlobError::TooManyAlternatives);
                }
                done = done
                    .iter()
                    .flat_map(|head| options.iter().map(move |tail| format!("{head}{tail}")))
                    .collect();
            }
            '}' => return Err(GlobError::UnopenedAlternatives),
            c => push_all(&mut done, &[c]),
        }
    }
    Ok(done)
}

/// A class met while expanding braces (its `[` just read), copied whole
/// so that its `,` `{` `}` stay characters; its syntax is checked when
/// tokenised. A `]` first in the class is one of its characters.
fn copy_class(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) -> Vec<char> {
    let mut class = vec!['['];
    if let Some(c) = chars.next_if(|c| matches!(c, '!' | '^')) {
        class.push(c);
    }
    if let Some(c) = chars.next_if(|&c| c == ']') {
        class.push(c);
    }
    for c in chars.by_ref() {
        class.push(c);
        if c == ']' {
            break;
        }
    }
    class
}

fn push_all(done: &mut [String], chars: &[char]) {
    for text in done {
        text.extend(chars);
    }
}

/// One expanded pattern (no braces left) as tokens.
fn tokens(pattern: &str, escape: bool) -> Result<Vec<Token>, GlobError> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if escape => {
                let next = *chars.get(i + 1).ok_or(GlobError::DanglingEscape)?;
                out.push(Token::Char(next));
                i += 2;
            }
            '?' => {
                out.push(Token::One);
                i += 1;
            }
            '*' if chars.get(i + 1) == Some(&'*') => {
                let whole_component = i == 0 || chars[i - 1] == '/';
                match chars.get(i + 2) {
                    Some('/') if whole_component => {
                        out.push(Token::Folders);
                        i += 3;
                    }
                    None if whole_component => {
                        out.push(Token::Rest);
                        i += 2;
                    }
                    // `a**b`: two stars within a name are one.
                    _ => {
                        out.push(Token::Star);
                        i += 2;
                    }
                }
            }
            '*' => {
                if out.last() != Some(&Token::Star) {
                    out.push(Token::Star);
                }
                i += 1;
            }
            '[' => {
                let (token, next) = class(&chars, i + 1)?;
                out.push(token);
                i = next;
            }
            c => {
                out.push(Token::Char(c));
                i += 1;
            }
        }
    }
    Ok(out)
}

/// The class that starts at `start` (just after its `[`), and where the
/// pattern goes on after its `]`. A `]` first in the class is a character.
fn class(chars: &[char], start: usize) -> Result<(Token, usize), GlobError> {
    let mut i = start;
    let negated = matches!(chars.get(i), Some('!' | '^'));
    if negated {
        i += 1;
    }
    let mut ranges = Vec::new();
    let mut first = true;
    loop {
        let c = *chars.get(i).ok_or(GlobError::UnclosedClass)?;
        if c == ']' && !first {
            return Ok((Token::Class { negated, ranges }, i + 1));
        }
        first = false;
        match (chars.get(i + 1), chars.get(i + 2)) {
            (Some('-'), Some(&to)) if to != ']' => {
                if to < c {
                    return Err(GlobError::BadRange(c, to));
                }
                ranges.push((c, to));
                i += 3;
            }
            _ => {
                ranges.push((c, c));
                i += 1;
            }
        }
    }
}

/// Whether `tokens` match all of `path`: dynamic programming over (token,
/// character) pairs, each visited once.
fn matches(tokens: &[Token], path: &[char]) -> bool {
    // can[t][p]: tokens[t..] match path[p..].
    let width = path.len() + 1;
    let mut can = vec![false; (tokens.len() + 1) * width];
    can[tokens.len() * width + path.len()] = true;
    for t in (0..tokens.len()).rev() {
        for p in (0..=path.len()).rev() {
            let rest = |p: usize| can[(t + 1) * width + p];
            let here = |p: usize| can[t * width + p];
            let c = path.get(p).copied();
            can[t * width + p] = match &tokens[t] {
                Token::Char(want) => c == Some(*want) && rest(p + 1),
                Token::One => c.is_some_and(|c| c != '/') && rest(p + 1),
                Token::Star => rest(p) || (c.is_some_and(|c| c != '/') && here(p + 1)),
                Token::Rest => true,
                Token::Folders => {
                    // Nothing, or one folder name and its `/`, then again.
                    rest(p) || {
                        let end = path[p..].iter().position(|&c| c == '/');
                        end.is_some_and(|n| here(p + n + 1))
                    }
                }
                Token::Class { negated, ranges } => {
                    c.is_some_and(|c| {
                        c != '/' && ranges.iter().any(|&(a, b)| a <= c && c <= b) != *negated
                    }) && rest(p + 1)
                }
            };
        }
    }
    can[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is(pattern: &str, path: &str) -> bool {
        Glob::new(pattern, true).unwrap().is_match(Path::new(path))
    }

    #[test]
    fn stars_and_questions_stay_within_a_folder() {
        assert!(is("*.json", "a.json"));
        assert!(is("*.json", ".json"));
        assert!(!is("*.json", "r/a.json"));
        assert!(is("r/*/a.json", "r/2019/a.json"));
        assert!(!is("r/*/a.json", "r/2019/x/a.json"));
        assert!(is("a?c", "abc"));
        assert!(!is("a?c", "a/c"));
        assert!(!is("a?c", "ac"));
        assert!(is("a*b*c", "a-b-b-c"));
        assert!(!is("a*b*c", "a-b-b-d"));
    }

    #[test]
    fn double_stars_cross_any_number_of_folders() {
        assert!(is("r/**/*.json", "r/a.json"));
        assert!(is("r/**/*.json", "r/x/y/a.json"));
        assert!(!is("r/**/*.json", "s/a.json"));
        assert!(is("**/*.json", "a.json"));
        assert!(is("**/*.json", "x/a.json"));
        assert!(is("r/**", "r/x/y"));
        assert!(!is("r/**", "s/x"));
        assert!(is("**", "any/thing"));
        assert!(is("/tmp/**/a.json", "/tmp/a.json"));
        // Within a name, `**` is `*`.
        assert!(is("a**.json", "abc.json"));
        assert!(!is("a**.json", "a/b.json"));
    }

    #[test]
    fn classes_take_ranges_negation_and_a_leading_bracket() {
        assert!(is("r/201[0-9].json", "r/2019.json"));
        assert!(!is("r/201[0-8].json", "r/2019.json"));
        assert!(is("[!a]b", "xb"));
        assert!(!is("[!a]b", "ab"));
        assert!(is("[^a]b", "xb"));
        assert!(is("[]]", "]"));
        assert!(is("[a-]", "-"));
        assert!(!is("a[/]b", "a/b"));
        assert!(is("[*]", "*"));
        assert!(is("[é]t[é]", "été"));
    }

    #[test]
    fn braces_are_alternatives_and_escapes_are_characters() {
        assert!(is("*.{json,yaml}", "a.yaml"));
        assert!(is("*.{json,yaml}", "a.json"));
        assert!(!is("*.{json,yaml}", "a.toml"));
        assert!(is("{r,s}/**/*.{json,toml}", "s/x/a.toml"));
        assert!(is("a{,b}", "a"));
        assert!(is(r"a\*", "a*"));
        assert!(!is(r"a\*", "ab"));
        assert!(is(r"\{a\}", "{a}"));
        assert!(is("{[,],x}", ","));
    }

    #[test]
    fn bad_patterns_say_why() {
        let err = |p: &str| Glob::new(p, true).unwrap_err();
        assert_eq!(err("a[b"), GlobError::UnclosedClass);
        assert_eq!(err("a{b"), GlobError::UnclosedAlternatives);
        assert_eq!(err("a{b{c}}"), GlobError::NestedAlternatives);
        assert_eq!(err("a}"), GlobError::UnopenedAlternatives);
        assert_eq!(err("[z-a]"), GlobError::BadRange('z', 'a'));
        assert_eq!(err("a\\"), GlobError::DanglingEscape);
        assert_eq!(err(&"{a,b}".repeat(9)), GlobError::TooManyAlternatives);
        assert!(err("a[b").to_string().contains('['));
    }

    #[cfg(not(windows))]
    #[test]
    fn without_escapes_a_backslash_is_a_character() {
        assert!(
            Glob::new(r"a\b", false)
                .unwrap()
                .is_match(Path::new(r"a\b"))
        );
        assert!(Glob::new("a\\", false).is_ok());
    }

    #[test]
    fn many_stars_on_a_long_path_match_at_once() {
        let pattern = "*a".repeat(40) + "b";
        let path = "a".repeat(5_000);
        let glob = Glob::new(&pattern, true).unwrap();
        assert!(!glob.is_match(Path::new(&path)));
    }
}
