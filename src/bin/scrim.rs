//! `scrim`: the detection core on the command line.
//!
//! ```text
//! scrim scan [--sensitivity relaxed|balanced|strict] [--format text|json] [FILE…]
//! scrim scan --jsonl [--sensitivity …]          JSON Lines {"id","text"} in, findings out
//! scrim mask [--sensitivity …] [--vault FILE] [FILE…]   prints the text with placeholders
//! scrim restore --vault FILE [FILE…]            puts the vault's originals back
//! scrim proxy [OPTIONS]                         runs `scrim-proxy` (see proxy/)
//! ```
//!
//! `--vault FILE` keeps the placeholders' originals in a JSON file only its owner may read
//! (created with mode 0600; a vault others can read is refused). `mask` merges into an
//! existing vault, so one value keeps its placeholder across calls.
//!
//! `scrim proxy` runs the `scrim-proxy` program found beside this one (or on `PATH`), the
//! way git runs its subcommands: the network code lives in that separate program, never in
//! the detection core.
//!
//! `--policy FILE` reads a JSON policy (custom terms and patterns, allowlist, category
//! switches — the same object the extension uses); `--sensitivity` overrides its level.
//!
//! Reads standard input when no file is given. Exit status: 0 when nothing was found,
//! 1 when something was, 2 on error — so `scrim scan` can guard a pre-commit hook.

use scrim::{mask, restore, Finding, Policy, Scanner, ScannerBuilder, Sensitivity, Vault};
use serde::{Deserialize, Serialize};
use std::io::{self, BufRead, Read, Write};
use std::process::ExitCode;

const USAGE: &str = "usage:
  scrim scan [--sensitivity relaxed|balanced|strict] [--format text|json] [FILE...]
  scrim scan --jsonl [--sensitivity LEVEL]   (JSON Lines {\"id\",\"text\"} on stdin)
  scrim mask [--sensitivity LEVEL] [--vault FILE] [FILE...]
  scrim restore --vault FILE [FILE...]
  scrim proxy [--listen ADDR] [--upstream URL] [--policy FILE] [--sensitivity LEVEL]
Options for scan and mask: --policy FILE (a JSON policy: custom_terms, custom_patterns, allowlist,
categories, sensitivity). Reads standard input when no FILE is given.
Exit status: 0 nothing found, 1 found, 2 error.";

#[derive(Clone, Copy, PartialEq, Eq)]
enum Command {
    Scan,
    Mask,
    Restore,
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
    vault: Option<String>,
    files: Vec<String>,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut rest = args.iter();
    let command = match rest.next().map(String::as_str) {
        Some("scan") => Command::Scan,
        Some("mask") => Command::Mask,
        Some("restore") => Command::Restore,
        Some(other) => return Err(format!("unknown command '{other}'")),
        None => return Err("missing command".into()),
    };
    let mut options = Options {
        command,
        sensitivity: None,
        policy: None,
        format: Format::Text,
        vault: None,
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
            "--vault" => options.vault = Some(rest.next().ok_or("--vault needs a file")?.clone()),
            "-h" | "--help" => return Err(String::new()),
            flag if flag.starts_with('-') && flag != "-" => {
                return Err(format!("unknown option '{flag}'"))
            }
            file => options.files.push(file.to_string()),
        }
    }
    if options.command != Command::Scan && options.format != Format::Text {
        return Err("mask and restore print text; --format and --jsonl apply to scan".into());
    }
    if options.command == Command::Restore && options.vault.is_none() {
        return Err("restore needs --vault FILE".into());
    }
    if options.command == Command::Scan && options.vault.is_some() {
        return Err("--vault applies to mask and restore".into());
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

/// Reads a vault file; `Ok(None)` when it does not exist yet. A vault that others may read
/// is refused: it holds the very values masking keeps private.
fn read_vault(path: &str) -> Result<Option<Vault>, String> {
    let metadata = match std::fs::metadata(path) {
        Ok(metadata) => metadata,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(format!("{path}: {e}")),
    };
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(format!(
                "vault {path} may be read by others (mode {mode:o}); run: chmod 600 {path}"
            ));
        }
    }
    #[cfg(not(unix))]
    let _ = metadata;
    let json = std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}"))?;
    serde_json::from_str(&json)
        .map(Some)
        .map_err(|e| format!("{path}: not a Scrim vault: {e}"))
}

/// Writes a vault through a temporary file created 0600 beside it, then renames it over.
fn write_vault(path: &str, vault: &Vault) -> Result<(), String> {
    let json = serde_json::to_string_pretty(vault).map_err(|e| e.to_string())?;
    let temporary = format!("{path}.tmp{}", std::process::id());
    let mut open = std::fs::OpenOptions::new();
    open.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut open, 0o600);
    let written = open
        .open(&temporary)
        .and_then(|mut file| {
            file.write_all(json.as_bytes())
                .and_then(|()| file.sync_all())
        })
        .and_then(|()| std::fs::rename(&temporary, path));
    written.map_err(|e| {
        let _ = std::fs::remove_file(&temporary);
        format!("{path}: {e}")
    })
}

fn run(options: &Options) -> Result<bool, String> {
    if options.command == Command::Restore {
        let path = options.vault.as_deref().unwrap_or_default();
        let vault = read_vault(path)?.ok_or_else(|| format!("{path}: no such vault"))?;
        let mut out = io::BufWriter::new(io::stdout().lock());
        for (_, text) in read_inputs(&options.files).map_err(|e| e.to_string())? {
            write!(out, "{}", restore(&text, &vault).text).map_err(|e| e.to_string())?;
        }
        out.flush().map_err(|e| e.to_string())?;
        return Ok(false);
    }
    let scanner = build_scanner(options)?;
    let mut vault = match &options.vault {
        Some(path) => read_vault(path)?.unwrap_or_default(),
        None => Vault::new(),
    };
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
                let masked = mask(text, &findings, &mut vault);
                write!(out, "{}", masked.text).map_err(|e| e.to_string())?;
            }
            (Command::Restore, _) => unreachable!("restore returned above"),
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
    if let Some(path) = &options.vault {
        write_vault(path, &vault)?;
    }
    Ok(found)
}

/// Runs `scrim-proxy` with `args`: the one beside this executable, else the one on `PATH`.
fn run_proxy(args: &[String]) -> ExitCode {
    let name = format!("scrim-proxy{}", std::env::consts::EXE_SUFFIX);
    let beside = std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(&name)))
        .filter(|path| path.is_file());
    let program = beside.unwrap_or_else(|| std::path::PathBuf::from(&name));
    let mut command = std::process::Command::new(&program);
    command.args(args);
    #[cfg(unix)]
    let error = std::os::unix::process::CommandExt::exec(&mut command);
    #[cfg(not(unix))]
    let error = match command.status() {
        Ok(status) => return ExitCode::from(status.code().unwrap_or(2) as u8),
        Err(e) => e,
    };
    if error.kind() == io::ErrorKind::NotFound {
        eprintln!(
            "scrim: 'scrim proxy' needs the scrim-proxy program, found neither beside {} nor on PATH; \
             build it with: cargo build --release -p scrim-proxy",
            std::env::current_exe().map_or_else(|_| "scrim".into(), |p| p.display().to_string())
        );
    } else {
        eprintln!("scrim: running {}: {error}", program.display());
    }
    ExitCode::from(2)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("proxy") {
        return run_proxy(&args[1..]);
    }
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
