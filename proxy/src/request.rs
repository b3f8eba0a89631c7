//! Masking a chat request: finds every text an OpenAI- or Anthropic-style request carries
//! (message contents as strings or parts, system prompts, tool calls and tool results) and
//! replaces sensitive values with typed placeholders from one vault per request, so the same
//! value reads the same in every message. A body whose shape is not understood is refused,
//! never forwarded as it is.

use crate::restore::Restorer;
use scrim::{mask, Scanner, Vault};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// The API a request speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Dialect {
    /// `POST /v1/chat/completions`.
    OpenAi,
    /// `POST /v1/messages`.
    Anthropic,
}

/// A masked request: what to restore the answer with and how much was masked.
#[derive(Debug)]
pub struct Screened {
    /// The placeholders issued and their originals.
    pub restorer: Restorer,
    /// Findings masked, per category name.
    pub counts: BTreeMap<&'static str, usize>,
}

/// Why a request body cannot be screened.
#[derive(Debug, PartialEq, Eq)]
pub struct Refusal(pub String);

struct Masker<'s> {
    scanner: &'s Scanner,
    vault: Vault,
    placeholders: BTreeSet<String>,
    counts: BTreeMap<&'static str, usize>,
}

impl Masker<'_> {
    fn text(&mut self, text: &mut String) {
        let findings = self.scanner.scan(text);
        if findings.is_empty() {
            return;
        }
        for finding in &findings {
            *self.counts.entry(finding.category.as_str()).or_insert(0) += 1;
        }
        let masked = mask(text, &findings, &mut self.vault);
        self.placeholders
            .extend(masked.replacements.into_iter().map(|r| r.placeholder));
        *text = masked.text;
    }

    fn masked(&self) -> usize {
        self.counts.values().sum()
    }

    /// Every string inside a JSON value (a tool call's input).
    fn strings(&mut self, value: &mut Value) {
        match value {
            Value::String(s) => self.text(s),
            Value::Array(items) => items.iter_mut().for_each(|v| self.strings(v)),
            Value::Object(map) => map.values_mut().for_each(|v| self.strings(v)),
            _ => {}
        }
    }

    /// A string holding JSON (tool-call arguments): its strings are masked and it is
    /// written back, so escapes stay intact; text that is not JSON is masked as text.
    fn json_text(&mut self, text: &mut String) {
        match serde_json::from_str::<Value>(text) {
            Ok(mut value) => {
                let masked_before = self.masked();
                self.strings(&mut value);
                if self.masked() != masked_before {
                    *text = value.to_string();
                }
            }
            Err(_) => self.text(text),
        }
    }

    fn optional_text(&mut self, field: Option<&mut Value>, name: &str) -> Result<(), Refusal> {
        match field {
            None | Some(Value::Null) => Ok(()),
            Some(Value::String(s)) => {
                self.text(s);
                Ok(())
            }
            Some(_) => Err(Refusal(format!("'{name}' must be a string"))),
        }
    }
}

/// Masks `body` in place; returns what the answer must be restored with.
pub fn screen(body: &mut Value, dialect: Dialect, scanner: &Scanner) -> Result<Screened, Refusal> {
    let mut masker = Masker {
        scanner,
        vault: Vault::new(),
        placeholders: BTreeSet::new(),
        counts: BTreeMap::new(),
    };
    let object = body
        .as_object_mut()
        .ok_or_else(|| Refusal("the request body must be a JSON object".into()))?;
    if dialect == Dialect::Anthropic {
        match object.get_mut("system") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => masker.text(s),
            Some(Value::Array(blocks)) => anthropic_blocks(&mut masker, blocks, "system")?,
            Some(_) => return Err(Refusal("'system' must be a string or an array".into())),
        }
    }
    let messages = object
        .get_mut("messages")
        .and_then(Value::as_array_mut)
        .ok_or_else(|| Refusal("'messages' must be an array".into()))?;
    for (i, message) in messages.iter_mut().enumerate() {
        let message = message
            .as_object_mut()
            .ok_or_else(|| Refusal(format!("messages[{i}] must be an object")))?;
        let place = format!("messages[{i}].content");
        match message.get_mut("content") {
            None | Some(Value::Null) => {}
            Some(Value::String(s)) => masker.text(s),
            Some(Value::Array(parts)) => match dialect {
                Dialect::OpenAi => openai_parts(&mut masker, parts, &place)?,
                Dialect::Anthropic => anthropic_blocks(&mut masker, parts, &place)?,
            },
            Some(_) => return Err(Refusal(format!("'{place}' must be a string or an array"))),
        }
        if dialect == Dialect::OpenAi {
            masker.optional_text(message.get_mut("reasoning_content"), "reasoning_content")?;
            masker.optional_text(message.get_mut("refusal"), "refusal")?;
            openai_tool_calls(&mut masker, message, i)?;
        }
    }
    Ok(Screened {
        restorer: Restorer::new(masker.vault, masker.placeholders),
        counts: masker.counts,
    })
}

/// OpenAI content parts: `{type: "text", text}`; images and audio carry no text to mask.
fn openai_parts(masker: &mut Masker, parts: &mut [Value], place: &str) -> Result<(), Refusal> {
    for (j, part) in parts.iter_mut().enumerate() {
        let part = part
            .as_object_mut()
            .ok_or_else(|| Refusal(format!("{place}[{j}] must be an object")))?;
        masker.optional_text(part.get_mut("text"), &format!("{place}[{j}].text"))?;
        masker.optional_text(part.get_mut("refusal"), &format!("{place}[{j}].refusal"))?;
    }
    Ok(())
}

/// An assistant message's `tool_calls[].function.arguments` (and the older
/// `function_call.arguments`): JSON in a string.
fn openai_tool_calls(
    masker: &mut Masker,
    message: &mut serde_json::Map<String, Value>,
    i: usize,
) -> Result<(), Refusal> {
    let mut functions = Vec::new();
    for (key, value) in message.iter_mut() {
        match (key.as_str(), value) {
            ("tool_calls", Value::Null) => {}
            ("tool_calls", Value::Array(calls)) => {
                functions.extend(calls.iter_mut().filter_map(|c| c.get_mut("function")))
            }
            ("tool_calls", _) => {
                return Err(Refusal(format!(
                    "messages[{i}].tool_calls must be an array"
                )))
            }
            ("function_call", function) => functions.push(function),
            _ => {}
        }
    }
    for function in functions {
        match function.get_mut("arguments") {
            None | Some(Value::Null) => {}
            Some(Value::String(arguments)) => masker.json_text(arguments),
            Some(_) => {
                return Err(Refusal(format!(
                    "messages[{i}]: tool call arguments must be a string"
                )))
            }
        }
    }
    Ok(())
}

/// Anthropic content blocks: `text`, `tool_use` input, `tool_result` content (a string or
/// blocks again) and plain-text documents. Thinking blocks are signed by the upstream and
/// hold only what the model wrote about the masked prompt, so they pass as they are.
fn anthropic_blocks(masker: &mut Masker, blocks: &mut [Value], place: &str) -> Result<(), Refusal> {
    for (j, block) in blocks.iter_mut().enumerate() {
        let here = format!("{place}[{j}]");
        let block = block
            .as_object_mut()
            .ok_or_else(|| Refusal(format!("{here} must be an object")))?;
        let kind = block
            .get("type")
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string();
        if matches!(kind.as_str(), "thinking" | "redacted_thinking") {
            continue;
        }
        masker.optional_text(block.get_mut("text"), &format!("{here}.text"))?;
        match kind.as_str() {
            "tool_use" | "server_tool_use" => {
                if let Some(input) = block.get_mut("input") {
                    masker.strings(input);
                }
            }
            "tool_result" => match block.get_mut("content") {
                None | Some(Value::Null) => {}
                Some(Value::String(s)) => masker.text(s),
                Some(Value::Array(inner)) => {
                    anthropic_blocks(masker, inner, &format!("{here}.content"))?
                }
                Some(_) => {
                    return Err(Refusal(format!(
                        "{here}.content must be a string or an array"
                    )))
                }
            },
            "document" => {
                if let Some(source) = block.get_mut("source") {
                    if source.get("type").and_then(Value::as_str) == Some("text") {
                        masker.optional_text(
                            source.get_mut("data"),
                            &format!("{here}.source.data"),
                        )?;
                    }
                }
            }
            _ => {}
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use scrim::ScannerBuilder;
    use serde_json::json;

    fn scanner() -> Scanner {
        ScannerBuilder::new().custom_term("Falcon").build().unwrap()
    }

    #[test]
    fn openai_messages_share_one_vault() {
        let mut body = json!({"model": "m", "messages": [
            {"role": "system", "content": "Project Falcon is secret"},
            {"role": "user", "content": [{"type": "text", "text": "Falcon again"},
                                          {"type": "image_url", "image_url": {"url": "x"}}]},
            {"role": "assistant", "content": null, "tool_calls": [{"id": "c", "type": "function",
                "function": {"name": "f", "arguments": "{\"q\":\"Falcon\"}"}}]},
            {"role": "tool", "tool_call_id": "c", "content": "Falcon found"}
        ]});
        let screened = screen(&mut body, Dialect::OpenAi, &scanner()).unwrap();
        assert!(!body.to_string().contains("Falcon"));
        assert_eq!(body["messages"][0]["content"], "Project [TERM_1] is secret");
        assert_eq!(body["messages"][1]["content"][0]["text"], "[TERM_1] again");
        assert_eq!(
            body["messages"][2]["tool_calls"][0]["function"]["arguments"],
            "{\"q\":\"[TERM_1]\"}"
        );
        assert_eq!(screened.counts["custom"], 4);
        assert_eq!(screened.restorer.text("[TERM_1]"), "Falcon");
    }

    #[test]
    fn anthropic_system_blocks_and_tool_results() {
        let mut body = json!({"model": "m", "system": [{"type": "text", "text": "Falcon"}],
        "messages": [
            {"role": "user", "content": "about Falcon"},
            {"role": "assistant", "content": [{"type": "tool_use", "id": "t", "name": "f",
                "input": {"q": ["Falcon"]}}]},
            {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t",
                "content": [{"type": "text", "text": "Falcon ok"}]}]}
        ]});
        screen(&mut body, Dialect::Anthropic, &scanner()).unwrap();
        assert!(!body.to_string().contains("Falcon"), "{body}");
        assert_eq!(
            body["messages"][1]["content"][0]["input"]["q"][0],
            "[TERM_1]"
        );
    }

    #[test]
    fn shapes_not_understood_are_refused() {
        for body in [
            json!([1, 2]),
            json!({"model": "m"}),
            json!({"messages": "hello Falcon"}),
            json!({"messages": [{"role": "user", "content": 7}]}),
            json!({"messages": [{"role": "user", "content": [{"type": "text", "text": 1}]}]}),
        ] {
            let mut body = body;
            assert!(
                screen(&mut body, Dialect::OpenAi, &scanner()).is_err(),
                "{body}"
            );
        }
    }
}
