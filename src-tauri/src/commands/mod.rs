//! The commands, grouped by what they act on. Each is a few lines over the core.

pub mod about;
pub mod backup;
pub mod passphrase;
pub mod phrase;
pub mod print;
pub mod recovery;
pub mod sets;
pub mod wallets;
