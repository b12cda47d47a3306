use crate::formats::Layout;
use crate::schema::Schema;
pub(crate) fn write(_l: &Layout<'_>, _s: &Schema) -> Vec<u8> {
    Vec::new()
}
