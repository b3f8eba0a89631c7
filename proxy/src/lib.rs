//! `scrim-proxy`: data isolation for API users.
//!
//! A local HTTP proxy for OpenAI-compatible chat completions and Anthropic-compatible
//! messages. Each request's texts are masked with Scrim's typed placeholders before they are
//! forwarded ([`request`]); the answer, whole or streamed ([`sse`]), gets the originals back
//! ([`restore`]) before the caller sees it. The network stack lives in this crate only: the
//! detection core `scrim` and its WebAssembly build stay free of it.

pub mod request;
pub mod restore;
mod server;
pub mod sse;

pub use request::Dialect;
pub use server::{serve, Config};

use restore::Restorer;
use serde_json::Value;

/// Restores the placeholders in a whole (not streamed) answer: OpenAI choices' message
/// texts and tool-call arguments, Anthropic text blocks and tool-use input.
pub fn restore_answer(answer: &mut Value, dialect: Dialect, restorer: &Restorer) {
    match dialect {
        Dialect::OpenAi => {
            let choices = answer.get_mut("choices").and_then(Value::as_array_mut);
            for choice in choices.into_iter().flatten() {
                restore_string(choice.get_mut("text"), restorer, false);
                let Some(message) = choice.get_mut("message") else {
                    continue;
                };
                for field in ["content", "reasoning_content", "refusal"] {
                    restore_string(message.get_mut(field), restorer, false);
                }
                if let Some(Value::Array(parts)) = message.get_mut("content") {
                    for part in parts {
                        restore_string(part.get_mut("text"), restorer, false);
                    }
                }
                let calls = message.get_mut("tool_calls").and_then(Value::as_array_mut);
                for call in calls.into_iter().flatten() {
                    let arguments = call
                        .get_mut("function")
                        .and_then(|f| f.get_mut("arguments"));
                    restore_string(arguments, restorer, true);
                }
                let legacy = message
                    .get_mut("function_call")
                    .and_then(|f| f.get_mut("arguments"));
                restore_string(legacy, restorer, true);
            }
        }
        Dialect::Anthropic => {
            let blocks = answer.get_mut("content").and_then(Value::as_array_mut);
            for block in blocks.into_iter().flatten() {
                match block.get("type").and_then(Value::as_str) {
                    Some("text") => restore_string(block.get_mut("text"), restorer, false),
                    Some("tool_use") => {
                        if let Some(input) = block.get_mut("input") {
                            restorer.value(input);
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

fn restore_string(field: Option<&mut Value>, restorer: &Restorer, json: bool) {
    if let Some(Value::String(s)) = field {
        if s.contains('[') {
            *s = if json {
                restorer.json_text(s)
            } else {
                restorer.text(s)
            };
        }
    }
}
