//! Scrim's detection core: finds sensitive entities in text typed into AI chats.
//!
//! The core is plain Rust with no browser dependency. It finds e-mail addresses, phone
//! numbers, payment cards, bank accounts, national IDs, credentials and API keys, network
//! identifiers, crypto wallets, names, addresses, birth dates, confidentiality markers and
//! the user's own terms — validating check digits and reading context where a format has
//! them — and it masks findings with placeholders that can be restored locally.
//!
//! The extension runs it as WebAssembly (see `wasm.rs`, the only file that knows about
//! wasm-bindgen); the `scrim` command-line tool runs the same code natively.
//!
//! # Example
//!
//! ```
//! use scrim::{mask, restore, Category, ScannerBuilder, Sensitivity, Vault};
//!
//! let scanner = ScannerBuilder::new()
//!     .sensitivity(Sensitivity::Balanced)
//!     .custom_term("Project Falcon")
//!     .build()?;
//!
//! let prompt = "Draft a press note on Project Falcon.";
//! let findings = scanner.scan(prompt);
//! assert_eq!(findings[0].category, Category::Custom);
//!
//! let mut vault = Vault::new();
//! let masked = mask(prompt, &findings, &mut vault);
//! assert_eq!(masked.text, "Draft a press note on [TERM_1].");
//!
//! let answer = "Here is a note about [TERM_1].";
//! assert_eq!(restore(answer, &vault).text, "Here is a note about Project Falcon.");
//! # Ok::<(), scrim::Error>(())
//! ```
#![deny(missing_docs)]

mod checksum;
mod context;
mod error;
mod finding;
mod mask;
mod normalize;
mod policy;
mod recognizers;
mod scanner;
#[cfg(any(target_arch = "wasm32", test))]
mod utf16;
#[cfg(target_arch = "wasm32")]
mod wasm;

pub use error::Error;
pub use finding::{Category, Finding, Sensitivity, Severity};
pub use mask::{label, mask, restore, Masked, Replacement, Restored, Vault};
pub use policy::{CustomPattern, Policy};
pub use scanner::{kinds, validate_pattern, Scanner, ScannerBuilder};
