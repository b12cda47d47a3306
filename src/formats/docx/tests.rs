use crate::diagnostic::Diagnostic;
use std::collections::HashSet;
use std::io::{Cursor, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipWriter};

use super::xml_read::{self, Block, Para, heading_styles, read_document};
use super::*;
use crate::formats::{Format, check_written, load, write as write_reply};
use crate::reply::{Answer, Choice, Reply};

const NS: &str = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" \
                  xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\" \
                  xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\"";

fn body(inner: &str) -> String {
    format!("<w:document {NS}><w:body>{inner}</w:body></w:document>")
}

/// The paragraphs' texts of a body, tables flattened cell by cell.
fn texts(inner: &str) -> Vec<String> {
    fn walk(blocks: &[Block], out: &mut Vec<String>) {
        for b in blocks {
            match b {
                Block::Para(p) => out.push(p.text.clone()),
                Block::Row(cells) => cells.iter().for_each(|c| walk(c, out)),
            }
        }
    }
    let blocks = read_document(&body(inner), &HashSet::new()).unwrap();
    let mut out = Vec::new();
    walk(&blocks, &mut out);
    out
}

fn zip_of(parts: &[(&str, &[u8])], method: CompressionMethod) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(method);
    for (name, bytes) in parts {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap().into_inner()
}

fn docx_of(inner: &str) -> Vec<u8> {
    zip_of(
        &[("word/document.xml", body(inner).as_bytes())],
        CompressionMethod::Deflated,
    )
}

fn checkbox(checked: &str, glyph: &str) -> String {
    format!(
        "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"{checked}\"/></w14:checkbox></w:sdtPr>\
         <w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>"
    )
}

#[test]
fn a_content_control_counts_by_its_state_not_its_glyph() {
    // A glyph out of step with the state (a copy-paste) does not decide.
    let p = format!(
        "<w:p><w:r><w:t>A </w:t></w:r>{}<w:r><w:t> B </w:t></w:r>{}</w:p>",
        checkbox("1", "☐"),
        checkbox("false", "☒")
    );
    assert_eq!(texts(&p), ["A ☒ B ☐"]);
}

#[test]
fn a_checkbox_nested_as_libreoffice_saves_it() {
    let p = "<w:p><w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"1\"/></w14:checkbox></w:sdtPr>\
             <w:sdtContent><w:r/><w:sdt><w:sdtPr><w:id w:val=\"5\"/></w:sdtPr><w:sdtContent>\
             <w:r><w:t>☒</w:t></w:r></w:sdtContent></w:sdt></w:sdtContent></w:sdt>\
             <w:r><w:t> YES</w:t></w:r></w:p>";
    assert_eq!(texts(p), ["☒ YES"]);
}

#[test]
fn an_empty_checkbox_control_still_shows_its_box() {
    let p = "<w:p><w:sdt><w:sdtPr><w14:checkbox/></w:sdtPr><w:sdtContent/></w:sdt>\
             <w:sdt><w:sdtPr><w14:checkbox><w14:checked/></w14:checkbox></w:sdtPr><w:sdtContent></w:sdtContent></w:sdt></w:p>";
    assert_eq!(texts(p), ["☐☒"]);
}

fn form_field(inner: &str) -> String {
    format!(
        "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/>\
         <w:checkBox><w:sizeAuto/>{inner}</w:checkBox></w:ffData></w:fldChar></w:r>\
         <w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r>\
         <w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
    )
}

#[test]
fn legacy_check_boxes_by_checked_then_default() {
    let cases = [
        ("<w:checked/>", "☒"),
        ("<w:checked w:val=\"0\"/>", "☐"),
        ("<w:default w:val=\"1\"/>", "☒"),
        ("<w:default w:val=\"0\"/>", "☐"),
        ("<w:default w:val=\"1\"/><w:checked w:val=\"false\"/>", "☐"),
        ("", "☐"),
    ];
    for (inner, want) in cases {
        assert_eq!(
            texts(&format!("<w:p>{}</w:p>", form_field(inner))),
            [want],
            "{inner}"
        );
    }
}

#[test]
fn a_text_field_default_is_not_a_tick() {
    // `w:default` of a text input is its default text, no state.
    let p = "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:textInput>\
             <w:default w:val=\"1\"/></w:textInput></w:ffData></w:fldChar></w:r>\
             <w:r><w:instrText> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>\
             <w:r><w:t>typed</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>";
    assert_eq!(texts(p), ["typed"]);
}

#[test]
fn symbols_become_the_characters_the_mark_reader_knows() {
    let sym = |font: &str, c: &str| format!("<w:r><w:sym w:font=\"{font}\" w:char=\"{c}\"/></w:r>");
    let p = format!(
        "<w:p>{}{}{}{}{}<w:r><w:sym w:char=\"F0A8\"/></w:r></w:p>",
        sym("Wingdings", "F0FE"),
        sym("Wingdings", "A8"),
        sym("MS Gothic", "2612"),
        sym("Wingdings 2", "0052"),
        sym("Arial", "0078"),
    );
    assert_eq!(texts(&p), ["\u{F0FE}\u{F0A8}☒☑x\u{F0A8}"]);
    let typed = "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"Wingdings\" w:hAnsi=\"Wingdings\"/></w:rPr>\
                 <w:t>þ¨</w:t></w:r><w:r><w:t>þ</w:t></w:r></w:p>";
    assert_eq!(texts(typed), ["\u{F0FE}\u{F0A8}þ"]);
}

#[test]
fn tracked_changes_are_read_as_accepted() {
    let p = "<w:p><w:r><w:t>kept</w:t></w:r><w:ins w:id=\"1\"><w:r><w:t> added</w:t></w:r></w:ins>\
             <w:del w:id=\"2\"><w:r><w:delText> gone</w:delText></w:r></w:del>\
             <w:moveFrom w:id=\"3\"><w:r><w:t> moved away</w:t></w:r></w:moveFrom></w:p>\
             <w:p><w:pPr><w:rPr><w:del w:id=\"4\"/></w:rPr></w:pPr><w:r><w:t>joined </w:t></w:r></w:p>\
             <w:p><w:r><w:t>to this</w:t></w:r></w:p>";
    assert_eq!(texts(p), ["kept added", "joined to this"]);
}

#[test]
fn breaks_tabs_and_what_is_not_text() {
    let p = "<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs></w:pPr>\
             <w:r><w:t xml:space=\"preserve\">a </w:t><w:br/><w:t>b</w:t><w:tab/><w:t>c</w:t></w:r>\
             <w:r><w:instrText>PAGE</w:instrText></w:r><w:r><w:drawing><w:p><w:r><w:t>box</w:t></w:r></w:p></w:drawing></w:r>\
             <mc:AlternateContent><mc:Choice Requires=\"w14\"><w:r><w:t>!</w:t></w:r></mc:Choice>\
             <mc:Fallback><w:r><w:t>?</w:t></w:r></mc:Fallback></mc:AlternateContent>\
             <w:r><w:t>&lt;&amp;&#x263A;</w:t></w:r></w:p><w:p/>";
    assert_eq!(texts(p), ["a \nb\tc!<&☺", ""]);
}

#[test]
fn table_cells_in_reading_order() {
    let p = "<w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>\
             <w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>c</w:t></w:r></w:p></w:tc></w:tr></w:tbl></w:tc></w:tr>\
             <w:tr><w:tc><w:p><w:r><w:t>d</w:t></w:r></w:p></w:tc></w:tr></w:tbl>";
    assert_eq!(texts(p), ["a", "b", "c", "d"]);
}

#[test]
fn heading_styles_by_name_id_or_outline_level() {
    let styles = "<w:styles xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">\
                  <w:style w:styleId=\"berschrift1\"><w:name w:val=\"heading 1\"/></w:style>\
                  <w:style w:styleId=\"Gliederung\"><w:name w:val=\"Mine\"/><w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr></w:style>\
                  <w:style w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style></w:styles>";
    let ids = heading_styles(styles);
    assert!(ids.contains("berschrift1") && ids.contains("Gliederung"));
    assert!(!ids.contains("Normal"));
    let p = |style: &str| {
        format!("<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>x</w:t></w:r></w:p>")
    };
    let doc = body(&format!(
        "{}{}{}",
        p("berschrift1"),
        p("Heading2"),
        p("Normal")
    ));
    let headings: Vec<bool> = read_document(&doc, &ids)
        .unwrap()
        .into_iter()
        .map(|b| matches!(b, Block::Para(Para { heading: true, .. })))
        .collect();
    assert_eq!(headings, [true, true, false]);
}

fn error_of(bytes: &[u8]) -> Diagnostic {
    let loaded = load(Format::Docx, bytes, &Schema::honlea());
    assert!(loaded.reply.is_none() && loaded.lossy);
    loaded.diagnostics.into_iter().next().unwrap()
}

#[test]
fn hostile_xml_is_refused_with_a_reason() {
    let d = error_of(&docx_of("<w:p><w:r><w:t>unclosed</w:r></w:p>"));
    assert_eq!(d.code, Code::ParseError);
    assert!(d.message.contains("not well-formed XML"), "{}", d.message);
    let d = error_of(&docx_of("<w:p><w:r><w:t>&ext;</w:t></w:r></w:p>"));
    assert!(
        d.message.contains("undefined entity `&ext;`"),
        "{}",
        d.message
    );
    let doctype = "<!DOCTYPE w:document [<!ENTITY ext SYSTEM \"file:///etc/passwd\">]>";
    let xml = format!(
        "{doctype}{}",
        body("<w:p><w:r><w:t>&ext;</w:t></w:r></w:p>")
    );
    let bytes = zip_of(
        &[("word/document.xml", xml.as_bytes())],
        CompressionMethod::Stored,
    );
    assert!(error_of(&bytes).message.contains("DOCTYPE"));
    let many = "<w:p/>".repeat(xml_read::MAX_PARAGRAPHS + 1);
    // Stored, not deflated: it would be refused as a zip bomb first.
    let doc = body(&many);
    let d = error_of(&zip_of(
        &[("word/document.xml", doc.as_bytes())],
        CompressionMethod::Stored,
    ));
    assert_eq!(d.code, Code::LimitExceeded, "{}", d.message);
    assert!(d.message.contains("paragraphs"), "{}", d.message);
    let deep = "<w:tbl>".repeat(300);
    let d = error_of(&docx_of(&deep));
    assert_eq!(d.code, Code::LimitExceeded, "{}", d.message);
}

#[test]
fn too_many_entries_are_refused() {
    let names: Vec<String> = (0..=zip_read::MAX_ENTRIES)
        .map(|i| format!("f{i}"))
        .collect();
    let parts: Vec<(&str, &[u8])> = names.iter().map(|n| (n.as_str(), &b""[..])).collect();
    let d = error_of(&zip_of(&parts, CompressionMethod::Stored));
    assert_eq!(d.code, Code::LimitExceeded);
    assert!(d.message.contains("entries"), "{}", d.message);
}

#[test]
fn a_part_larger_than_the_cap_is_refused_however_it_compresses() {
    let big = vec![b' '; zip_read::MAX_PART_BYTES as usize + 10];
    let d = error_of(&zip_of(
        &[("word/document.xml", &big)],
        CompressionMethod::Stored,
    ));
    assert_eq!(d.code, Code::LimitExceeded);
    assert!(d.message.contains("unpacks to more than"), "{}", d.message);
}

#[test]
fn other_files_say_what_they_are() {
    assert!(error_of(b"").message.contains("empty"));
    assert!(error_of(b"\xD0\xCF\x11\xE0rest").message.contains(".doc"));
    assert!(error_of(b"{\\rtf1").message.contains("RTF"));
    let xlsx = zip_of(&[("xl/workbook.xml", b"<x/>")], CompressionMethod::Stored);
    assert!(error_of(&xlsx).message.contains("Excel"));
    assert!(error_of(b"PK\x03\x04garbage").message.contains("damaged"));
}

#[test]
fn written_documents_read_back_and_are_the_same_bytes_each_time() {
    let schema = Schema::honlea();
    let reply = crate::formats::tests::sample();
    let a = write_reply(Format::Docx, &reply, &schema);
    let b = write_reply(Format::Docx, &reply, &schema);
    assert_eq!(a, b);
    assert!(check_written(Format::Docx, &reply, &a, &schema).is_ok());
    let parts = zip_read::open(&a).unwrap();
    assert!(parts.styles.is_some());
    assert!(parts.document.contains("<w14:checked w14:val=\"1\"/>"));
    assert!(parts.document.contains("mc:Ignorable=\"w14\""));
    // Every part is well-formed XML.
    let mut archive = zip::ZipArchive::new(Cursor::new(&a)).unwrap();
    for i in 0..archive.len() {
        let mut text = String::new();
        std::io::Read::read_to_string(&mut archive.by_index(i).unwrap(), &mut text).unwrap();
        let mut reader = quick_xml::Reader::from_str(&text);
        loop {
            match reader.read_event() {
                Ok(quick_xml::events::Event::Eof) => break,
                Ok(_) => {}
                Err(e) => panic!("part {i}: {e}"),
            }
        }
    }
}

#[test]
fn text_that_xml_cannot_hold_is_refused_not_written_wrongly() {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_answer(
        "I.1",
        Answer::new(Some(Choice::Yes), Some("bell \u{7} here")),
    );
    let bytes = write_reply(Format::Docx, &reply, &schema);
    let err = check_written(Format::Docx, &reply, &bytes, &schema).unwrap_err();
    assert!(err.contains("comments"), "{err}");
    // XML's own characters are escaped and come back.
    reply.set_answer(
        "I.1",
        Answer::new(Some(Choice::Yes), Some("<a href=\"x\">&amp;</a> ' ]]>")),
    );
    let bytes = write_reply(Format::Docx, &reply, &schema);
    assert!(check_written(Format::Docx, &reply, &bytes, &schema).is_ok());
}

#[test]
fn a_comment_quoting_the_form_stays_a_comment_in_a_styled_document() {
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    let quoting =
        "Issue II: Alternatives\n\nRecommendation 2\n\nAny action taken ☒ YES ☐ NO\n\nComments:";
    reply.set_answer("I.1", Answer::new(Some(Choice::No), Some(quoting)));
    let bytes = write_reply(Format::Docx, &reply, &schema);
    let loaded = load(Format::Docx, &bytes, &schema);
    assert_eq!(loaded.reply, Some(reply));
}

#[test]
fn a_line_is_a_paragraph() {
    let inner = "<w:p><w:r><w:t>Issue I: Use of the Internet for drug-related activities</w:t></w:r></w:p>\
                 <w:p><w:r><w:t>Recommendation 1</w:t></w:r></w:p>\
                 <w:p><w:r><w:t>Any action taken</w:t><w:br/><w:t>☒ YES ☒ NO</w:t></w:r></w:p>";
    let loaded = load(Format::Docx, &docx_of(inner), &Schema::honlea());
    let text = loaded.text.unwrap();
    assert_eq!(text.lines().count(), 3);
    assert_eq!(text.lines().nth(2), Some("Any action taken ☒ YES ☒ NO"));
    let d = loaded
        .diagnostics
        .iter()
        .find(|d| d.code == Code::InvalidChoice)
        .unwrap();
    let start = d.span.clone().unwrap().start;
    assert_eq!(
        text[..start].matches('\n').count(),
        2,
        "the third paragraph"
    );
}

#[test]
fn headings_styled_only_in_part_are_still_found_by_their_words() {
    // The issue in a heading style, the recommendations typed in bold: the
    // words and the context decide, as in plain text.
    let p = |style: &str, text: &str| {
        format!(
            "<w:p><w:pPr><w:pStyle w:val=\"{style}\"/></w:pPr><w:r><w:t>{text}</w:t></w:r></w:p>"
        )
    };
    let inner = [
        p(
            "Heading1",
            "Issue I: Use of the Internet for drug-related activities",
        ),
        p("Normal", "Recommendation 1"),
        p("Normal", "Any action taken ☒ YES ☐ NO"),
        p("Normal", "Recommendation 2"),
        p("Normal", "Any action taken ☐ YES ☒ NO"),
    ]
    .concat();
    let reply = load(Format::Docx, &docx_of(&inner), &Schema::honlea())
        .reply
        .unwrap();
    let choice = |id: &str| reply.answer(id).and_then(|a| a.action_taken);
    assert_eq!(
        (choice("I.1"), choice("I.2")),
        (Some(Choice::Yes), Some(Choice::No))
    );
}

#[test]
fn a_cell_closed_where_none_was_opened_loses_nothing_else() {
    // `w:tc` opened inside paragraph properties (read past) but closed after.
    let inner = "<w:p><w:r><w:t>before</w:t></w:r></w:p>\
                 <w:tbl><w:tr><w:tc><w:p><w:r><w:t>cell</w:t></w:r></w:p></w:tc></w:tr></w:tbl>\
                 <w:p><w:pPr><w:tc/></w:pPr><w:r><w:t>after</w:t></w:r></w:p>";
    assert_eq!(texts(inner), ["before", "cell", "after"]);
}

#[test]
fn a_respondent_field_the_schema_lacks_is_refused() {
    // The form has no place for it, as in plain text.
    let schema = Schema::honlea();
    let mut reply = Reply::empty(&schema);
    reply.set_field("fax", "+1 555");
    let bytes = write_reply(Format::Docx, &reply, &schema);
    let err = check_written(Format::Docx, &reply, &bytes, &schema).unwrap_err();
    assert!(err.contains("`fax`"), "{err}");
}

#[test]
fn a_content_control_showing_its_placeholder_is_empty() {
    let p = "<w:p><w:r><w:t xml:space=\"preserve\">Name of country: </w:t></w:r>\
             <w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>\
             <w:r><w:t>Click or tap here to enter text.</w:t></w:r></w:sdtContent></w:sdt></w:p>\
             <w:p><w:sdt><w:sdtPr><w:alias w:val=\"Date\"/></w:sdtPr><w:sdtContent>\
             <w:r><w:t>15 May 2019</w:t></w:r></w:sdtContent></w:sdt></w:p>";
    assert_eq!(texts(p), ["Name of country: ", "15 May 2019"]);
}
