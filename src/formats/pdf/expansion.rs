//! How much content interpreting a PDF's pages would read, counted before
//! it is read. A page may draw a form XObject (a piece of content drawn by
//! name) that draws another, ten times each, fifty deep: a few kilobytes
//! that take forever to interpret. The same stream may also be listed
//! thousands of times among a page's contents. The forms are walked as the
//! interpreter will walk them, each draw counted and each form read again
//! (the walk stops at the caps, so it stays cheap), and the file is refused
//! past [`MAX_CONTENT`] or [`MAX_DRAWS`]. The walk is made twice: reading a
//! damaged file may repair its cross-reference table on the way, and the
//! interpreter then finds other objects than the first walk did (found by
//! fuzzing).

use std::collections::HashMap;

use hayro_interpret::hayro_syntax::content::TypedIter;
use hayro_interpret::hayro_syntax::content::ops::TypedInstruction;
use hayro_interpret::hayro_syntax::object::{Array, Name, ObjectIdentifier, Stream};
use hayro_interpret::hayro_syntax::page::{Page, Resources};

use crate::formats::messages::PdfLimit;

/// Most content bytes the pages of one PDF may make the interpreter read,
/// counting each time a piece is drawn: interpreting takes about 0.1 ms a
/// kilobyte, so this keeps a file under half a second. The sixteen-item
/// form printed by LibreOffice reads 116 KB, printed by Chromium 500 KB.
pub(crate) const MAX_CONTENT: u64 = 4 * 1024 * 1024;
/// Most times the pages of one PDF may draw a form: each draw costs the
/// interpreter a state saved and restored, whatever the form holds. The
/// forms printed by LibreOffice and Chromium draw none; a letterhead one a page.
pub(crate) const MAX_DRAWS: u64 = 1_000;
/// Deepest nesting of forms followed (the interpreter stops at 50 too).
const MAX_DEPTH: usize = 50;

/// What drawing a piece of content costs: its bytes and the forms it draws,
/// nested ones included.
#[derive(Clone, Copy, Default)]
struct Cost {
    bytes: u64,
    draws: u64,
}

impl Cost {
    fn add(self, other: Cost) -> Cost {
        Cost {
            bytes: self.bytes.saturating_add(other.bytes),
            draws: self.draws.saturating_add(other.draws),
        }
    }
}

struct Counter {
    sizes: HashMap<ObjectIdentifier, u64>,
    total: Cost,
}

const TOO_MUCH: PdfLimit = PdfLimit::Drawn {
    megabytes: MAX_CONTENT / (1024 * 1024),
    draws: MAX_DRAWS,
};

/// `Ok` when the pages can be read within [`MAX_CONTENT`] and [`MAX_DRAWS`].
pub(crate) fn check(pages: &[Page<'_>]) -> Result<(), PdfLimit> {
    walk(pages)?;
    walk(pages)
}

fn walk(pages: &[Page<'_>]) -> Result<(), PdfLimit> {
    let mut counter = Counter {
        sizes: HashMap::new(),
        total: Cost::default(),
    };
    for page in pages {
        let contents = content_size(page, &mut counter.sizes);
        counter.add(Cost {
            bytes: contents,
            draws: 0,
        })?;
        let drawn = counter.drawn(page.typed_operations(), page.resources(), 0)?;
        counter.add(drawn)?;
    }
    Ok(())
}

/// The size of a page's content streams, each counted as often as listed.
fn content_size(page: &Page<'_>, sizes: &mut HashMap<ObjectIdentifier, u64>) -> u64 {
    let mut size_of = |s: Stream<'_>| -> u64 {
        *sizes
            .entry(s.obj_id())
            .or_insert_with(|| s.decoded_data().map_or(0, |d| d.len() as u64))
    };
    let raw = page.raw();
    if let Some(stream) = raw.get::<Stream<'_>>(b"Contents".as_slice()) {
        return size_of(stream);
    }
    raw.get::<Array<'_>>(b"Contents".as_slice())
        .map_or(0, |array| {
            array
                .iter::<Stream<'_>>()
                .fold(0u64, |sum, s| sum.saturating_add(size_of(s)))
        })
}

impl Counter {
    fn add(&mut self, cost: Cost) -> Result<(), PdfLimit> {
        self.total = self.total.add(cost);
        self.check(Cost::default())
    }

    /// Whether the total with `more` stays within the caps.
    fn check(&self, more: Cost) -> Result<(), PdfLimit> {
        let total = self.total.add(more);
        if total.bytes > MAX_CONTENT || total.draws > MAX_DRAWS {
            return Err(TOO_MUCH);
        }
        Ok(())
    }

    /// Bytes of forms drawn by `ops`, their own forms included.
    fn drawn(
        &mut self,
        mut ops: TypedIter<'_>,
        resources: &Resources<'_>,
        depth: usize,
    ) -> Result<Cost, PdfLimit> {
        let mut sum = Cost::default();
        while let Some(op) = ops.next() {
            let TypedInstruction::XObject(x) = op else {
                continue;
            };
            let Some(stream) = resources.get_x_object(x.0) else {
                continue;
            };
            if stream
                .dict()
                .get::<Name<'_>>(b"Subtype".as_slice())
                .as_deref()
                != Some(b"Form".as_slice())
            {
                continue;
            }
            sum = sum.add(self.form(&stream, resources, depth + 1)?);
            self.check(sum)?;
        }
        Ok(sum)
    }

    fn form(
        &mut self,
        stream: &Stream<'_>,
        parent: &Resources<'_>,
        depth: usize,
    ) -> Result<Cost, PdfLimit> {
        if depth > MAX_DEPTH {
            return Err(PdfLimit::Depth(MAX_DEPTH));
        }
        let data = stream
            .decoded_data()
            .map(|d| d.into_owned())
            .unwrap_or_default();
        let own = stream
            .dict()
            .get(b"Resources".as_slice())
            .map(Resources::new);
        let nested = self.drawn(TypedIter::new(&data), own.as_ref().unwrap_or(parent), depth)?;
        let cost = Cost {
            bytes: data.len() as u64,
            draws: 1,
        }
        .add(nested);
        Ok(cost)
    }
}
