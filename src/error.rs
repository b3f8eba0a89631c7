//! The crate's one error type: opaque, with a message meant for the person who wrote the
//! offending policy (a custom pattern, a custom term).

use std::fmt;

/// An error building a [`Scanner`](crate::Scanner) from a [`Policy`](crate::Policy).
///
/// The message names the problem and, for a custom pattern, its name and the position of
/// the mistake:
///
/// ```
/// let err = scrim::ScannerBuilder::new()
///     .custom_pattern("ticket", "TICKET-(\\d+")
///     .build()
///     .unwrap_err();
/// assert_eq!(
///     err.to_string(),
///     "custom pattern 'ticket': unclosed group at character 8"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    message: String,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error {
            message: message.into(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
