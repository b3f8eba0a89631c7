//! `scrim`: the detection core on the command line.
//!
//! ```text
//! scrim scan [--sensitivity relaxed|balanced|strict] [--format text|json] [FILE…]
//! scrim scan --jsonl [--sensitivity …]          JSON Lines {"id","text"} in, findings out
//! scrim mask [--sensitivity …] [FILE…]          prints the text with placeholders
//! ```
//!
//! `--policy FILE` reads a JSON policy (custom terms and patterns, allowlist, category
//! switches — the same object the extension uses); `--sensitivity` overrides its level.
//!
//! Reads standard input when no file is given. Exit status: 0 when nothing was found,
//! 1 when something was, 2 on error — so `scrim scan` can guard a pre-commit hook.

use scrim::{mask, Finding, Policy, Scanner, ScannerBuilder, Sensitivity, Vault};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  scrim scan [--sensitivity relaxed|balanced|strict] [--format text|json] [FILE...]
  scrim scan --jsonl [--sensitivity LEVEL]   (JSON Lines {\"id\",\"text\"} on stdin)
  scrim mask [--sensitivity LEVEL] [FILE...]
Options for both: --policy FILE (a JSON policy: custom_terms, custom_patterns, allowlist,
categories, sensitivity). Reads standard input when no FILE is given.
Exit status: 0 nothing found, 1 found, 2 error.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Command {
    Scan,
    Mask,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Format {
    Text,
    Json,
    JsonLines,
}

struct Options {
    command: Command,
    sensitivity: Option<Sensitivity>,
    policy: Option<String>,
    format: Format,
    files: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some("scan") => Command::Scan,
        Some("mask") => Command::Mask,
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command".into()),
    };
    let mut options = Options {
        command,
        sensitivity: None,
        policy: None,
        format: Format::Text,
        files: Vec::new(),
    };
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--sensitivity" | "-s" => {
                let level = rest.next().ok_or("--sensitivity needs a value")?;
                options.sensitivity = Some(
                    Sensitivity::from_name(level)
                        .ok_or_else(|| format!("unknown sensitivity '{level}'"))?,
                );
            }
            "--policy" => {
                options.policy = Some(rest.next().ok_or("--policy needs a file")?.clone());
            }
            "--format" => {
                options.format = match rest.next().map(String::as_str) {
                    Some("text") => Format::Text,
                    Some("json") => Format::Json,
                    Some(other) => return Err(format!("unknown format '{other}'")),
                    None => return Err("--format needs a value".into()),
                };
            }
            "--jsonl" => options.format = Format::JsonLines,
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option '{flag}'"))
            }
            file => options.files.push(file.to_string()),
        }
    }
    if options.command == Command::Mask && options.format != Format::Text {
        return Err("mask prints text; --format and --jsonl apply to scan".into());
    }
    Ok(options)
}

/// The inputs named on the command line, or standard input.
fn read_inputs(files: &[String]) -> io::Result<Vec<(String, String)>> {
    if files.is_empty() || files == ["-"] {
        let mut text = String::new();
        io::stdin().read_to_string(&mut text)?;
        return Ok(vec![("<stdin>".into(), text)]);
    }
    files
        .iter()
        .map(|f| {
            std::fs::read_to_string(f)
                .map(|text| (f.clone(), text))
                .map_err(|e| io::Error::new(e.kind(), format!("{f}: {e}")))
        })
        .collect()
}

/// 1-based line and column (in characters) of ascending byte offsets in one text.
///
/// Findings come sorted, so the cursor only moves forward: the whole text is walked once
/// however many findings it holds.
struct LineCursor<'t> {
    text: &'t str,
    offset: usize,
    line: usize,
    line_start: usize,
}

impl<'t> LineCursor<'t> {
    fn new(text: &'t str) -> LineCursor<'t> {
        LineCursor {
            text,
            offset: 0,
            line: 1,
            line_start: 0,
        }
    }

    /// Line and column of `at`, which must not be before the previous call's offset.
    fn locate(&mut self, at: usize) -> (usize, usize) {
        let skipped = &self.text[self.offset..at];
        if let Some(last_newline) = skipped.rfind('\n') {
            self.line += skipped.matches('\n').count();
            self.line_start = self.offset + last_newline + 1;
        }
        self.offset = at;
        let column = self.text[self.line_start..at].chars().count() + 1;
        (self.line, column)
    }
}

/// The value with all but a few edge characters hidden, safe to print in a terminal.
fn partly_masked(value: &str) -> String {
    let chars: Vec<char> = value.chars().collect();
    let keep = if chars.len() >= 12 {
        3
    } else if chars.len() >= 6 {
        1
    } else {
        0
    };
    chars
        .iter()
        .enumerate()
        .map(|(i, &c)| {
            let edge = i < keep || i + keep >= chars.len();
            if edge || c.is_whitespace() || matches!(c, '-' | '.' | '@' | ':') {
                c
            } else {
                '*'
            }
        })
        .collect()
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    category: &'static str,
    kind: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    score: f32,
    reason: &'a str,
}

impl<'a> JsonFinding<'a> {
    fn new(finding: &'a Finding, text: &'a str) -> JsonFinding<'a> {
        JsonFinding {
            category: finding.category.as_str(),
            kind: &finding.kind,
            start: finding.start,
            end: finding.end,
            text: finding.text(text),
            score: finding.score,
            reason: &finding.reason,
        }
    }
}

#[derive(Deserialize)]
struct JsonLineInput {
    id: serde_json::Value,
    text: String,
}

#[derive(Serialize)]
struct JsonLineOutput<'a> {
    id: serde_json::Value,
    findings: Vec<JsonFinding<'a>>,
}

fn scan_json_lines(scanner: &Scanner, out: &mut impl Write) -> Result<bool, String> {
    let mut found = false;
    for (number, line) in io::stdin().lock().lines().enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        if line.trim().is_empty() {
            continue;
        }
        let input: JsonLineInput = serde_json::from_str(&line)
            .map_err(|e| format!("line {}: not a {{\"id\",\"text\"}} object: {e}", number + 1))?;
        let findings = scanner.scan(&input.text);
        found |= !findings.is_empty();
        let output = JsonLineOutput {
            id: input.id,
            findings: findings
                .iter()
                .map(|f| JsonFinding::new(f, &input.text))
                .collect(),
        };
        let json = serde_json::to_string(&output).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| e.to_string())?;
    }
    Ok(found)
}

fn build_scanner(options: &Options) -> Result<Scanner, String> {
    let mut policy = match &options.policy {
        Some(path) => {
            let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
            serde_json::from_str::<Policy>(&json).map_err(|e| format!("{path}: {e}"))?
        }
        None => Policy::default(),
    };
    if let Some(level) = options.sensitivity {
        policy.sensitivity = level;
    }
    ScannerBuilder::from_policy(policy)
        .build()
        .map_err(|e| e.to_string())
}

fn run(options: &Options) -> Result<bool, String> {
    let scanner = build_scanner(options)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if options.format == Format::JsonLines {
        let found = scan_json_lines(&scanner, &mut out)?;
        out.flush().map_err(|e| e.to_string())?;
        return Ok(found);
    }
    let inputs = read_inputs(&options.files).map_err(|e| e.to_string())?;
    let mut found = false;
    let mut json_items = Vec::new();
    for (name, text) in &inputs {
        let findings = scanner.scan(text);
        found |= !findings.is_empty();
        match (options.command, options.format) {
            (Command::Mask, _) => {
                let masked = mask(text, &findings, &mut Vault::new());
                write!(out, "{}", masked.text).map_err(|e| e.to_string())?;
            }
            (Command::Scan, Format::Text) => {
                let mut cursor = LineCursor::new(text);
                for f in &findings {
                    let (line, column) = cursor.locate(f.start);
                    writeln!(
                        out,
                        "{name}:{line}:{column}: {}/{}: {} ({})",
                        f.category,
                        f.kind,
                        partly_masked(f.text(text)),
                        f.reason
                    )
                    .map_err(|e| e.to_string())?;
                }
            }
            (Command::Scan, _) => {
                let mut cursor = LineCursor::new(text);
                for f in &findings {
                    let (line, column) = cursor.locate(f.start);
                    let mut value = serde_json::to_value(JsonFinding::new(f, text))
                        .map_err(|e| e.to_string())?;
                    value["file"] = name.as_str().into();
                    value["line"] = line.into();
                    value["column"] = column.into();
                    json_items.push(value);
                }
            }
        }
    }
    if options.command == Command::Scan && options.format == Format::Json {
        let json = serde_json::to_string_pretty(&json_items).map_err(|e| e.to_string())?;
        writeln!(out, "{json}").map_err(|e| e.to_string())?;
    }
    out.flush().map_err(|e| e.to_string())?;
    Ok(found)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(options) => options,
        Err(message) => {
            if message.is_empty() {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            eprintln!("scrim: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match run(&options) {
        Ok(false) => ExitCode::SUCCESS,
        Ok(true) => ExitCode::from(1),
        Err(message) => {
            eprintln!("scrim: {message}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_are_partly_masked() {
        assert_eq!(partly_masked("4111 1111 1111 1111"), "411* **** **** *111");
        assert_eq!(partly_masked("ann@corp.cn"), "a**@****.*n");
        assert_eq!(partly_masked("abc"), "***");
    }

    #[test]
    fn line_and_column_count_characters() {
        let text = "ab\n中文x\n\nyz";
        let mut cursor = LineCursor::new(text);
        assert_eq!(cursor.locate(1), (1, 2));
        assert_eq!(cursor.locate(9), (2, 3));
        assert_eq!(cursor.locate(text.len() - 1), (4, 2));
    }
}
