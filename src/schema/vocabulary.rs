//! The words questionnaires are printed with, in the four languages qnr
//! knows: what `schema import` looks for in a form, and what `schema init`
//! writes in a skeleton. The first word of each list is the usual one.

use super::{FieldKind, Role};
use crate::i18n::Lang;

/// One language's words.
#[derive(Debug)]
pub(crate) struct Words {
    /// `en`, `fr`, `es`, `ru`.
    pub code: &'static str,
    /// What heads an issue: `Issue I`, `Question I`, `Tema I`, `Вопрос I`.
    pub issue: &'static [&'static str],
    /// What heads a recommendation.
    pub recommendation: &'static [&'static str],
    /// The two choices, as forms print them.
    pub yes: &'static [&'static str],
    pub no: &'static [&'static str],
    /// The comment label.
    pub comments: &'static [&'static str],
    /// "words", as a limit says it (a stem: `слов` covers `словах`).
    pub word: &'static [&'static str],
    /// A skeleton's texts: the question, the title, the guidance, an
    /// issue's title, a recommendation's text.
    pub question: &'static str,
    pub title: &'static str,
    pub guidance: &'static str,
    /// A skeleton's issue title, followed by the issue's numeral.
    pub issue_title: &'static str,
    pub recommendation_text: &'static str,
    /// A skeleton's respondent labels, in [`CONCEPTS`] order.
    pub labels: [&'static str; 5],
}

pub(crate) const ENGLISH: Words = Words {
    code: "en",
    issue: &[
        "Issue", "Question", "Part", "Section", "Topic", "Theme", "Chapter",
    ],
    recommendation: &["Recommendation"],
    yes: &["YES"],
    no: &["NO"],
    comments: &[
        "Comments",
        "Comment",
        "Please elaborate",
        "Remarks",
        "Observations",
        "Details",
    ],
    word: &["word"],
    question: "Any action taken",
    title: "Questionnaire on the implementation of the recommendations adopted by the Meeting",
    guidance: "Please describe, in not more than 200 words per recommendation, the action taken to implement it.",
    issue_title: "Title of issue",
    recommendation_text: "The text of the recommendation, character for character as printed.",
    labels: [
        "Name of country",
        "Date of submission",
        "Contact person",
        "E-mail address",
        "Consent to publish the reply on the website",
    ],
};

pub(crate) const FRENCH: Words = Words {
    code: "fr",
    issue: &[
        "Question", "Thème", "Partie", "Section", "Chapitre", "Sujet",
    ],
    recommendation: &["Recommandation"],
    yes: &["OUI"],
    no: &["NON"],
    comments: &[
        "Observations",
        "Commentaires",
        "Remarques",
        "Veuillez préciser",
        "Précisions",
    ],
    word: &["mot"],
    question: "Des mesures ont-elles été prises ?",
    title: "Questionnaire sur l'application des recommandations adoptées par la Réunion",
    guidance: "Veuillez décrire, en 200 mots au plus par recommandation, les mesures prises pour l'appliquer.",
    issue_title: "Intitulé de la question",
    recommendation_text: "Le texte de la recommandation, tel qu'il est imprimé.",
    labels: [
        "Nom du pays",
        "Date de soumission",
        "Personne à contacter",
        "Adresse électronique",
        "Consentement à la publication de la réponse sur le site Web",
    ],
};

pub(crate) const SPANISH: Words = Words {
    code: "es",
    issue: &["Tema", "Cuestión", "Parte", "Sección", "Capítulo", "Asunto"],
    recommendation: &["Recomendación", "Recomendacion"],
    yes: &["SÍ", "SI"],
    no: &["NO"],
    comments: &[
        "Observaciones",
        "Comentarios",
        "Sírvase explicar",
        "Explicación",
    ],
    word: &["palabra"],
    question: "¿Se han adoptado medidas?",
    title: "Cuestionario sobre la aplicación de las recomendaciones aprobadas por la Reunión",
    guidance: "Sírvase describir, en no más de 200 palabras por recomendación, las medidas adoptadas para aplicarla.",
    issue_title: "Título del tema",
    recommendation_text: "El texto de la recomendación, tal como figura impreso.",
    labels: [
        "Nombre del país",
        "Fecha de presentación",
        "Persona de contacto",
        "Correo electrónico",
        "Autorización para publicar la respuesta en el sitio web",
    ],
};

pub(crate) const RUSSIAN: Words = Words {
    code: "ru",
    issue: &["Вопрос", "Тема", "Раздел", "Часть", "Глава"],
    recommendation: &["Рекомендация"],
    yes: &["ДА"],
    no: &["НЕТ"],
    comments: &["Комментарии", "Замечания", "Пояснения", "Просьба пояснить"],
    word: &["слов"],
    question: "Приняты ли меры?",
    title: "Вопросник об осуществлении рекомендаций, принятых Совещанием",
    guidance: "Просьба описать, не более чем в 200 словах по каждой рекомендации, меры, принятые для ее осуществления.",
    issue_title: "Название вопроса",
    recommendation_text: "Текст рекомендации в точности так, как он напечатан.",
    labels: [
        "Название страны",
        "Дата представления",
        "Контактное лицо",
        "Адрес электронной почты",
        "Согласие на публикацию ответа на веб-сайте",
    ],
};

/// Every language, English first.
pub(crate) const LANGUAGES: [&Words; 4] = [&ENGLISH, &FRENCH, &SPANISH, &RUSSIAN];

/// The language with this code.
pub(crate) fn language(code: &str) -> Option<&'static Words> {
    LANGUAGES.into_iter().find(|w| w.code == code)
}

/// The words of a language qnr speaks.
pub(crate) fn words(lang: Lang) -> &'static Words {
    language(lang.code()).unwrap_or(&ENGLISH)
}

impl Words {
    /// The language, as the schema's `language` key and the catalogue know it.
    pub(crate) fn lang(&self) -> Lang {
        Lang::from_tag(self.code).unwrap_or_default()
    }
}

/// What a respondent field asks for, known from its label in any language.
#[derive(Debug)]
pub(crate) struct Concept {
    /// The id a schema gives it: the same in every language, as reply
    /// files are language-neutral.
    pub id: &'static str,
    pub kind: FieldKind,
    pub role: Option<Role>,
    /// Words of its label, lower case: a word or phrase that must stand
    /// whole in the label, or a stem ending in `*` that starts a word.
    pub keys: &'static [&'static str],
}

/// The fields a questionnaire's header asks for, in the order a label is
/// tried against them (`E-mail address` is an e-mail, not an address).
pub(crate) const CONCEPTS: [Concept; 9] = [
    Concept {
        id: "country",
        kind: FieldKind::Text,
        role: Some(Role::Country),
        keys: &[
            "country",
            "member state",
            "state",
            "pays",
            "état",
            "état membre",
            "país",
            "estado",
            "estado miembro",
            "стран*",
            "государств*",
        ],
    },
    Concept {
        id: "date",
        kind: FieldKind::Date,
        role: Some(Role::Date),
        keys: &["date", "submitted", "submission", "fecha", "дата"],
    },
    Concept {
        id: "contact",
        kind: FieldKind::Text,
        role: None,
        keys: &[
            "contact",
            "contact person",
            "focal point",
            "officer",
            "correspondant",
            "personne",
            "contacto",
            "persona",
            "funcionario",
            "enlace",
            "контактн*",
            "лицо",
        ],
    },
    Concept {
        id: "email",
        kind: FieldKind::Email,
        role: None,
        keys: &[
            "e-mail",
            "email",
            "courriel",
            "adresse électronique",
            "correo",
            "электронн*",
        ],
    },
    Concept {
        id: "publish",
        kind: FieldKind::YesNo,
        role: None,
        keys: &[
            "publish",
            "publication",
            "consent",
            "consentement",
            "publicación",
            "publicar",
            "autoriza*",
            "публикац*",
            "согласие",
        ],
    },
    Concept {
        id: "organization",
        kind: FieldKind::Text,
        role: None,
        keys: &[
            "organization",
            "organisation",
            "ministry",
            "agency",
            "title",
            "organisme",
            "service",
            "ministère",
            "fonction",
            "organismo",
            "ministerio",
            "cargo",
            "institución",
            "ведомств*",
            "организаци*",
            "должност*",
            "министерств*",
        ],
    },
    Concept {
        id: "address",
        kind: FieldKind::Text,
        role: None,
        keys: &["address", "adresse", "dirección", "domicilio", "адрес"],
    },
    Concept {
        id: "telephone",
        kind: FieldKind::Text,
        role: None,
        keys: &[
            "telephone",
            "phone",
            "tel",
            "téléphone",
            "teléfono",
            "телефон",
        ],
    },
    Concept {
        id: "fax",
        kind: FieldKind::Text,
        role: None,
        keys: &["fax", "telefax", "télécopie", "факс"],
    },
];

/// The order labels are tried in: the e-mail before the address, the
/// consent and the date before the State (`Date of submission by the State`).
const TRY_ORDER: [usize; 9] = [3, 4, 1, 8, 7, 0, 6, 2, 5];

/// What a label asks for, if its words say.
pub(crate) fn concept_of(label: &str) -> Option<&'static Concept> {
    let lower = label.to_lowercase();
    TRY_ORDER
        .into_iter()
        .map(|i| &CONCEPTS[i])
        .find(|c| c.keys.iter().any(|k| has_key(&lower, k)))
}

/// Whether `key` (a word or phrase, or a stem ending in `*`) stands in `text`.
fn has_key(text: &str, key: &str) -> bool {
    let (key, stem) = match key.strip_suffix('*') {
        Some(k) => (k, true),
        None => (key, false),
    };
    text.match_indices(key).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + key.len()..].chars().next();
        let boundary = |c: Option<char>| c.is_none_or(|c| !c.is_alphanumeric());
        boundary(before) && (stem || boundary(after))
    })
}

/// Whether `word` is one of `list`, ignoring case.
pub(crate) fn is_one_of(word: &str, list: &[&str]) -> bool {
    let lower = word.to_lowercase();
    list.iter().any(|w| w.to_lowercase() == lower)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_in_four_languages_are_known() {
        let id = |label: &str| concept_of(label).map(|c| c.id);
        for (label, want) in [
            ("Name of country", "country"),
            ("Date of submission", "date"),
            ("Contact person", "contact"),
            ("Title and Organization", "organization"),
            ("Address", "address"),
            ("Telephone No.", "telephone"),
            ("Fax No.", "fax"),
            ("e-mail address", "email"),
            ("E-Mail", "email"),
            (
                "Consent to publish the reply as received on the UNODC website",
                "publish",
            ),
            ("Nom du pays", "country"),
            ("Date de soumission", "date"),
            ("Courriel", "email"),
            ("Adresse électronique", "email"),
            ("Service ou ministère chargé de la réponse", "organization"),
            ("Nombre del país", "country"),
            ("Fecha de presentación", "date"),
            ("Correo electrónico", "email"),
            (
                "Autoriza la publicación de la respuesta en el sitio web de la UNODC",
                "publish",
            ),
            ("Страна", "country"),
            ("Дата представления", "date"),
            ("Электронная почта", "email"),
            ("Ведомство", "organization"),
            (
                "Согласие на публикацию ответа на веб-сайте ЮНОДК",
                "publish",
            ),
        ] {
            assert_eq!(id(label), Some(want), "{label}");
        }
        assert_eq!(id("Statement of intent"), None, "a word must stand whole");
    }

    #[test]
    fn a_skeleton_has_a_label_for_each_of_the_first_five_concepts() {
        for words in LANGUAGES {
            for (n, label) in words.labels.iter().enumerate() {
                let want = ["country", "date", "contact", "email", "publish"][n];
                assert_eq!(concept_of(label).map(|c| c.id), Some(want), "{label}");
            }
        }
    }
}
