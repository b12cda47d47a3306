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
