//! placeholder
use super::Loaded;
use crate::schema::Schema;
pub(super) fn load(_bytes: &[u8], _schema: &Schema) -> Loaded {
    Loaded::default()
}
pub(super) fn write(_l: &super::Layout<'_>, _s: &Schema) -> Vec<u8> {
    Vec::new()
}
