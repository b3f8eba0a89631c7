//! Recognizers for the `address` family (being written).

use super::Recognizer;

/// The recognizers of this family.
pub(crate) fn recognizers() -> Vec<Box<dyn Recognizer>> {
    Vec::new()
}
