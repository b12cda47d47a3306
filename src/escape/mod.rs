//! Text that came from a file is data wherever it goes: each output it can
//! reach has its escaper here, so none is written twice.

pub(crate) mod html;
pub(crate) mod json;
pub(crate) mod markdown;
pub(crate) mod spreadsheet;
pub(crate) mod terminal;
pub(crate) mod visible;
