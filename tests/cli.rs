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
    // A command that fails early exits without reading its input.
    let _ = child.stdin.take().unwrap().write_all(stdin.as_bytes());
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

fn temp_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("scrim-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

#[test]
fn mask_and_restore_round_trip_through_a_private_vault() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("vault");
    let vault = dir.join("vault.json");
    let vault = vault.to_str().unwrap();
    let prompt = "Write to ann.lee@corp-mail.cn, cc bob.ma@corp-mail.cn.\n";
    let masked = scrim(&["mask", "--vault", vault], prompt);
    assert_eq!(masked.status.code(), Some(1));
    let masked = String::from_utf8(masked.stdout).unwrap();
    assert_eq!(masked, "Write to [EMAIL_1], cc [EMAIL_2].\n");
    let mode = std::fs::metadata(vault).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert!(std::fs::read_to_string(vault)
        .unwrap()
        .contains("ann.lee@corp-mail.cn"));

    // A second call merges: the known value keeps its placeholder, a new one gets the next.
    let again = scrim(
        &["mask", "--vault", vault],
        "bob.ma@corp-mail.cn and eve@corp-mail.cn",
    );
    assert_eq!(
        String::from_utf8(again.stdout).unwrap(),
        "[EMAIL_2] and [EMAIL_3]"
    );

    let answer = "Sent to [EMAIL_1] and [EMAIL_3]; [EMAIL_7] is unknown.";
    let restored = scrim(&["restore", "--vault", vault], answer);
    assert_eq!(restored.status.code(), Some(0));
    assert_eq!(
        String::from_utf8(restored.stdout).unwrap(),
        "Sent to ann.lee@corp-mail.cn and eve@corp-mail.cn; [EMAIL_7] is unknown."
    );
    let round = scrim(&["restore", "--vault", vault], &masked);
    assert_eq!(String::from_utf8(round.stdout).unwrap(), prompt);
}

#[test]
fn a_vault_others_can_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("open-vault");
    let vault = dir.join("vault.json");
    std::fs::write(&vault, r#"{"entries": {"[EMAIL_1]": "a@b.cn"}}"#).unwrap();
    std::fs::set_permissions(&vault, std::fs::Permissions::from_mode(0o644)).unwrap();
    let vault = vault.to_str().unwrap();
    let out = scrim(&["restore", "--vault", vault], "[EMAIL_1]");
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8(out.stderr).unwrap().contains("chmod 600"));
    assert!(out.stdout.is_empty());
    let missing = dir.join("missing.json");
    let out = scrim(&["restore", "--vault", missing.to_str().unwrap()], "x");
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(scrim(&["restore"], "x").status.code(), Some(2));
}

#[test]
fn proxy_runs_the_scrim_proxy_program_beside_scrim() {
    use std::os::unix::fs::PermissionsExt;
    let dir = temp_dir("proxy");
    let scrim_copy = dir.join("scrim");
    std::fs::copy(env!("CARGO_BIN_EXE_scrim"), &scrim_copy).unwrap();
    let run = || {
        Command::new(&scrim_copy)
            .args(["proxy", "--listen", "127.0.0.1:0"])
            .env("PATH", dir.join("empty"))
            .output()
            .unwrap()
    };
    let missing = run();
    assert_eq!(missing.status.code(), Some(2));
    let message = String::from_utf8(missing.stderr).unwrap();
    assert!(
        message.contains("cargo build --release -p scrim-proxy"),
        "{message}"
    );

    let fake = dir.join("scrim-proxy");
    std::fs::write(&fake, "#!/bin/sh\necho \"proxy got: $*\"\nexit 7\n").unwrap();
    std::fs::set_permissions(&fake, std::fs::Permissions::from_mode(0o755)).unwrap();
    let ran = run();
    assert_eq!(ran.status.code(), Some(7));
    assert_eq!(
        String::from_utf8(ran.stdout).unwrap(),
        "proxy got: --listen 127.0.0.1:0\n"
    );
}
