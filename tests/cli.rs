//! The `scrim` command line: exit codes, output formats and JSON Lines offsets.

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn scrim(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_scrim"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("scrim runs");
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn policy_file(name: &str, json: &str) -> String {
    let path = std::env::temp_dir().join(format!("scrim-cli-{}-{name}.json", std::process::id()));
    std::fs::write(&path, json).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn exit_status_tells_whether_something_was_found() {
    let policy = policy_file("status", r#"{"custom_terms": ["Heron"]}"#);
    let clean = scrim(&["scan", "--policy", &policy], "nothing to see here\n");
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stdout.is_empty());
    let found = scrim(
        &["scan", "--policy", &policy],
        "line one\nabout Project Heron\n",
    );
    assert_eq!(found.status.code(), Some(1));
    let out = String::from_utf8(found.stdout).unwrap();
    assert_eq!(
        out,
        "<stdin>:2:15: custom/custom_term: ***** (your custom term 'Heron')\n"
    );
}

#[test]
fn errors_exit_with_two() {
    assert_eq!(
        scrim(&["scan", "--sensitivity", "paranoid"], "")
            .status
            .code(),
        Some(2)
    );
    assert_eq!(scrim(&["frobnicate"], "").status.code(), Some(2));
    assert_eq!(scrim(&["scan", "/no/such/file"], "").status.code(), Some(2));
    let bad = policy_file(
        "bad",
        r#"{"custom_patterns": [{"name": "x", "pattern": "("}]}"#,
    );
    let out = scrim(&["scan", "--policy", &bad], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("custom pattern 'x': unclosed group"));
}

#[test]
fn jsonl_reports_utf8_byte_offsets_per_line() {
    let policy = policy_file("jsonl", r#"{"custom_terms": ["苍鹭"]}"#);
    let input = "{\"id\": \"a\", \"text\": \"项目苍鹭启动\"}\n{\"id\": 7, \"text\": \"plain\"}\n";
    let out = scrim(&["scan", "--jsonl", "--policy", &policy], input);
    assert_eq!(out.status.code(), Some(1));
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0]["id"], "a");
    let finding = &lines[0]["findings"][0];
    assert_eq!(finding["category"], "custom");
    assert_eq!(finding["start"], 6);
    assert_eq!(finding["end"], 12);
    assert_eq!(finding["text"], "苍鹭");
    assert_eq!(lines[1]["id"], 7);
    assert_eq!(lines[1]["findings"].as_array().unwrap().len(), 0);
}

#[test]
fn json_format_and_mask_command() {
    let policy = policy_file("json", r#"{"custom_terms": ["Heron"]}"#);
    let out = scrim(
        &["scan", "--format", "json", "--policy", &policy],
        "a Heron b",
    );
    let items: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(items[0]["line"], 1);
    assert_eq!(items[0]["column"], 3);
    assert_eq!(items[0]["kind"], "custom_term");
    let masked = scrim(&["mask", "--policy", &policy], "a Heron b Heron");
    assert_eq!(
        String::from_utf8(masked.stdout).unwrap(),
        "a [TERM_1] b [TERM_1]"
    );
    assert_eq!(masked.status.code(), Some(1));
}
