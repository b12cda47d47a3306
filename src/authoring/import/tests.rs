//! The import on the seed reply and on forms in each layout and language.

use super::*;

fn import_text(text: &str) -> Imported {
    import(Format::Txt, text.as_bytes(), &Options::default())
        .unwrap_or_else(|e| panic!("{}", e.message))
}

/// The seed — the Russian Federation's filled reply, saved as text — gives
/// the embedded HONLEA questionnaire: the same issues, labels, titles and
/// texts, character for character, none of its comments taken for text.
#[test]
fn the_seed_imports_to_the_embedded_schema() {
    let seed = include_str!("../../../tests/data/forms/seed-000_bc2e8f2f147b68b5.txt");
    let imported = import_text(seed);
    let honlea = Schema::honlea();
    assert_eq!(imported.schema.issues, honlea.issues);
    assert_eq!(imported.schema.headings, honlea.headings);
    assert_eq!(imported.schema.answer, honlea.answer);
    assert_eq!(imported.schema.comments.label, honlea.comments.label);
    assert_eq!(imported.language.code, "en");
}

/// A form typed by hand: a title wrapped over two lines, issue titles on
/// the line under the heading, the question with a `?`, a comment label
/// of several words, fields with blanks to fill in.
#[test]
fn a_hand_typed_form_keeps_its_title_and_issue_titles_whole() {
    let text = "QUESTIONNAIRE\non the recommendations of the Meeting, 2024\n\n\
        Name of country: ________\nDate of submission: ________\n\n\
        Issue I\nPrecursor chemicals\n\n\
        Recommendation 1\nGovernments should monitor the trade\nin precursor chemicals.\n\
        Any action taken? ☐ YES ☐ NO\nIf YES, please describe:\n\n\
        Recommendation 2\nGovernments should share data.\nAny action taken? ☐ YES ☐ NO\nIf YES, please describe:\n";
    let imported = import_text(text);
    let schema = &imported.schema;
    assert_eq!(
        schema.title,
        "QUESTIONNAIRE on the recommendations of the Meeting, 2024"
    );
    assert_eq!(schema.guidance, None);
    assert_eq!(schema.version, "2024");
    assert_eq!(schema.issues[0].title, "Precursor chemicals");
    assert_eq!(
        schema.issues[0].recommendations[0].text,
        "Governments should monitor the trade in precursor chemicals."
    );
    assert_eq!(schema.answer.question, "Any action taken?");
    assert_eq!(schema.comments.label, "If YES, please describe");
    let labels: Vec<&str> = schema.respondent.iter().map(|f| f.label.as_str()).collect();
    assert_eq!(labels, ["Name of country", "Date of submission"]);
}

/// The form is read with the schema found in it: a heading worded unlike
/// the others is found by the import but not by the form reader, and the
/// import says so.
#[test]
fn what_the_form_reader_would_not_find_is_flagged() {
    let text = "Issue I: Precursors\n\nRecommendation 1\nDo one thing.\nAny action taken YES NO\nComments:\n\n\
        Recommendation 2\nDo another.\nAny action taken YES NO\nComments:\n\n\
        Recommendation No. 3\nDo a third.\nAny action taken YES NO\nComments:\n";
    let imported = import_text(text);
    assert_eq!(imported.schema.item_count(), 3);
    let notes: Vec<&str> = imported.notes.iter().map(|n| n.text.as_str()).collect();
    assert!(
        notes
            .iter()
            .any(|n| n.starts_with("the form does not read back with this schema")),
        "{notes:?}"
    );
    assert!(
        notes.iter().any(|n| n.contains("worded otherwise")),
        "{notes:?}"
    );
}
