//! The user's own terms and patterns, configured through a serde policy as the extension
//! and CLI do: positives for both custom kinds, case and word rules, allowlist and errors.

use scrim::{Policy, ScannerBuilder};

fn scanner(policy_json: &str) -> scrim::Scanner {
    let policy: Policy = serde_json::from_str(policy_json).expect("valid policy json");
    ScannerBuilder::from_policy(policy)
        .build()
        .expect("valid policy")
}

fn found(scanner: &scrim::Scanner, text: &str) -> Vec<(String, String)> {
    scanner
        .scan(text)
        .iter()
        .map(|f| (f.kind.clone(), f.text(text).to_string()))
        .collect()
}

#[test]
fn custom_terms_and_patterns_are_found() {
    let s = scanner(
        r#"{"custom_terms": ["Blue Heron", "蓝鹭"],
            "custom_patterns": [{"name": "ticket", "pattern": "HR-[0-9]{5}"}]}"#,
    );
    assert_eq!(
        found(&s, "blue heron (蓝鹭项目) ticket HR-12345."),
        [
            ("custom_term".to_string(), "blue heron".to_string()),
            ("custom_term".to_string(), "蓝鹭".to_string()),
            ("custom_pattern".to_string(), "HR-12345".to_string()),
        ]
    );
}

#[test]
fn custom_terms_match_full_width_and_need_whole_words() {
    let s = scanner(r#"{"custom_terms": ["AX7"]}"#);
    assert_eq!(found(&s, "codename ＡＸ７ launched").len(), 1);
    assert!(found(&s, "codename AX77 and MAX7").is_empty());
}

#[test]
fn custom_findings_report_at_every_level_and_obey_the_switch() {
    for level in ["relaxed", "balanced", "strict"] {
        let s = scanner(&format!(
            r#"{{"sensitivity": "{level}", "custom_terms": ["Heron"]}}"#
        ));
        assert_eq!(found(&s, "Heron").len(), 1, "{level}");
    }
    let off = scanner(r#"{"custom_terms": ["Heron"], "categories": {"custom": false}}"#);
    assert!(found(&off, "Heron").is_empty());
}

#[test]
fn invalid_user_patterns_fail_the_build_with_a_position() {
    let policy: Policy =
        serde_json::from_str(r#"{"custom_patterns": [{"name": "id", "pattern": "ID-[0-9"}]}"#)
            .unwrap();
    let err = ScannerBuilder::from_policy(policy).build().unwrap_err();
    assert_eq!(
        err.to_string(),
        "custom pattern 'id': unclosed character class at character 4"
    );
}

#[test]
fn user_patterns_are_linear_time() {
    // A classic catastrophic-backtracking pattern stays fast with the regex crate.
    let s = scanner(r#"{"custom_patterns": [{"name": "evil", "pattern": "(a+)+$"}]}"#);
    let text = format!("{}!", "a".repeat(50_000));
    assert!(s.scan(&text).is_empty());
    assert_eq!(found(&s, "ends in aaa").len(), 1);
}
