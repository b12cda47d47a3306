//! Which single key does what at a YES/NO question, in the run's language:
//! the answers follow the schema's own labels (`o`/`n` for OUI/NON, `s`/`n`
//! for SÍ/NO, `д`/`н` for ДА/НЕТ), `1` and `2` always work, and the moves
//! (back, skip, go to, quit) take the catalogue's letters for the language,
//! except one that would be an answer's: a Spanish `s` is SÍ, never "skip".
//! A saved comment's actions (edit, type anew, delete) take the
//! catalogue's letters too, chosen apart from the moves.

use crate::escape::terminal::one_line;
use crate::i18n::t;
use crate::reply::Choice;
use crate::schema::Schema;

/// What a key does to a saved comment.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Act {
    Edit,
    Retype,
    Delete,
}

/// A move at a single-key question.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Move {
    Back,
    Skip,
    Goto,
    Quit,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Keymap {
    /// The schema's labels, `YES` and `NO`, made safe to show.
    labels: (String, String),
    pub yes: Option<char>,
    pub no: Option<char>,
    back: Option<char>,
    skip: Option<char>,
    goto: Option<char>,
    quit: Option<char>,
    /// A saved comment's actions: edit, type anew, delete.
    acts: [Option<char>; 3],
}

impl Keymap {
    /// The keys for `schema`'s labels and the run's language.
    pub(crate) fn new(schema: &Schema) -> Keymap {
        let mut keys = Keymap::with(
            &schema.answer.yes,
            &schema.answer.no,
            [
                t!("fill-key-back"),
                t!("fill-key-skip"),
                t!("fill-key-goto"),
                t!("fill-key-quit"),
            ],
            [
                t!("fill-key-edit"),
                t!("fill-key-retype"),
                t!("fill-key-delete"),
            ],
        );
        keys.labels = (one_line(&schema.answer.yes), one_line(&schema.answer.no));
        keys
    }

    /// The action a key takes on a saved comment, if any.
    pub(crate) fn act(&self, key: char) -> Option<Act> {
        let key = Some(lower(key));
        [Act::Edit, Act::Retype, Act::Delete]
            .into_iter()
            .zip(self.acts)
            .find(|(_, k)| k.is_some() && *k == key)
            .map(|(a, _)| a)
    }

    /// The letter shown for a comment action.
    pub(crate) fn act_key(&self, act: Act) -> String {
        let i = act as usize;
        self.acts[i].map_or_else(String::new, String::from)
    }

    /// The schema's label of an answer.
    pub(crate) fn label(&self, choice: Choice) -> &str {
        match choice {
            Choice::Yes => &self.labels.0,
            Choice::No => &self.labels.1,
        }
    }

    fn with(yes_label: &str, no_label: &str, moves: [String; 4], acts: [String; 3]) -> Keymap {
        let first = |label: &str| label.chars().find(|c| c.is_alphabetic()).map(lower);
        let (mut yes, mut no) = (first(yes_label), first(no_label));
        if yes == no {
            // Two labels with one first letter: the digits only.
            (yes, no) = (None, None);
        }
        let taken = [yes, no];
        let letter = |text: &String| {
            text.chars()
                .next()
                .map(lower)
                .filter(|c| !taken.contains(&Some(*c)))
        };
        Keymap {
            labels: (yes_label.to_string(), no_label.to_string()),
            yes,
            no,
            back: letter(&moves[0]),
            skip: letter(&moves[1]),
            goto: letter(&moves[2]),
            quit: letter(&moves[3]),
            acts: acts.map(|l| l.chars().next().map(lower)),
        }
    }

    /// The answer a key gives, if any.
    pub(crate) fn choice(&self, key: char) -> Option<Choice> {
        let key = lower(key);
        match key {
            '1' => Some(Choice::Yes),
            '2' => Some(Choice::No),
            _ if Some(key) == self.yes => Some(Choice::Yes),
            _ if Some(key) == self.no => Some(Choice::No),
            _ => None,
        }
    }

    /// The answer a typed word gives (plain mode, yes-no fields): a digit,
    /// a label (`oui`, `SI` for SÍ), its key (`o`), or `yes`/`no`.
    pub(crate) fn typed(&self, word: &str) -> Option<Choice> {
        let word = fold(word.trim());
        let mut chars = word.chars();
        if let (Some(c), None) = (chars.next(), chars.next()) {
            return self.choice(c);
        }
        if word == fold(&self.labels.0) || word == "yes" {
            Some(Choice::Yes)
        } else if word == fold(&self.labels.1) || word == "no" {
            Some(Choice::No)
        } else {
            None
        }
    }

    /// The move a key makes, if any.
    pub(crate) fn motion(&self, key: char) -> Option<Move> {
        let key = Some(lower(key));
        [
            (self.back, Move::Back),
            (self.skip, Move::Skip),
            (self.goto, Move::Goto),
            (self.quit, Move::Quit),
        ]
        .into_iter()
        .find(|(k, _)| k.is_some() && *k == key)
        .map(|(_, m)| m)
    }

    /// The key shown for an answer: its letter, else its digit.
    pub(crate) fn shown(&self, choice: Choice) -> String {
        match choice {
            Choice::Yes => self.yes.map_or("1".into(), String::from),
            Choice::No => self.no.map_or("2".into(), String::from),
        }
    }

    /// The moves' letters for the hint (arrows where a letter is not bound).
    pub(crate) fn moves_hint(&self) -> String {
        let shown = |k: Option<char>, instead: &str| k.map_or(instead.to_string(), String::from);
        t!(
            "fill-moves",
            back = shown(self.back, "←"),
            skip = shown(self.skip, "→"),
            goto = shown(self.goto, "/goto"),
            quit = shown(self.quit, "/quit")
        )
    }

    pub(crate) fn back_key(&self) -> String {
        self.back.map_or("←".into(), String::from)
    }

    pub(crate) fn skip_key(&self) -> String {
        self.skip.map_or("→".into(), String::from)
    }

    pub(crate) fn goto_key(&self) -> String {
        self.goto.map_or("/goto".into(), String::from)
    }

    pub(crate) fn quit_key(&self) -> String {
        self.quit.map_or("/quit".into(), String::from)
    }
}

/// Lower case without the accents people leave out when typing (`SI` is
/// `SÍ`); `ñ`, `й` and the like stay, being letters of their own.
pub(crate) fn fold(text: &str) -> String {
    text.chars()
        .map(|c| match lower(c) {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            c => c,
        })
        .collect()
}

fn lower(c: char) -> char {
    c.to_lowercase().next().unwrap_or(c)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{Lang, t_in};

    fn moves(lang: Lang) -> [String; 4] {
        [
            t_in!(lang, "fill-key-back"),
            t_in!(lang, "fill-key-skip"),
            t_in!(lang, "fill-key-goto"),
            t_in!(lang, "fill-key-quit"),
        ]
    }

    fn acts(lang: Lang) -> [String; 3] {
        [
            t_in!(lang, "fill-key-edit"),
            t_in!(lang, "fill-key-retype"),
            t_in!(lang, "fill-key-delete"),
        ]
    }

    fn keymap(yes: &str, no: &str, lang: Lang) -> Keymap {
        Keymap::with(yes, no, moves(lang), acts(lang))
    }

    /// Issue 13, item 4: the answer keys follow the labels, and no move
    /// takes an answer's key in the language of its labels.
    #[test]
    fn answers_follow_the_labels_and_moves_never_take_their_keys() {
        for (lang, yes, no, y, n) in [
            (Lang::En, "YES", "NO", 'y', 'n'),
            (Lang::Fr, "OUI", "NON", 'o', 'n'),
            (Lang::Es, "SÍ", "NO", 's', 'n'),
            (Lang::Ru, "ДА", "НЕТ", 'д', 'н'),
        ] {
            let keys = keymap(yes, no, lang);
            assert_eq!(keys.choice(y), Some(Choice::Yes), "{lang:?}");
            assert_eq!(
                keys.choice(n.to_uppercase().next().unwrap()),
                Some(Choice::No)
            );
            assert_eq!(keys.choice('1'), Some(Choice::Yes));
            assert_eq!(keys.choice('2'), Some(Choice::No));
            for key in [y, n] {
                assert_eq!(keys.motion(key), None, "{lang:?}: `{key}` is an answer");
            }
            let bound: Vec<Move> = moves(lang)
                .iter()
                .filter_map(|m| m.chars().next())
                .filter_map(|c| keys.motion(c))
                .collect();
            assert_eq!(
                bound,
                [Move::Back, Move::Skip, Move::Goto, Move::Quit],
                "{lang:?}: every move has a key of its own"
            );
            // At a saved comment the moves work too: its actions take
            // letters of their own.
            let letters: Vec<char> = acts(lang).iter().filter_map(|a| a.chars().next()).collect();
            assert_eq!(
                letters
                    .iter()
                    .filter_map(|&c| keys.act(c))
                    .collect::<Vec<_>>(),
                [Act::Edit, Act::Retype, Act::Delete],
                "{lang:?}"
            );
            for c in letters {
                assert_eq!(keys.motion(c), None, "{lang:?}: `{c}` is a comment action");
            }
        }
        // An English `s` skips; with Spanish labels read by an English
        // speaker, `s` is SÍ and skipping stays on →.
        let keys = keymap("SÍ", "NO", Lang::En);
        assert_eq!(keys.choice('s'), Some(Choice::Yes));
        assert_eq!(keys.motion('s'), None);
        assert_eq!(keys.skip_key(), "→");
        let es = keymap("SÍ", "NO", Lang::Es);
        assert_eq!(
            es.typed("si"),
            Some(Choice::Yes),
            "typed without the accent"
        );
        assert_eq!(es.typed("SÍ"), Some(Choice::Yes));
        assert_eq!(es.typed("s"), Some(Choice::Yes));
        assert_eq!(es.typed("no"), Some(Choice::No));
        let fr = keymap("OUI", "NON", Lang::Fr);
        assert_eq!(fr.typed("oui"), Some(Choice::Yes));
        assert_eq!(fr.typed("Non"), Some(Choice::No));
        assert_eq!(
            fr.typed("yes"),
            Some(Choice::Yes),
            "the file's own word too"
        );
        assert_eq!(fr.typed("y"), None, "not a key of these labels");
        let ru = keymap("ДА", "НЕТ", Lang::Ru);
        assert_eq!(ru.typed("да"), Some(Choice::Yes));
        assert_eq!(ru.typed("н"), Some(Choice::No));
        let same = keymap("NO", "NON", Lang::En);
        assert_eq!(same.choice('n'), None);
        assert_eq!(same.shown(Choice::Yes), "1");
    }
}
