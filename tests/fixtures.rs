//! Table-driven fixtures: every `tests/fixtures/*.toml` file holds cases of the form
//!
//! ```toml
//! [[case]]
//! name = "visa with spaces"            # unique within the file
//! text = "card 4111 1111 1111 1111"
//! sensitivity = "balanced"             # optional: relaxed | balanced | strict
//! expect = [{ kind = "visa", text = "4111 1111 1111 1111" }]
//! ```
//!
//! The findings of a case must be exactly the expected ones, in text order: a hard negative
//! is a case with `expect = []`. A second test checks that every kind the scanner can report
//! appears in at least one positive case.

use scrim::{ScannerBuilder, Sensitivity};
use serde::Deserialize;
use std::collections::BTreeSet;
use std::path::PathBuf;

#[derive(Deserialize)]
struct FixtureFile {
    case: Vec<Case>,
}

#[derive(Deserialize)]
struct Case {
    name: String,
    text: String,
    #[serde(default)]
    sensitivity: Option<String>,
    expect: Vec<Expected>,
}

#[derive(Deserialize, Debug, PartialEq, Eq, Clone)]
struct Expected {
    kind: String,
    text: String,
}

fn fixture_files() -> Vec<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/fixtures exists")
        .map(|entry| entry.expect("readable entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .collect();
    files.sort();
    files
}

fn load(path: &PathBuf) -> Vec<Case> {
    let source = std::fs::read_to_string(path).expect("readable fixture file");
    let file: FixtureFile = toml::from_str(&source)
        .unwrap_or_else(|e| panic!("{}: invalid fixture file: {e}", path.display()));
    file.case
}

#[test]
fn fixtures_find_exactly_what_they_expect() {
    let mut failures = Vec::new();
    let mut count = 0;
    for path in fixture_files() {
        let file = path.file_name().unwrap().to_string_lossy().to_string();
        for case in load(&path) {
            count += 1;
            let level = case.sensitivity.as_deref().unwrap_or("balanced");
            let sensitivity = Sensitivity::from_name(level)
                .unwrap_or_else(|| panic!("{file}: {}: unknown sensitivity {level}", case.name));
            let scanner = ScannerBuilder::new()
                .sensitivity(sensitivity)
                .build()
                .unwrap();
            let found: Vec<Expected> = scanner
                .scan(&case.text)
                .iter()
                .map(|f| Expected {
                    kind: f.kind.clone(),
                    text: f.text(&case.text).to_string(),
                })
                .collect();
            if found != case.expect {
                failures.push(format!(
                    "{file}: {} ({level})\n    expected {:?}\n    found    {:?}",
                    case.name, case.expect, found
                ));
            }
        }
    }
    assert!(count > 0, "no fixture cases found");
    assert!(
        failures.is_empty(),
        "{} of {count} fixture cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn every_kind_has_a_positive_fixture() {
    let mut covered = BTreeSet::new();
    for path in fixture_files() {
        for case in load(&path) {
            covered.extend(case.expect.into_iter().map(|e| e.kind));
        }
    }
    // Custom kinds need a policy with the user's terms; they are covered in tests/custom.rs.
    let missing: Vec<&str> = scrim::kinds()
        .into_iter()
        .filter(|k| !k.starts_with("custom_") && !covered.contains(*k))
        .collect();
    assert!(
        missing.is_empty(),
        "kinds without a positive fixture: {missing:?}"
    );
}
