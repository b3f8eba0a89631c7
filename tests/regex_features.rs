//! Pins the regex features the recognizers rely on: the crate is built without Unicode
//! class tables (they would double the wasm size), so patterns use ASCII classes, explicit
//! CJK ranges and `(?-u:\b)`; `(?i)` stays available.

#[test]
fn ascii_word_boundaries_and_cjk_ranges_compile() {
    let re = regex::Regex::new(r"(?i)(?-u:\b)id[0-9]+(?-u:\b)|[\x{4e00}-\x{9fff}]{2}").unwrap();
    assert!(re.is_match("ID42"));
    assert!(re.is_match("姓名"));
    assert!(
        regex::Regex::new(r"\d").is_err(),
        "Unicode \\d must stay unavailable"
    );
}
