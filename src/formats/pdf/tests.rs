use super::*;

#[test]
fn page_and_line_are_counted_from_the_text() {
    let text = "a\nb\n\u{c}c\nd\ne";
    assert_eq!(page_line(text, 0), (1, 1));
    assert_eq!(page_line(text, 2), (1, 2));
    assert_eq!(page_line(text, 5), (2, 1));
    assert_eq!(page_line(text, text.len() - 1), (2, 3));
}
