//! Test tooling: card images as paper, printers, scanners, webcams and phones deliver them.
//! Every image is made from a seed, so a failing case can be reproduced by its number.
//!
//! [`paper`] draws a clean card; [`ops`] holds the degradations (blur, warps, light, stains,
//! compression); [`damage`] the damage that takes a finder pattern or lands on the data;
//! [`scene`] combines them into the categories the decode-rate figures of
//! `docs/benchmarks.md` report; [`printed`] makes real cards whose code is destroyed and
//! whose printed text is legible; [`pdf`] wraps pictures into a PDF as a flatbed scanner does.

pub mod damage;
pub mod hostile;
pub mod ops;
pub mod paper;
pub mod pdf;
pub mod printed;
pub mod scene;

pub use scene::{Category, Scene};
