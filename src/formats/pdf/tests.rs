use super::*;

#[test]
fn page_and_line_are_counted_from_the_text() {
    let text = "a\nb\n\u{c}c\nd\ne";
    assert_eq!(page_line(text, 0), (1, 1));
    assert_eq!(page_line(text, 2), (1, 2));
    assert_eq!(page_line(text, 5), (2, 1));
    assert_eq!(page_line(text, text.len() - 1), (2, 3));
}

/// What the walk of the forms says of a file kept from fuzzing.
fn walked(name: &str) -> Result<(), PdfLimit> {
    let bytes = std::fs::read(format!("tests/data/fuzz-regressions/pdf/{name}")).unwrap();
    let pdf = Pdf::new(bytes).unwrap();
    expansion::check(pdf.pages())
}

const TOO_MANY_DRAWS: Result<(), PdfLimit> = Err(PdfLimit::Drawn {
    megabytes: 4,
    draws: 1000,
});

#[test]
fn forms_drawn_too_many_times_are_refused_before_they_are_drawn() {
    // Found by fuzzing: forms drawing each other ten times, six deep, took
    // seconds to interpret though their bytes stayed under the cap.
    assert_eq!(walked("timeout-nested-forms.pdf"), TOO_MANY_DRAWS);
}

#[test]
fn forms_drawn_through_broken_resources_are_counted_as_drawn() {
    // Found by fuzzing: a form whose resources are damaged draws through
    // its parent's, ten times a level; 11,000 draws of a line of text took
    // 0.3 s here and seconds under the fuzzer.
    assert_eq!(walked("timeout-broken-resources.pdf"), TOO_MANY_DRAWS);
}

#[test]
fn forms_drawn_twelve_deep_are_refused_before_they_are_drawn() {
    // Found by fuzzing on a loaded machine: twelve forms each drawing the
    // next ten times took 0.6 s of CPU in the fuzzing build (2.8 s by the
    // clock at a load of 10); the walk stops at the cap on draws.
    assert_eq!(walked("timeout-twelve-deep-forms.pdf"), TOO_MANY_DRAWS);
}

#[test]
fn forms_found_after_the_cross_references_were_repaired_are_counted() {
    // Found by fuzzing: a damaged file whose objects resolve differently once
    // reading it repaired its cross-references; the first walk saw 111 draws,
    // the interpreter 11,111 (0.9 s).
    assert!(walked("timeout-stray-operator.pdf").is_err());
}
