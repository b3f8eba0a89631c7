//! The WebAssembly boundary: the only file that knows about wasm-bindgen.
//!
//! It converts the core's UTF-8 byte offsets to the UTF-16 offsets JavaScript strings use
//! (and back, for findings handed to `mask`), returns plain JSON-compatible objects rather
//! than handles JavaScript would have to free, and turns every error into a `JsError`
//! instead of a panic. A panic hook is installed once, when the first engine is created.

use crate::utf16::Utf16Map;
use crate::{mask, restore, Category, Finding, Policy, Scanner, ScannerBuilder, Vault};
use serde::{Deserialize, Serialize};
use std::sync::Once;
use wasm_bindgen::prelude::*;

/// A finding as JavaScript sees it.
#[derive(Serialize, Deserialize)]
struct JsFinding {
    category: Category,
    kind: String,
    start: usize,
    end: usize,
    #[serde(default)]
    text: String,
    #[serde(default)]
    score: f32,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    severity: String,
}

/// A placeholder span as JavaScript sees it.
#[derive(Serialize)]
struct JsReplacement {
    placeholder: String,
    original: String,
    start: usize,
    end: usize,
}

#[derive(Serialize)]
struct JsMasked {
    text: String,
    vault: Vault,
    replacements: Vec<JsReplacement>,
}

#[derive(Serialize)]
struct JsRestored {
    text: String,
    restored: Vec<JsReplacement>,
}

fn to_js<T: Serialize>(value: &T) -> Result<JsValue, JsError> {
    value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&e.to_string()))
}

fn replacements_to_js(text: &str, list: Vec<crate::Replacement>) -> Vec<JsReplacement> {
    let map = Utf16Map::new(text);
    list.into_iter()
        .map(|r| JsReplacement {
            start: map.to_utf16(r.start),
            end: map.to_utf16(r.end),
            placeholder: r.placeholder,
            original: r.original,
        })
        .collect()
}

fn vault_from_js(vault: JsValue) -> Result<Vault, JsError> {
    if vault.is_null() || vault.is_undefined() {
        return Ok(Vault::new());
    }
    serde_wasm_bindgen::from_value(vault).map_err(|e| JsError::new(&format!("invalid vault: {e}")))
}

/// A scanner built from a policy object.
#[wasm_bindgen]
pub struct Engine {
    scanner: Scanner,
}

#[wasm_bindgen]
impl Engine {
    /// Builds an engine from a policy object such as
    /// `{sensitivity: "balanced", categories: {email: false}, allowlist: [], custom_terms: [],
    /// custom_patterns: [{name, pattern}]}`; `undefined` means the default policy.
    #[wasm_bindgen(constructor)]
    pub fn new(policy: JsValue) -> Result<Engine, JsError> {
        static PANIC_HOOK: Once = Once::new();
        PANIC_HOOK.call_once(|| std::panic::set_hook(Box::new(console_error_panic_hook::hook)));
        let policy: Policy = if policy.is_null() || policy.is_undefined() {
            Policy::default()
        } else {
            serde_wasm_bindgen::from_value(policy)
                .map_err(|e| JsError::new(&format!("invalid policy: {e}")))?
        };
        let scanner = ScannerBuilder::from_policy(policy)
            .build()
            .map_err(|e| JsError::new(&e.to_string()))?;
        Ok(Engine { scanner })
    }

    /// Scans `text`; returns `[{category, kind, start, end, text, score, reason, severity}]`
    /// with UTF-16 offsets.
    pub fn scan(&self, text: &str) -> Result<JsValue, JsError> {
        let map = Utf16Map::new(text);
        let findings: Vec<JsFinding> = self
            .scanner
            .scan(text)
            .into_iter()
            .map(|f| JsFinding {
                text: f.text(text).to_string(),
                start: map.to_utf16(f.start),
                end: map.to_utf16(f.end),
                severity: f.category.severity().as_str().to_string(),
                category: f.category,
                kind: f.kind,
                score: f.score,
                reason: f.reason,
            })
            .collect();
        to_js(&findings)
    }

    /// Replaces `findings` (as returned by `scan`, UTF-16 offsets into `text`) with
    /// placeholders from `vault` (a vault object or `null`); returns
    /// `{text, vault, replacements: [{placeholder, original, start, end}]}`.
    pub fn mask(&self, text: &str, findings: JsValue, vault: JsValue) -> Result<JsValue, JsError> {
        let mut vault = vault_from_js(vault)?;
        let given: Vec<JsFinding> = serde_wasm_bindgen::from_value(findings)
            .map_err(|e| JsError::new(&format!("invalid findings: {e}")))?;
        let map = Utf16Map::new(text);
        let findings: Vec<Finding> = given
            .into_iter()
            .filter_map(|f| {
                Some(Finding {
                    start: map.to_byte(f.start)?,
                    end: map.to_byte(f.end)?,
                    category: f.category,
                    kind: f.kind,
                    score: f.score,
                    reason: f.reason,
                })
            })
            .collect();
        let masked = mask(text, &findings, &mut vault);
        let replacements = replacements_to_js(&masked.text, masked.replacements);
        to_js(&JsMasked {
            text: masked.text,
            vault,
            replacements,
        })
    }

    /// Puts back the placeholders of `vault` found in `text`; returns
    /// `{text, restored: [{placeholder, original, start, end}]}` with spans in the output.
    pub fn restore(&self, text: &str, vault: JsValue) -> Result<JsValue, JsError> {
        let vault = vault_from_js(vault)?;
        let restored = restore(text, &vault);
        let spans = replacements_to_js(&restored.text, restored.restored);
        to_js(&JsRestored {
            text: restored.text,
            restored: spans,
        })
    }
}

/// Checks a user regular expression; returns `null` when it is usable, else a message
/// naming the problem and its position.
#[wasm_bindgen(js_name = validatePattern)]
pub fn validate_pattern(pattern: &str) -> Option<String> {
    crate::validate_pattern(pattern)
        .err()
        .map(|e| e.to_string())
}

/// Every kind the engine can report.
#[wasm_bindgen]
pub fn kinds() -> Vec<String> {
    crate::kinds().into_iter().map(String::from).collect()
}
