//! What the UI receives: public data only (handles, fingerprints, card texts), by the part of
//! the app it serves. Everything is re-exported here, so callers name `crate::views::…`.

mod backup;
mod phrase;
mod recovery;
mod sets;

pub use backup::*;
pub use phrase::*;
pub use recovery::*;
pub use sets::*;
