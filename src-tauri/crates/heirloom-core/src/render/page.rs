//! A page as a short list of what to draw, in points from the top-left corner. The card and
//! guide layouts produce it; the SVG, PNG and PDF writers only translate it.

use super::fonts::{self, Face};
use crate::error::Result;

/// Points per millimetre.
pub(crate) const PT_PER_MM: f32 = 72.0 / 25.4;

/// Something drawn on a page. `ink` is 1.0 for black, less for grey.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Item {
    /// A filled rectangle: QR modules, rules, cut marks.
    Rect {
        x: f32,
        y: f32,
        w: f32,
        h: f32,
        ink: f32,
    },
    /// One line of text, starting at `x` on the baseline `y`.
    Text {
        x: f32,
        y: f32,
        size: f32,
        face: Face,
        ink: f32,
        text: String,
    },
}

/// A page (or a single card's canvas).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Page {
    pub width: f32,
    pub height: f32,
    pub items: Vec<Item>,
}

impl Page {
    pub(crate) fn new(width: f32, height: f32) -> Self {
        Page {
            width,
            height,
            items: Vec::new(),
        }
    }

    pub(crate) fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, ink: f32) {
        self.items.push(Item::Rect { x, y, w, h, ink });
    }

    pub(crate) fn text(&mut self, x: f32, y: f32, size: f32, face: Face, ink: f32, text: &str) {
        if !text.is_empty() {
            self.items.push(Item::Text {
                x,
                y,
                size,
                face,
                ink,
                text: text.to_string(),
            });
        }
    }

    /// Text ending at `right`.
    pub(crate) fn text_right(
        &mut self,
        right: f32,
        y: f32,
        size: f32,
        face: Face,
        ink: f32,
        text: &str,
    ) -> Result<()> {
        let w = fonts::width(face, size, text)?;
        self.text(right - w, y, size, face, ink, text);
        Ok(())
    }

    /// Text centred on `center`.
    pub(crate) fn text_center(
        &mut self,
        center: f32,
        y: f32,
        size: f32,
        face: Face,
        ink: f32,
        text: &str,
    ) -> Result<()> {
        let w = fonts::width(face, size, text)?;
        self.text(center - w / 2.0, y, size, face, ink, text);
        Ok(())
    }

    /// Everything of `other`, moved by (`dx`, `dy`).
    pub(crate) fn place(&mut self, other: &Page, dx: f32, dy: f32) {
        for item in &other.items {
            self.items.push(match item.clone() {
                Item::Rect { x, y, w, h, ink } => Item::Rect {
                    x: x + dx,
                    y: y + dy,
                    w,
                    h,
                    ink,
                },
                Item::Text {
                    x,
                    y,
                    size,
                    face,
                    ink,
                    text,
                } => Item::Text {
                    x: x + dx,
                    y: y + dy,
                    size,
                    face,
                    ink,
                    text,
                },
            });
        }
    }
}

/// A number for SVG and PDF text: at most two decimals, no trailing zeros.
pub(crate) fn num(v: f32) -> String {
    let s = format!("{v:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}
