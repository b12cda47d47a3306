//! What `qnr schema check` warns about in a schema that is valid: things
//! that work, but not as the author probably wants.

use super::{Role, Schema};
use crate::diagnostic::{Code, Diagnostic};
use crate::i18n::t;

/// The warnings about `schema`, in the order of its keys.
pub(crate) fn advice(schema: &Schema) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    if schema.field_with(Role::Country).is_none() {
        out.push(
            Diagnostic::warning(Code::MissingRole, t!("schema-import-no-country-role"))
                .with_help(t!("schema-import-no-country-role-help")),
        );
    }
    if schema.field_with(Role::Date).is_none() {
        out.push(
            Diagnostic::warning(Code::MissingRole, t!("schema-import-no-date-role"))
                .with_help(t!("schema-import-no-date-role-help")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_schema_needs_no_advice() {
        assert_eq!(advice(&Schema::honlea()), []);
    }

    #[test]
    fn a_schema_without_roles_is_told_what_report_cannot_do() {
        let mut schema = Schema::honlea();
        for field in &mut schema.respondent {
            field.role = None;
        }
        let found = advice(&schema);
        assert_eq!(found.len(), 2);
        assert!(found.iter().all(|d| d.code == Code::MissingRole));
        assert!(found[0].message.contains("cannot name the States"));
    }
}
