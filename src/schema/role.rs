//! What a respondent field means to qnr beyond its label: the State that
//! replies, the date the reply was submitted. The ids are the author's to
//! choose (`pays`, `fecha`, `submitted`); the role says which field is
//! which, so `report` can name States and apply `--cutoff`, and `fill` can
//! suggest today's date, whatever the fields are called.

use serde::Deserialize;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// The State (country) the reply comes from.
    Country,
    /// The date of submission, `YYYY-MM-DD`.
    Date,
}

impl Role {
    /// The role as the schema spells it: `country`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Country => "country",
            Role::Date => "date",
        }
    }
}
