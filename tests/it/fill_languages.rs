//! Issue 13: `qnr fill --lang fr|es|ru` walks a reply to the end in a real
//! pseudo-terminal, with the language's own answer keys (`o`/`n`, `s`/`n`,
//! `д`/`н`), its own words on every screen and no English word met on the
//! way; a field is skipped with the language's own command (`/passer`,
//! `/pasar`, `/пропустить`); the saved reply stays language-neutral (ids,
//! `"yes"`/`"no"`).
#![cfg(unix)]

use std::path::Path;

use rexpect::session::PtySession;

use crate::support::fill::{exit_code, keys, read_json, screen, spawn, type_line};
use crate::support::qnr;

/// One language's walk: the schema, what its screens say, and its keys.
struct Walk {
    lang: &'static str,
    schema: &'static str,
    /// The respondent fields in order: their label, and what is typed
    /// (`None`: the yes-no field, answered with the YES key).
    fields: &'static [(&'static str, Option<&'static str>)],
    /// After a field's text: what the screen then asks, and the key typed.
    asked_back: Option<(&'static str, &'static str)>,
    /// What a NO gets: a paragraph, or none.
    no_comment: NoComment,
    /// The recommendations' ids in order.
    ids: &'static [&'static str],
    yes: &'static str,
    no: &'static str,
    /// The end of the moves' line, seen on every question.
    moves: &'static str,
    /// `answered` of `total`, as the position line says it.
    answered: fn(usize, usize) -> String,
    summary: &'static str,
    valid: &'static str,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum NoComment {
    /// An empty line: no comment (optional after NO).
    Empty,
    /// The paragraph, typed at once.
    Typed,
    /// An empty line first: the comment is required, qnr says so, and Enter
    /// writes it now.
    Required(&'static str),
}

/// Text the English catalogue shows on a walk; none of it may appear.
const ENGLISH: &[&str] = &[
    "answered",
    "Field ",
    "required",
    "optional",
    "save and quit",
    "Summary",
    "saved",
    " words",
    "Enter confirms",
    "help",
];

/// The paragraph typed for every YES.
fn paragraph(lang: &str) -> &'static str {
    match lang {
        "fr" => "Une cellule portuaire a été créée en 2024.",
        "es" => "Se creó una unidad portuaria en 2024.",
        _ => "В 2024 году создано портовое подразделение.",
    }
}

/// Runs `walk`: every field, then YES and NO in turn, to the summary.
/// Returns everything the screen showed, as text.
fn run(walk: &Walk, dir: &Path) -> String {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR")).join(walk.schema);
    let schema = schema.to_str().unwrap();
    let mut p = spawn(
        dir,
        &["--lang", walk.lang, "--schema", schema, "reply.json"],
        &[],
    );
    let mut seen = String::new();
    let mut expect = |p: &mut PtySession, text: &str| {
        let (before, matched) = p
            .exp_string(&screen(text))
            .map(|before| (before, screen(text)))
            .unwrap_or_else(|e| panic!("{}: `{text}` appears: {e}", walk.lang));
        seen.push_str(&before);
        seen.push_str(&matched);
    };
    for (label, typed) in walk.fields {
        expect(&mut p, label);
        match typed {
            Some(text) => {
                expect(&mut p, "› ");
                type_line(&mut p, text);
                if let Some((question, key)) = walk
                    .asked_back
                    .filter(|(q, _)| !text.is_empty() && q.contains(text))
                {
                    expect(&mut p, question);
                    keys(&mut p, key);
                }
            }
            None => {
                expect(&mut p, walk.moves);
                keys(&mut p, walk.yes);
            }
        }
    }
    let total = walk.ids.len();
    for (i, id) in walk.ids.iter().enumerate() {
        expect(&mut p, &(walk.answered)(i, total));
        expect(&mut p, &format!("({id})"));
        expect(&mut p, walk.moves);
        let yes = i % 2 == 0;
        keys(&mut p, if yes { walk.yes } else { walk.no });
        expect(&mut p, "¶1 (");
        match (yes, walk.no_comment) {
            (false, NoComment::Empty) => {}
            (false, NoComment::Required(notice)) => {
                type_line(&mut p, "");
                expect(&mut p, notice);
                keys(&mut p, "\r");
                expect(&mut p, "¶1 (");
                type_line(&mut p, paragraph(walk.lang));
                expect(&mut p, "¶2 (");
            }
            _ => {
                type_line(&mut p, paragraph(walk.lang));
                expect(&mut p, "¶2 (");
            }
        }
        type_line(&mut p, "");
    }
    expect(&mut p, walk.summary);
    expect(&mut p, walk.valid);
    let rest = p.exp_eof().unwrap();
    seen.push_str(&rest);
    assert_eq!(exit_code(&p), 0, "{}", walk.lang);
    // rexpect reads a byte per char: back to the text the screen showed.
    let bytes: Vec<u8> = seen.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

fn check(walk: &Walk) -> serde_json::Value {
    let dir = tempfile::tempdir().unwrap();
    let shown = run(walk, dir.path());
    for word in ENGLISH {
        assert!(
            !shown.contains(word),
            "{}: the English `{word}` is on the screen:\n{shown}",
            walk.lang
        );
    }
    let path = dir.path().join("reply.json");
    qnr()
        .args(["--schema", walk.schema, "validate"])
        .arg(&path)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .assert()
        .code(0);
    let json = read_json(&path);
    for (i, id) in walk.ids.iter().enumerate() {
        let answer = &json["answers"][id];
        let yes = i % 2 == 0;
        let choice = if yes { "yes" } else { "no" };
        assert_eq!(answer["action_taken"], choice, "{}: {id}", walk.lang);
        if yes || walk.no_comment != NoComment::Empty {
            assert_eq!(
                answer["comments"],
                paragraph(walk.lang),
                "{}: {id}",
                walk.lang
            );
        } else {
            assert_eq!(answer["comments"], serde_json::Value::Null);
        }
    }
    json
}

#[test]
fn a_french_reply_is_filled_to_the_end_with_o_and_n() {
    let json = check(&Walk {
        lang: "fr",
        schema: "tests/data/schemas/honlea-afrique.toml",
        fields: &[
            ("Nom du pays", Some("République du Cap")),
            // Read two ways: asked back, then settled with 1 below.
            ("Date de soumission", Some("05/06/2019")),
            (
                "Service ou ministère",
                Some("Office central des stupéfiants"),
            ),
            ("Correspondant national", Some("")),
            ("Courriel", Some("ocs@interieur.gouv.example")),
            ("Téléphone", Some("/passer")),
            ("Consentement", None),
        ],
        asked_back: Some((
            "`05/06/2019` peut se lire de deux façons\u{a0}: 5 juin 2019 ou 6 mai 2019\u{a0}?",
            "1",
        )),
        no_comment: NoComment::Typed,
        ids: &[
            "I.a", "I.b", "I.c", "II.a", "II.b", "III.1", "IV.a", "IV.b", "V.1", "V.2",
        ],
        yes: "o",
        no: "n",
        moves: "q enregistrer et quitter · ? aide",
        answered: |n, total| format!("réponses\u{a0}: {n} sur {total}"),
        summary: "Récapitulatif de reply.json · réponses\u{a0}: 10 sur 10",
        valid: "La réponse est complète et valide.",
    });
    assert_eq!(json["respondent"]["pays"], "République du Cap");
    assert_eq!(json["respondent"]["date"], "2019-06-05", "1: 5 juin 2019");
    assert_eq!(json["respondent"]["correspondant"], serde_json::Value::Null);
    assert_eq!(json["respondent"]["publication"], "yes");
    assert_eq!(
        json["respondent"]["telephone"],
        serde_json::Value::Null,
        "/passer skips"
    );
}

#[test]
fn a_spanish_reply_is_filled_with_s_for_si_which_never_skips() {
    let json = check(&Walk {
        lang: "es",
        schema: "tests/data/schemas/honlac.toml",
        fields: &[
            ("Nombre del país", Some("República de Ejemplo")),
            ("Fecha de presentación", Some("15/03/2024")),
            ("Organismo o ministerio", Some("Policía Nacional")),
            ("Cargo del funcionario", Some("/pasar")),
            ("Correo electrónico", Some("enlace@policia.gob.example")),
            ("Autoriza la publicación", None),
        ],
        asked_back: None,
        no_comment: NoComment::Empty,
        ids: &[
            "I.a", "I.b", "I.c", "II.a", "II.b", "III.a", "IV.a", "IV.b", "V.a",
        ],
        yes: "s",
        no: "n",
        moves: "g guardar y salir · ? ayuda",
        answered: |n, total| format!("respondidas: {n} de {total}"),
        summary: "Resumen de reply.json · respondidas: 9 de 9",
        valid: "La respuesta está completa y es válida.",
    });
    assert_eq!(json["respondent"]["fecha"], "2024-03-15");
    assert_eq!(json["respondent"]["publicar"], "yes", "`s` is SÍ");
    assert_eq!(
        json["respondent"]["cargo"],
        serde_json::Value::Null,
        "/pasar skips"
    );
}

#[test]
fn a_russian_reply_is_filled_with_cyrillic_keys() {
    let json = check(&Walk {
        lang: "ru",
        schema: "tests/data/schemas/honlea-ru.toml",
        fields: &[
            ("Страна", Some("Республика Пример")),
            ("Дата представления", Some("2024-03-15")),
            (
                "Ведомство",
                Some("Государственная служба по контролю за наркотиками"),
            ),
            ("Электронная почта", Some("/пропустить")),
            ("Согласие на публикацию", None),
        ],
        asked_back: None,
        no_comment: NoComment::Required(
            "Раздел «Комментарии» обязателен при ответе «НЕТ», но он пуст.",
        ),
        ids: &["I.а", "I.б", "II.а", "III.1", "IV.а", "V.1"],
        yes: "д",
        no: "н",
        moves: "с — сохранить и выйти · ? — справка",
        answered: |n, total| format!("ответов: {n} из {total}"),
        summary: "Сводка по reply.json · ответов: 6 из 6",
        valid: "Ответ заполнен полностью и корректен.",
    });
    assert_eq!(
        json["respondent"]["ведомство"],
        "Государственная служба по контролю за наркотиками"
    );
    assert_eq!(json["respondent"]["publish"], "yes");
    assert_eq!(
        json["respondent"]["email"],
        serde_json::Value::Null,
        "/пропустить skips"
    );
}
