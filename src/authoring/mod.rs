//! Writing a questionnaire schema: reading one out of the form the
//! secretariat sends (`qnr schema import`, [`import`]), a commented
//! skeleton to start from (`qnr schema init`, [`skeleton`]), and the proof
//! that the forms of a schema read back to what was written in them
//! (`qnr schema check`, [`proof`]).

pub(crate) mod import;
pub(crate) mod proof;
pub(crate) mod skeleton;
