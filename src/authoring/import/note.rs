//! What the import is unsure of: each guess a person should check in the
//! schema before using it, with the line of the form it comes from.

/// What part of the schema a guess is about: a row of the import's table.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Part {
    Id,
    Version,
    Title,
    Headings,
    Issues,
    Comments,
    Respondent,
}

/// One guess to check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Note {
    pub part: Part,
    /// The line (text, Markdown) or paragraph (Word) of the form, if one.
    pub at: Option<usize>,
    pub text: String,
}

#[derive(Debug, Default)]
pub(crate) struct Notes {
    pub list: Vec<Note>,
}

impl Notes {
    pub(crate) fn add(&mut self, part: Part, at: Option<usize>, text: impl Into<String>) {
        self.list.push(Note {
            part,
            at,
            text: text.into(),
        });
    }
}
