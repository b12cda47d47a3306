//! A format-neutral document tree that remembers where every key and value
//! stands in the file and keeps duplicate keys (serde maps would silently
//! drop them, and that is lost data). JSON, TOML and YAML parse into it; the
//! reply reader walks it once for both the model and the diagnostics.

pub(crate) mod json;
pub(crate) mod toml;
pub(crate) mod yaml;

use crate::i18n::t;
use std::ops::Range;

use crate::diagnostic::Code;

/// Deepest nesting accepted. A reply needs three levels.
pub(crate) const MAX_DEPTH: usize = 64;
/// Most values accepted in one file. A reply needs about a hundred.
pub(crate) const MAX_NODES: usize = 200_000;

#[derive(Clone, Debug, PartialEq)]
pub struct Node {
    pub value: Value,
    pub span: Range<usize>,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    Null,
    Bool(bool),
    /// A number, as written.
    Number(String),
    String(String),
    Array(Vec<Node>),
    /// Entries in file order, duplicates included.
    Object(Vec<Entry>),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    pub key: String,
    pub key_span: Range<usize>,
    pub value: Node,
}

impl Value {
    /// The kind of value in words, for messages ("found a number").
    /// What kind of value this is, in words: `a list`.
    pub fn kind(&self) -> String {
        match self {
            Value::Null => t!("common-kind-null"),
            Value::Bool(_) => t!("common-kind-bool"),
            Value::Number(_) => t!("common-kind-number"),
            Value::String(_) => t!("common-kind-text"),
            Value::Array(_) => t!("common-kind-list"),
            Value::Object(_) => t!("common-kind-object"),
        }
    }
}

/// Why a file could not be parsed, and where.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    pub code: Code,
    pub message: String,
    pub span: Range<usize>,
    /// The file holds nothing but white space (`qnr new` makes a start).
    pub empty: bool,
}

impl ParseError {
    pub fn new(message: impl Into<String>, span: Range<usize>) -> Self {
        ParseError {
            code: Code::ParseError,
            message: message.into(),
            span,
            empty: false,
        }
    }

    /// A file with nothing in it.
    pub fn empty() -> Self {
        ParseError {
            empty: true,
            ..ParseError::new(t!("tree-empty"), 0..0)
        }
    }

    pub fn limit(message: impl Into<String>, span: Range<usize>) -> Self {
        ParseError {
            code: Code::LimitExceeded,
            ..ParseError::new(message, span)
        }
    }
}

/// Counts nodes as a parser builds them, so a hostile file cannot make qnr
/// build an enormous tree.
#[derive(Default)]
pub(crate) struct Budget {
    nodes: usize,
}

impl Budget {
    pub(crate) fn take(&mut self, span: &Range<usize>) -> Result<(), ParseError> {
        self.nodes += 1;
        if self.nodes > MAX_NODES {
            Err(ParseError::limit(
                t!("tree-too-many-values", max = MAX_NODES.to_string()),
                span.clone(),
            ))
        } else {
            Ok(())
        }
    }
}

pub(crate) fn too_deep(span: Range<usize>) -> ParseError {
    ParseError::limit(t!("tree-too-deep", max = MAX_DEPTH.to_string()), span)
}
