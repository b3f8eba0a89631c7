//! Restoring a streamed answer (server-sent events) as it passes.
//!
//! Upstream bytes are cut into events at blank lines; each `data:` payload is JSON whose
//! text deltas (OpenAI `choices[].delta.content` and `tool_calls[].function.arguments`,
//! Anthropic `text_delta` and `input_json_delta`) get their placeholders restored. A
//! placeholder split across two deltas is caught by holding back only the tail of a delta
//! that could still grow into one of the request's placeholders; that tail is carried to the
//! next delta of the same choice or block and flushed when it ends. Events that need no
//! change are forwarded byte for byte.

use crate::request::Dialect;
use crate::restore::Restorer;
use serde_json::{json, Map, Value};
use std::collections::BTreeMap;

/// The most bytes one event may take before the stream is given up on.
pub const MAX_EVENT: usize = 4 << 20;

/// Which text a held-back tail belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Slot {
    /// OpenAI: a choice's `content`, `reasoning_content` or `refusal`.
    Field(u64, &'static str),
    /// OpenAI: the arguments of a choice's tool call.
    ToolArguments(u64, u64),
    /// Anthropic: a text block.
    Text(u64),
    /// Anthropic: a tool-use block's partial JSON.
    InputJson(u64),
}

impl Slot {
    fn is_json(self) -> bool {
        matches!(self, Slot::ToolArguments(..) | Slot::InputJson(_))
    }
}

/// An event too large to hold.
#[derive(Debug)]
pub struct EventTooLarge;

/// The restoring state of one streamed response.
pub struct SseRestorer {
    restorer: Restorer,
    dialect: Dialect,
    pending: Vec<u8>,
    held: BTreeMap<Slot, String>,
    /// OpenAI: the last chunk without its choices, to wrap text flushed at the end.
    envelope: Option<Map<String, Value>>,
}

const OPENAI_FIELDS: [&str; 3] = ["content", "reasoning_content", "refusal"];

impl SseRestorer {
    /// A restorer for a response to a request masked into `restorer`.
    pub fn new(restorer: Restorer, dialect: Dialect) -> SseRestorer {
        SseRestorer {
            restorer,
            dialect,
            pending: Vec::new(),
            held: BTreeMap::new(),
            envelope: None,
        }
    }

    /// Takes the next bytes from upstream; returns the bytes to send on, which are the
    /// complete events among them (an event cut by the chunk boundary waits for its end).
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<u8>, EventTooLarge> {
        if self.restorer.is_empty() && self.pending.is_empty() {
            return Ok(chunk.to_vec());
        }
        self.pending.extend_from_slice(chunk);
        let mut out = Vec::with_capacity(self.pending.len() + 64);
        let mut start = 0;
        while let Some(end) = event_end(&self.pending[start..]) {
            let event = self.pending[start..start + end].to_vec();
            self.event(&event, &mut out);
            start += end;
        }
        self.pending.drain(..start);
        if self.pending.len() > MAX_EVENT {
            return Err(EventTooLarge);
        }
        Ok(out)
    }

    /// The stream ended: sends what is left of a last event and every held-back tail.
    pub fn finish(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        if !self.pending.is_empty() {
            let mut event = std::mem::take(&mut self.pending);
            event.extend_from_slice(b"\n\n");
            self.event(&event, &mut out);
        }
        self.flush_all(&mut out);
        out
    }

    fn event(&mut self, event: &[u8], out: &mut Vec<u8>) {
        let Some(data) = event_data(event) else {
            out.extend_from_slice(event);
            return;
        };
        if data.trim() == "[DONE]" {
            self.flush_all(out);
            out.extend_from_slice(event);
            return;
        }
        let Ok(mut value) = serde_json::from_str::<Value>(&data) else {
            out.extend_from_slice(event);
            return;
        };
        let changed = match self.dialect {
            Dialect::OpenAi => self.openai_chunk(&mut value),
            Dialect::Anthropic => self.anthropic_event(&mut value, out),
        };
        if changed {
            write_event(out, event_name(event), &value);
        } else {
            out.extend_from_slice(event);
        }
    }

    /// The restored text of a delta for `slot`, less the tail it now holds back.
    fn delta(&mut self, slot: Slot, delta: &str) -> String {
        let mut text = self.held.remove(&slot).unwrap_or_default();
        text.push_str(delta);
        let cut = self.restorer.pending_start(&text);
        if cut < text.len() {
            self.held.insert(slot, text[cut..].to_string());
            text.truncate(cut);
        }
        if !text.contains('[') {
            text
        } else if slot.is_json() {
            self.restorer.json_text(&text)
        } else {
            self.restorer.text(&text)
        }
    }

    /// Restores a text field in place; whether it changed.
    fn field(&mut self, slot: Slot, field: Option<&mut Value>) -> bool {
        let Some(Value::String(s)) = field else {
            return false;
        };
        let restored = self.delta(slot, s);
        if restored == *s {
            return false;
        }
        *s = restored;
        true
    }

    fn openai_chunk(&mut self, chunk: &mut Value) -> bool {
        let Some(choices) = chunk.get_mut("choices").and_then(Value::as_array_mut) else {
            return false;
        };
        let mut changed = false;
        for (position, choice) in choices.iter_mut().enumerate() {
            let index = choice
                .get("index")
                .and_then(Value::as_u64)
                .unwrap_or(position as u64);
            let finished = choice.get("finish_reason").is_some_and(|r| !r.is_null());
            let Some(delta) = choice.get_mut("delta").and_then(Value::as_object_mut) else {
                continue;
            };
            for name in OPENAI_FIELDS {
                changed |= self.field(Slot::Field(index, name), delta.get_mut(name));
            }
            if let Some(calls) = delta.get_mut("tool_calls").and_then(Value::as_array_mut) {
                for (call_position, call) in calls.iter_mut().enumerate() {
                    let call_index = call
                        .get("index")
                        .and_then(Value::as_u64)
                        .unwrap_or(call_position as u64);
                    let arguments = call
                        .get_mut("function")
                        .and_then(|f| f.get_mut("arguments"));
                    changed |= self.field(Slot::ToolArguments(index, call_index), arguments);
                }
            }
            if finished {
                changed |= self.flush_choice(index, delta);
            }
        }
        if let Some(object) = chunk.as_object() {
            let mut envelope = object.clone();
            envelope.remove("choices");
            envelope.remove("usage");
            self.envelope = Some(envelope);
        }
        changed
    }

    /// Appends what a finished choice still holds to its last delta.
    fn flush_choice(&mut self, index: u64, delta: &mut Map<String, Value>) -> bool {
        let slots: Vec<Slot> = self
            .held
            .keys()
            .filter(|s| matches!(s, Slot::Field(i, _) | Slot::ToolArguments(i, _) if *i == index))
            .copied()
            .collect();
        for slot in &slots {
            let tail = self.held.remove(slot).unwrap_or_default();
            match *slot {
                Slot::Field(_, name) => {
                    let before = delta.get(name).and_then(Value::as_str).unwrap_or("");
                    let text = format!("{before}{tail}");
                    delta.insert(name.to_string(), Value::String(text));
                }
                Slot::ToolArguments(_, call) => {
                    let calls = delta.entry("tool_calls").or_insert_with(|| json!([]));
                    if let Some(calls) = calls.as_array_mut() {
                        calls.push(json!({"index": call, "function": {"arguments": tail}}));
                    }
                }
                _ => {}
            }
        }
        !slots.is_empty()
    }

    fn anthropic_event(&mut self, event: &mut Value, out: &mut Vec<u8>) -> bool {
        let index = event.get("index").and_then(Value::as_u64).unwrap_or(0);
        match event.get("type").and_then(Value::as_str) {
            Some("content_block_start") => {
                let Some(block) = event.get_mut("content_block") else {
                    return false;
                };
                match block.get("type").and_then(Value::as_str) {
                    Some("text") => self.field(Slot::Text(index), block.get_mut("text")),
                    Some("tool_use") => match block.get_mut("input") {
                        Some(input) => {
                            let before = input.clone();
                            self.restorer.value(input);
                            *input != before
                        }
                        None => false,
                    },
                    _ => false,
                }
            }
            Some("content_block_delta") => {
                let Some(delta) = event.get_mut("delta") else {
                    return false;
                };
                match delta.get("type").and_then(Value::as_str) {
                    Some("text_delta") => self.field(Slot::Text(index), delta.get_mut("text")),
                    Some("input_json_delta") => {
                        self.field(Slot::InputJson(index), delta.get_mut("partial_json"))
                    }
                    _ => false,
                }
            }
            Some("content_block_stop") => {
                self.flush_block(index, out);
                false
            }
            Some("message_stop") => {
                self.flush_all(out);
                false
            }
            _ => false,
        }
    }

    /// Sends what a block still holds as one more delta, before the block's end.
    fn flush_block(&mut self, index: u64, out: &mut Vec<u8>) {
        if let Some(text) = self.held.remove(&Slot::Text(index)) {
            let event = json!({"type": "content_block_delta", "index": index,
                "delta": {"type": "text_delta", "text": text}});
            write_event(out, Some("content_block_delta"), &event);
        }
        if let Some(json) = self.held.remove(&Slot::InputJson(index)) {
            let event = json!({"type": "content_block_delta", "index": index,
                "delta": {"type": "input_json_delta", "partial_json": json}});
            write_event(out, Some("content_block_delta"), &event);
        }
    }

    fn flush_all(&mut self, out: &mut Vec<u8>) {
        while let Some((&slot, _)) = self.held.first_key_value() {
            match slot {
                Slot::Text(index) | Slot::InputJson(index) => self.flush_block(index, out),
                Slot::Field(index, _) | Slot::ToolArguments(index, _) => {
                    let mut delta = Map::new();
                    self.flush_choice(index, &mut delta);
                    let mut chunk = self.envelope.clone().unwrap_or_default();
                    chunk.insert(
                        "choices".into(),
                        json!([{"index": index, "delta": delta, "finish_reason": null}]),
                    );
                    write_event(out, None, &Value::Object(chunk));
                }
            }
        }
    }
}

/// The length of the first complete event in `bytes` (through its blank line), if any.
fn event_end(bytes: &[u8]) -> Option<usize> {
    let mut i = 0;
    while let Some(n) = memchr_newline(&bytes[i..]) {
        let after = i + n + 1;
        match bytes.get(after) {
            Some(b'\n') => return Some(after + 1),
            Some(b'\r') if bytes.get(after + 1) == Some(&b'\n') => return Some(after + 2),
            _ => i = after,
        }
    }
    None
}

fn memchr_newline(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'\n')
}

fn lines(event: &[u8]) -> impl Iterator<Item = &str> {
    std::str::from_utf8(event)
        .unwrap_or("")
        .split('\n')
        .map(|l| l.strip_suffix('\r').unwrap_or(l))
}

/// The `data:` lines of an event joined, or `None` when it has none.
fn event_data(event: &[u8]) -> Option<String> {
    let mut data: Option<String> = None;
    for line in lines(event) {
        if let Some(value) = line.strip_prefix("data:") {
            let value = value.strip_prefix(' ').unwrap_or(value);
            match &mut data {
                Some(d) => {
                    d.push('\n');
                    d.push_str(value);
                }
                None => data = Some(value.to_string()),
            }
        }
    }
    data
}

fn event_name(event: &[u8]) -> Option<&str> {
    lines(event)
        .find_map(|l| l.strip_prefix("event:"))
        .map(str::trim)
}

fn write_event(out: &mut Vec<u8>, name: Option<&str>, data: &Value) {
    if let Some(name) = name {
        out.extend_from_slice(b"event: ");
        out.extend_from_slice(name.as_bytes());
        out.push(b'\n');
    }
    out.extend_from_slice(b"data: ");
    out.extend_from_slice(data.to_string().as_bytes());
    out.extend_from_slice(b"\n\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::request::screen;
    use scrim::ScannerBuilder;

    fn restorer(dialect: Dialect) -> SseRestorer {
        let scanner = ScannerBuilder::new().custom_term("Falcon").build().unwrap();
        let mut body = json!({"messages": [{"role": "user", "content": "Falcon"}]});
        let screened = screen(&mut body, dialect, &scanner).unwrap();
        SseRestorer::new(screened.restorer, dialect)
    }

    fn openai_delta(text: &str) -> String {
        let chunk = json!({"id": "x", "choices": [{"index": 0, "delta": {"content": text}}]});
        format!("data: {chunk}\n\n")
    }

    fn contents(sse: &[u8]) -> String {
        let text = String::from_utf8(sse.to_vec()).unwrap();
        text.split("\n\n")
            .filter_map(|e| e.strip_prefix("data: "))
            .filter(|d| *d != "[DONE]")
            .map(|d| {
                let v: Value = serde_json::from_str(d).unwrap();
                v["choices"][0]["delta"]["content"]
                    .as_str()
                    .unwrap_or("")
                    .to_string()
            })
            .collect()
    }

    #[test]
    fn a_placeholder_split_across_deltas_is_restored() {
        let mut r = restorer(Dialect::OpenAi);
        let first = r.push(openai_delta("about [TE").as_bytes()).unwrap();
        assert_eq!(contents(&first), "about ");
        let second = r.push(openai_delta("RM_1] and [x]").as_bytes()).unwrap();
        assert_eq!(contents(&second), "Falcon and [x]");
    }

    #[test]
    fn an_event_split_across_chunks_waits_for_its_end() {
        let mut r = restorer(Dialect::OpenAi);
        let event = openai_delta("hi [TERM_1]");
        let (a, b) = event.split_at(12);
        assert!(r.push(a.as_bytes()).unwrap().is_empty());
        assert_eq!(contents(&r.push(b.as_bytes()).unwrap()), "hi Falcon");
    }

    #[test]
    fn held_text_is_flushed_when_the_stream_ends() {
        let mut r = restorer(Dialect::OpenAi);
        let mut out = r.push(openai_delta("ends with [TERM").as_bytes()).unwrap();
        out.extend(r.push(b"data: [DONE]\n\n").unwrap());
        out.extend(r.finish());
        assert_eq!(contents(&out), "ends with [TERM");
        assert!(String::from_utf8(out)
            .unwrap()
            .ends_with("data: [DONE]\n\n"));
    }

    #[test]
    fn events_without_placeholders_pass_byte_for_byte() {
        let mut r = restorer(Dialect::OpenAi);
        let event =
            ": keep-alive\n\ndata: {\"choices\": [{\"delta\": {\"content\": \"plain\"}}]}\r\n\r\n";
        assert_eq!(r.push(event.as_bytes()).unwrap(), event.as_bytes());
    }

    #[test]
    fn anthropic_text_held_at_block_end_is_sent_before_the_stop() {
        let mut r = restorer(Dialect::Anthropic);
        let delta = |text: &str| {
            let data = json!({"type": "content_block_delta", "index": 0,
                "delta": {"type": "text_delta", "text": text}});
            format!("event: content_block_delta\ndata: {data}\n\n")
        };
        let mut out = r.push(delta("see [TERM_").as_bytes()).unwrap();
        out.extend(r.push(delta("1] or [TERM_").as_bytes()).unwrap());
        let stop =
            "event: content_block_stop\ndata: {\"type\":\"content_block_stop\",\"index\":0}\n\n";
        out.extend(r.push(stop.as_bytes()).unwrap());
        let text = String::from_utf8(out).unwrap();
        let texts: String = text
            .split("\n\n")
            .filter_map(|e| e.split("data: ").nth(1))
            .filter_map(|d| serde_json::from_str::<Value>(d).ok())
            .filter_map(|v| v["delta"]["text"].as_str().map(String::from))
            .collect();
        assert_eq!(texts, "see Falcon or [TERM_");
        assert!(text.ends_with(stop));
    }
}
