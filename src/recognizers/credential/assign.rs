//! Secrets written as values of secret-named settings: `.env` lines, YAML and JSON keys,
//! code assignments, CLI flags (`--requirepass`), `Authorization: Bearer …` headers and
//! prose such as `密码：…` or `my password is …`.
//!
//! Anchored on secret-ish words (`pass`, `pwd`, `secret`, `token`, `key`, `auth`, and the
//! word for password in several languages); the setting name around the word decides the
//! kind and how much the value has to look like a secret. Only the value is reported.

use super::{candidate, is_placeholder, looks_random};
use crate::context::Input;
use crate::recognizers::{Candidate, Hit, Recognizer, Trigger};
use aho_corasick::AhoCorasick;
use std::sync::OnceLock;

/// Longest setting name and value looked at.
const MAX_NAME: usize = 64;
const MAX_VALUE: usize = 512;

pub(super) struct Assignments {
    /// One automaton over [`NOT_SECRET`], [`PASSWORD_WORDS`] and [`STRONG_SECRET_WORDS`],
    /// in that order, to classify setting names in one pass.
    name_words: AhoCorasick,
}

impl Assignments {
    pub(super) fn new() -> Assignments {
        let words = NOT_SECRET
            .iter()
            .chain(PASSWORD_WORDS)
            .chain(STRONG_SECRET_WORDS);
        Assignments {
            name_words: AhoCorasick::new(words).expect("name words are plain literals"),
        }
    }

    /// The family of a (lowercased) setting name, or `None` when it does not name a secret.
    fn family_of(&self, name: &str) -> Option<Family> {
        if name.ends_with("id") || name.ends_with("_ids") {
            return None;
        }
        let (mut password, mut strong) = (false, false);
        for m in self.name_words.find_overlapping_iter(name) {
            let i = m.pattern().as_usize();
            if i < NOT_SECRET.len() {
                return None;
            } else if i < NOT_SECRET.len() + PASSWORD_WORDS.len() {
                password = true;
            } else {
                strong = true;
            }
        }
        if password {
            Some(Family::Password)
        } else if strong || name.contains("auth") && name.contains("token") {
            Some(Family::Secret { strong: true })
        } else {
            (name.contains("key") && !name.contains("auth") || name == "auth")
                .then_some(Family::Secret { strong: false })
        }
    }
}

/// Anchors; the ones before `FIRST_HEADER` start a setting name.
const ANCHORS: &[&str] = &[
    "pass",
    "pwd",
    "secret",
    "token",
    "key",
    "auth",
    "kennwort",
    "mot de passe",
    "mdp",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "parola",
    "パスワード",
    "비밀번호",
    "암호",
    "密码",
    "密碼",
    "口令",
    "暗証番号",
    "密钥",
    "秘钥",
    "令牌",
    // Headers.
    "identified by",
    // Headers and command-line credentials.
    "bearer ",
    "basic ",
    "--user ",
    " -u ",
];
const FIRST_HEADER: usize = ANCHORS.len() - 4;

/// Words in a setting name that say the value is not a secret (or not a literal one).
const NOT_SECRET: &[&str] = &[
    "public",
    "publishable",
    "pubkey",
    "keyid",
    "key_id",
    "secret_id",
    "secretid",
    "token_id",
    "type",
    "url",
    "uri",
    "endpoint",
    "path",
    "file",
    "name",
    "limit",
    "_count",
    "count_",
    "length",
    "size",
    "ttl",
    "expir",
    "timeout",
    "header",
    "field",
    "prefix",
    "policy",
    "format",
    "hash",
    "reset",
    "forgot",
    "hint",
    "strength",
    "rotation",
    "version",
    "provider",
    "manager",
    "schema",
    "usage",
    "tokeniz",
    "tokens",
    "keyboard",
    "keyword",
    "keys",
    "monkey",
    "turkey",
    "hockey",
    "whisk",
    "donkey",
    "passport",
    "bypass",
    "compass",
    "surpass",
    "passeng",
    "passage",
    "passive",
    "author",
    "enabled",
    "required",
    "label",
    "placeholder",
    "region",
    "secretary",
    "keystore",
    "keychain",
    "keyring",
    "key_pair",
    "keypair",
    "hotkey",
    "keypress",
    "keydown",
    "keyup",
    "keycode",
    "primary",
    "foreign",
    "cache_key",
    "idempotency",
    "partition",
    "method",
    "callback",
    "redirect",
    "scope",
    "grant",
    "audience",
    "issuer",
    "algorithm",
    "encoding",
    "_ref",
    "_env",
    "passthrough",
    "pass_through",
    "password_confirm",
    "button",
    "dialog",
    "valid",
    "verify",
];

/// Name fragments that select a specific kind, most specific first: (all fragments, kind).
const KINDS_BY_NAME: &[(&[&str], &str)] = &[
    (&["django", "secret"], "django_secret_key"),
    (&["aws", "secret"], "aws_secret_access_key"),
    (&["secret_access_key"], "aws_secret_access_key"),
    (&["secretaccesskey"], "aws_secret_access_key"),
    (&["aliyun", "secret"], "alibaba_access_key_secret"),
    (&["alibaba", "secret"], "alibaba_access_key_secret"),
    (&["alicloud", "secret"], "alibaba_access_key_secret"),
    (&["accesskeysecret"], "alibaba_access_key_secret"),
    (&["access_key_secret"], "alibaba_access_key_secret"),
    (&["tencent", "secret"], "tencent_secret_key"),
    (&["twilio", "token"], "twilio_auth_token"),
    (&["accountkey"], "azure_storage_key"),
    (&["azure", "key"], "azure_storage_key"),
    (&["sharedaccesskey"], "azure_shared_access_key"),
    (&["session", "secret"], "session_secret"),
    (&["cookie", "secret"], "session_secret"),
    (&["jwt", "secret"], "session_secret"),
    (&["jwt", "key"], "session_secret"),
    (&["secret_key_base"], "session_secret"),
    (&["nextauth", "secret"], "session_secret"),
    (&["auth_secret"], "session_secret"),
    (&["signing", "secret"], "session_secret"),
    (&["flask", "secret"], "session_secret"),
    (&["mistral"], "mistral_api_key"),
    (&["cohere"], "cohere_api_key"),
    (&["together"], "together_api_key"),
    (&["datadog"], "datadog_api_key"),
    (&["dd_api_key"], "datadog_api_key"),
    (&["dd_app_key"], "datadog_api_key"),
    (&["cloudflare"], "cloudflare_api_token"),
    (&["cf_api"], "cloudflare_api_token"),
    (&["cf_token"], "cloudflare_api_token"),
    (&["heroku"], "heroku_api_key"),
    (&["postmark"], "postmark_server_token"),
    (&["okta"], "okta_api_token"),
    (&["travis"], "travis_token"),
    (&["vercel"], "vercel_token"),
    (&["algolia"], "algolia_api_key"),
    (&["deepseek"], "deepseek_api_key"),
    (&["zhipu"], "zhipu_api_key"),
    (&["glm"], "zhipu_api_key"),
    (&["moonshot"], "moonshot_api_key"),
    (&["kimi"], "moonshot_api_key"),
];

/// Provider names near an `api_key=` value (e.g. the `base_url` next to it).
const PROVIDER_HINTS: &[(&str, &str)] = &[
    ("mistral", "mistral_api_key"),
    ("cohere", "cohere_api_key"),
    ("together", "together_api_key"),
    ("bigmodel", "zhipu_api_key"),
    ("zhipu", "zhipu_api_key"),
    ("deepseek", "deepseek_api_key"),
    ("moonshot", "moonshot_api_key"),
    ("dashscope", "dashscope_api_key"),
];

/// Name fragments of settings that hold passwords.
const PASSWORD_WORDS: &[&str] = &[
    "pass",
    "identified by",
    "pwd",
    "kennwort",
    "mot de passe",
    "mdp",
    "contraseña",
    "contrasena",
    "senha",
    "wachtwoord",
    "parola",
    "パスワード",
    "비밀번호",
    "암호",
    "密码",
    "密碼",
    "口令",
    "暗証番号",
];

/// Name fragments of settings that hold secrets with a strong signal.
const STRONG_SECRET_WORDS: &[&str] = &[
    "api_key",
    "apikey",
    "api-key",
    "access_key",
    "accesskey",
    "secret",
    "token",
    "private_key",
    "privatekey",
    "auth_key",
    "master_key",
    "signing_key",
    "encryption_key",
    "app_key",
    "client_secret",
    "密钥",
    "秘钥",
    "令牌",
];

/// Values that are words, not secrets.
const COMMON_VALUES: &[&str] = &[
    "password",
    "passwd",
    "secret",
    "token",
    "pass",
    "admin",
    "root",
    "test",
    "testing",
    "null",
    "none",
    "nil",
    "true",
    "false",
    "undefined",
    "empty",
    "string",
    "value",
    "required",
    "optional",
    "default",
    "guest",
    "user",
    "username",
    "hunter2",
    "123456",
    "12345678",
    "qwerty",
    "letmein",
    "env",
    "str",
    "bytes",
    "any",
    "number",
];

/// Prefixes of values that refer to a secret stored elsewhere.
const REFERENCES: &[&str] = &[
    "$",
    "process.env",
    "os.environ",
    "os.getenv",
    "getenv",
    "env(",
    "env.",
    "secrets.",
    "vault:",
    "config.",
    "settings.",
    "self.",
    "this.",
    "args.",
    "params.",
    "request.",
    "req.",
    "input(",
    "prompt(",
    "os.lookupenv",
    "system.getenv",
    "environment.",
    "import.meta",
    "keyring",
    "file:",
    "/",
    "./",
    "~/",
    "http://",
    "https://",
    "-----begin",
];

/// What a setting name asks of its value.
#[derive(Clone, Copy, PartialEq)]
enum Family {
    Password,
    Secret { strong: bool },
}

impl Recognizer for Assignments {
    fn kinds(&self) -> &'static [&'static str] {
        &[
            "algolia_api_key",
            "azure_shared_access_key",
            "azure_storage_key",
            "basic_auth_credentials",
            "bearer_token",
            "cloudflare_api_token",
            "cohere_api_key",
            "datadog_api_key",
            "django_secret_key",
            "generic_api_key",
            "heroku_api_key",
            "mistral_api_key",
            "password",
            "postmark_server_token",
            "session_secret",
            "together_api_key",
            "travis_token",
            "twilio_auth_token",
            "vercel_token",
        ]
    }

    fn trigger(&self) -> Trigger {
        Trigger::Anchors(ANCHORS.to_vec())
    }

    fn recognize(&self, input: &Input<'_>, hits: &[Hit], out: &mut Vec<Candidate>) {
        let mut done_to = 0;
        for hit in hits {
            if hit.start < done_to {
                continue;
            }
            if hit.anchor >= FIRST_HEADER {
                if let Some(end) = header(input, hit, out) {
                    done_to = end;
                }
                continue;
            }
            let (name_start, name_end) = name_around(input.text(), hit);
            done_to = assignment(self, input, name_start, name_end, out);
        }
    }
}

fn is_name_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'_' | b'-' | b'.')
}

/// The setting name holding the anchor hit: the identifier around an ASCII word, or the
/// word itself when it is not ASCII or has spaces.
fn name_around(text: &str, hit: &Hit) -> (usize, usize) {
    let bytes = text.as_bytes();
    let word = &text[hit.start..hit.end];
    if !word.bytes().all(is_name_byte) {
        return (hit.start, hit.end);
    }
    let mut start = hit.start;
    while start > 0 && hit.start - start < MAX_NAME && is_name_byte(bytes[start - 1]) {
        start -= 1;
    }
    let mut end = hit.end;
    while end < bytes.len() && end - hit.end < MAX_NAME && is_name_byte(bytes[end]) {
        end += 1;
    }
    (start, end)
}

/// Reads `<name> <operator> <value>` and reports the value when it is a secret. Returns
/// how far the text was read, so that later anchors inside a rejected value are skipped
/// (which keeps the work linear on inputs such as `password=password=…`).
fn assignment(
    names: &Assignments,
    input: &Input<'_>,
    name_start: usize,
    name_end: usize,
    out: &mut Vec<Candidate>,
) -> usize {
    let text = input.text();
    let bytes = text.as_bytes();
    let raw_name = &text[name_start..name_end];

    // Operator first: it is cheaper to check than the name.
    let mut i = name_end;
    let mut skipped = 0;
    while matches!(bytes.get(i), Some(b'"' | b'\'' | b']' | b'`')) && skipped < 3 {
        i += 1;
        skipped += 1;
    }
    let spaces_from = i;
    while matches!(bytes.get(i), Some(b' ' | b'\t')) && i - spaces_from < 8 {
        i += 1;
    }
    let rest = text.get(i..).unwrap_or("");
    let operator = [":=", "=>", "==", "=", ":"]
        .iter()
        .find(|op| rest.starts_with(**op))
        .map(|op| (op.len(), Operator::Sign))
        .or_else(|| {
            PROSE_OPERATORS
                .iter()
                .find(|w| rest.starts_with(**w))
                .map(|w| (w.len(), Operator::Word))
        })
        .or_else(|| (i > spaces_from).then_some((0, Operator::Space)));
    let Some((op_len, operator)) = operator else {
        return name_end;
    };
    let name = raw_name.trim_start_matches('-').to_lowercase();
    let Some(family) = names.family_of(&name) else {
        return name_end;
    };
    let flag = raw_name.starts_with('-')
        || ["requirepass", "masterauth", "identified by"].contains(&name.as_str());
    let allowed = match operator {
        Operator::Sign => true,
        Operator::Space => flag,
        Operator::Word => family == Family::Password,
    };
    if !allowed {
        return name_end;
    }
    i += op_len;
    while matches!(bytes.get(i), Some(b' ' | b'\t')) && i - spaces_from < 24 {
        i += 1;
    }
    // `b"…"`, `r'…'` string prefixes.
    if matches!(bytes.get(i), Some(b'b' | b'r' | b'f'))
        && matches!(bytes.get(i + 1), Some(b'"' | b'\''))
    {
        i += 1;
    }
    let in_query = name_start > 0 && matches!(bytes[name_start - 1], b'?' | b'&');
    let (start, end, quoted) = match value_span(text, i, in_query) {
        Ok(span) => span,
        Err(looked_to) => return looked_to,
    };
    let value = &text[start..end];
    let Some((kind, score)) = judge(
        input,
        name_start,
        &name,
        family,
        value,
        (start, end, quoted),
    ) else {
        return end;
    };
    let score = if operator == Operator::Word {
        score - 0.1
    } else {
        score
    };
    out.push(candidate(
        start,
        end,
        kind,
        score,
        format!("value of '{}'", raw_name.trim_matches('-')),
    ));
    end
}

/// How a name is tied to its value.
#[derive(Clone, Copy, PartialEq)]
enum Operator {
    /// `=`, `:`, `:=`, `=>`, `==`.
    Sign,
    /// A word in prose: `my password is …`, `密码是…`.
    Word,
    /// Whitespace, for command-line flags (`--requirepass …`).
    Space,
}

/// Words that tie a password to its value in prose, in several languages.
const PROSE_OPERATORS: &[&str] = &[
    "is ", "was ", "ist ", "est ", "es ", "è ", "é ", "是", "为", "為", "は", "는 ", "은 ",
];

/// The span of the value starting at `at`: inside quotes, or up to a delimiter.
/// In a URL query (`in_query`), `&next=` ends the value. `Err` holds how far it looked.
fn value_span(text: &str, at: usize, in_query: bool) -> Result<(usize, usize, bool), usize> {
    let bytes = text.as_bytes();
    let first = *bytes.get(at).ok_or(at)?;
    if matches!(first, b'"' | b'\'' | b'`') {
        let start = at + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != first && bytes[end] != b'\n' {
            end += 1;
            if end - start > MAX_VALUE {
                return Err(end);
            }
        }
        return if bytes.get(end) == Some(&first) && end > start {
            Ok((start, end, true))
        } else {
            Err(end)
        };
    }
    let start = at;
    let mut end = start;
    let mut open_parens = 0i32;
    while end < bytes.len() {
        let b = bytes[end];
        let stop = match b {
            b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'\'' | b'`' | b';' | b'<' | b'>' => true,
            b',' => true,
            b'(' | b'[' | b'{' => {
                open_parens += 1;
                false
            }
            b')' | b']' | b'}' => {
                open_parens -= 1;
                open_parens < 0
            }
            b'&' if in_query => {
                let next = text.get(end + 1..).unwrap_or("");
                let key_len = next
                    .bytes()
                    .take_while(|b| b.is_ascii_alphanumeric() || *b == b'_')
                    .count();
                key_len > 0 && next.as_bytes().get(key_len) == Some(&b'=')
            }
            _ => !b.is_ascii(),
        };
        if stop {
            break;
        }
        end += 1;
        if end - start > MAX_VALUE {
            return Err(end);
        }
    }
    while end > start && matches!(bytes[end - 1], b'.' | b',' | b':') {
        end -= 1;
    }
    if end > start {
        Ok((start, end, false))
    } else {
        Err(end)
    }
}

/// Which of the distinct name parts of [`KINDS_BY_NAME`] occur in a text.
struct NameParts(Vec<bool>);

impl NameParts {
    /// The distinct parts, one automaton over them, and each table row's part indices.
    fn table() -> Option<&'static (AhoCorasick, Vec<Vec<usize>>)> {
        static TABLE: OnceLock<Option<(AhoCorasick, Vec<Vec<usize>>)>> = OnceLock::new();
        TABLE
            .get_or_init(|| {
                let mut parts: Vec<&str> = Vec::new();
                let rows = KINDS_BY_NAME
                    .iter()
                    .map(|(row, _)| {
                        row.iter()
                            .map(|part| match parts.iter().position(|p| p == part) {
                                Some(at) => at,
                                None => {
                                    parts.push(part);
                                    parts.len() - 1
                                }
                            })
                            .collect()
                    })
                    .collect();
                let automaton = AhoCorasick::builder()
                    .ascii_case_insensitive(true)
                    .build(&parts)
                    .ok()?;
                Some((automaton, rows))
            })
            .as_ref()
    }

    /// The parts occurring in `text` (ASCII case-insensitively), in one pass.
    fn of(text: &str) -> NameParts {
        let Some((automaton, _)) = NameParts::table() else {
            return NameParts(Vec::new());
        };
        let mut found = vec![false; automaton.patterns_len()];
        for m in automaton.find_overlapping_iter(text) {
            found[m.pattern().as_usize()] = true;
        }
        NameParts(found)
    }

    /// Both texts' parts. No part holds a space, so the parts of `"{a} {b}"` are exactly
    /// those of `a` and those of `b`.
    fn union(mut self, other: &NameParts) -> NameParts {
        for (mine, theirs) in self.0.iter_mut().zip(&other.0) {
            *mine |= *theirs;
        }
        self
    }
}

/// The specific kind a setting name points to: the first row of [`KINDS_BY_NAME`] whose
/// parts all occur.
fn kind_by_parts(found: &NameParts) -> Option<&'static str> {
    let (_, rows) = NameParts::table()?;
    KINDS_BY_NAME
        .iter()
        .zip(rows)
        .find(|(_, parts)| {
            parts
                .iter()
                .all(|&p| found.0.get(p).copied().unwrap_or(false))
        })
        .map(|((_, kind), _)| *kind)
}

/// Decides whether `value` is a secret for a setting `name`, and its kind and score.
/// `span` is the value's `(start, end, quoted)`.
fn judge(
    input: &Input<'_>,
    name_start: usize,
    name: &str,
    family: Family,
    value: &str,
    span: (usize, usize, bool),
) -> Option<(&'static str, f32)> {
    let (start, end, quoted) = span;
    if name.contains("secret") && django_shape(value) {
        return Some(("django_secret_key", 0.85));
    }
    let has_digit = value.bytes().any(|b| b.is_ascii_digit());
    let has_lower = value.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = value.bytes().any(|b| b.is_ascii_uppercase());
    // An unquoted bare identifier in code is a variable, not a secret. Checked first: it
    // is the common case (`key: value` lines) and needs no allocation.
    let identifier = value
        .bytes()
        .all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'.');
    if !quoted && identifier && !(has_lower && has_upper && value.len() >= 16) {
        return None;
    }
    let lower = value.to_ascii_lowercase();
    if is_placeholder(value)
        || COMMON_VALUES.contains(&lower.as_str())
        || REFERENCES.iter().any(|r| lower.starts_with(r))
        || lower.contains("://")
        || (!quoted && value.ends_with(')') && value.contains('('))
    {
        return None;
    }
    // Tokens whose checksum the provider recognizer verifies are its call alone.
    if ["ghp_", "gho_", "ghu_", "ghs_", "ghr_", "npm_"]
        .iter()
        .any(|p| value.starts_with(p))
    {
        return None;
    }
    let name_parts = NameParts::of(name);
    let kind = kind_by_parts(&name_parts).or_else(|| {
        // A nested YAML/TOML key (`tencentcloud:\n  secret_key: …`): the parent names the provider.
        kind_by_parts(&NameParts::of(input.before(name_start, 60)).union(&name_parts))
    });
    match family {
        Family::Password if kind.is_none() => password_like(value).then_some(("password", 0.8)),
        _ => {
            let strong = matches!(family, Family::Secret { strong: true }) || kind.is_some();
            let symbols_ok = matches!(kind, Some("django_secret_key" | "session_secret"));
            let charset_ok = value.bytes().all(|b| {
                b.is_ascii_alphanumeric()
                    || b"+/=_-.~".contains(&b)
                    || (symbols_ok && b.is_ascii_graphic())
            });
            if value.len() < 16 || !charset_ok || !looks_random(value) {
                return None;
            }
            if !(has_digit || (has_lower && has_upper && value.len() >= 24)) {
                return None;
            }
            if zhipu_shape(value) {
                return Some(("zhipu_api_key", 0.9));
            }
            let kind = kind.or_else(|| {
                let hint_start = start.saturating_sub(80);
                PROVIDER_HINTS
                    .iter()
                    .find(|(hint, _)| {
                        input.has_keyword_near(start.max(hint_start), end, 120, &[hint])
                    })
                    .map(|(_, k)| *k)
            });
            match kind {
                Some(k) => Some((k, 0.85)),
                None if strong => Some(("generic_api_key", 0.75)),
                None => Some(("generic_api_key", 0.55)),
            }
        }
    }
}

/// Django's generated `SECRET_KEY`: 50 characters from its fixed alphabet of lowercase
/// letters, digits and `!@#$%^&*(-_=+)`, optionally after `django-insecure-`.
fn django_shape(value: &str) -> bool {
    let key = value.strip_prefix("django-insecure-").unwrap_or(value);
    key.len() == 50
        && key
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"!@#$%^&*(-_=+)".contains(&b))
        && key.bytes().any(|b| !b.is_ascii_alphanumeric())
        && key.bytes().any(|b| b.is_ascii_digit())
        && looks_random(key)
}

/// Whether a password value is not a word or a placeholder: 6 to 128 characters with a
/// digit, a symbol or mixed case (or long), not one repeated character. Placeholders and
/// references are rejected by the caller.
fn password_like(value: &str) -> bool {
    let has = |f: fn(&u8) -> bool| value.as_bytes().iter().any(f);
    let mixed = u8::from(has(u8::is_ascii_digit))
        + u8::from(has(u8::is_ascii_lowercase) && has(u8::is_ascii_uppercase))
        + u8::from(has(u8::is_ascii_punctuation));
    value.len() >= 6
        && value.len() <= 128
        && value.bytes().filter(|&b| b == b' ').count() < 2
        && (mixed >= 1 || value.len() >= 12)
        && !value.bytes().all(|b| b == value.as_bytes()[0])
}

/// Zhipu (BigModel) keys: 32 hex digits, a dot, 16 alphanumerics.
pub(super) fn zhipu_shape(value: &str) -> bool {
    match value.split_once('.') {
        Some((id, secret)) => {
            id.len() == 32
                && id.bytes().all(|b| b.is_ascii_hexdigit())
                && secret.len() == 16
                && secret.bytes().all(|b| b.is_ascii_alphanumeric())
        }
        None => false,
    }
}

/// `Bearer <token>` and `Authorization: Basic <base64 user:pass>`.
fn header(input: &Input<'_>, hit: &Hit, out: &mut Vec<Candidate>) -> Option<usize> {
    let text = input.text();
    let bytes = text.as_bytes();
    let mut start = hit.end;
    while bytes.get(start) == Some(&b' ') && start - hit.end < 4 {
        start += 1;
    }
    if matches!(ANCHORS[hit.anchor], "--user " | " -u ") {
        return user_flag(text, start, out);
    }
    if hit.start > 0 && bytes[hit.start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let token_byte = |b: u8| b.is_ascii_alphanumeric() || b"._~+/=-".contains(&b);
    let end = super::run_end(text, start, 4096, token_byte);
    let token = text.get(start..end)?;
    if bytes
        .get(end)
        .is_some_and(|&b| b.is_ascii_graphic() && !b"\"'`,;)]}\\".contains(&b))
    {
        return None;
    }
    let authorization = input.has_keyword_before(hit.start, 40, &["authorization", "auth"]);
    let basic = ANCHORS[hit.anchor] == "basic ";
    if basic {
        let decoded = super::base64_decode(token)?;
        let decoded = std::str::from_utf8(&decoded).ok()?;
        let (user, pass) = decoded.split_once(':')?;
        let printable = decoded.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
        if !authorization
            || !printable
            || user.is_empty()
            || pass.len() < 4
            || is_placeholder(decoded)
        {
            return None;
        }
        out.push(candidate(
            start,
            end,
            "basic_auth_credentials",
            0.85,
            "Authorization: Basic credentials",
        ));
        return Some(end);
    }
    let has_digit = token.bytes().any(|b| b.is_ascii_digit());
    let has_alpha = token.bytes().any(|b| b.is_ascii_alphabetic());
    if token.len() < 16 || !has_digit || !has_alpha || !looks_random(token) {
        return None;
    }
    let score = if authorization { 0.85 } else { 0.75 };
    out.push(candidate(start, end, "bearer_token", score, "bearer token"));
    Some(end)
}

/// `curl -u user:password` / `--user 'user:password'`: reports the password.
fn user_flag(text: &str, at: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let bytes = text.as_bytes();
    let quote = bytes.get(at).copied().filter(|b| matches!(b, b'"' | b'\''));
    let from = at + usize::from(quote.is_some());
    let end = super::run_end(text, from, 256, |b| {
        b.is_ascii_graphic() && b != b'"' && b != b'\''
    });
    if quote.is_some_and(|q| bytes.get(end) != Some(&q)) {
        return None;
    }
    let (user, password) = text.get(from..end)?.split_once(':')?;
    let start = end - password.len();
    let lower = password.to_ascii_lowercase();
    if user.is_empty()
        || !password_like(password)
        || is_placeholder(password)
        || COMMON_VALUES.contains(&lower.as_str())
        || password.starts_with('$')
    {
        return None;
    }
    out.push(candidate(
        start,
        end,
        "password",
        0.8,
        "password in a -u user:password option",
    ));
    Some(end)
}
