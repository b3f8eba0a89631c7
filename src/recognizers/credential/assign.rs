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

/// Longest setting name and value looked at.
const MAX_NAME: usize = 64;
const MAX_VALUE: usize = 512;

pub(super) struct Assignments;

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
    "bearer ",
    "basic ",
];
const FIRST_HEADER: usize = ANCHORS.len() - 2;

/// Words in a setting name that say the value is not a secret (or not a literal one).
const NOT_SECRET: &[&str] = &[
    "public", "publishable", "pubkey", "keyid", "key_id", "secret_id", "secretid", "token_id",
    "type", "url", "uri", "endpoint", "path", "file", "name", "limit", "count", "length",
    "size", "ttl", "expir", "timeout", "header", "field", "prefix", "policy", "format", "hash",
    "reset", "forgot", "hint", "strength", "rotation", "version", "provider", "manager",
    "schema", "usage", "tokeniz", "tokens", "keyboard", "keyword", "keys", "monkey", "turkey",
    "hockey", "whisk", "donkey", "passport", "bypass", "compass", "surpass", "passeng",
    "passage", "passive", "author", "enabled", "required", "label", "placeholder", "region",
    "secretary", "keystore", "keychain", "keyring", "key_pair", "keypair", "hotkey",
    "keypress", "keydown", "keyup", "keycode", "primary", "foreign", "cache_key",
    "idempotency", "partition", "method", "callback", "redirect", "scope", "grant", "audience",
    "issuer", "algorithm", "encoding", "_ref", "_env", "passthrough", "pass_through",
    "password_confirm", "button", "dialog", "valid", "verify",
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
    "pass", "pwd", "kennwort", "mot de passe", "mdp", "contraseña", "contrasena", "senha",
    "wachtwoord", "parola", "パスワード", "비밀번호", "암호", "密码", "密碼", "口令", "暗証番号",
];

/// Name fragments of settings that hold secrets with a strong signal.
const STRONG_SECRET_WORDS: &[&str] = &[
    "api_key", "apikey", "api-key", "access_key", "accesskey", "secret", "token", "private_key",
    "privatekey", "auth_key", "master_key", "signing_key", "encryption_key", "app_key",
    "client_secret", "密钥", "秘钥", "令牌",
];

/// Values that are words, not secrets.
const COMMON_VALUES: &[&str] = &[
    "password", "passwd", "secret", "token", "pass", "admin", "root", "test", "testing", "null",
    "none", "nil", "true", "false", "undefined", "empty", "string", "value", "required",
    "optional", "default", "guest", "user", "username", "hunter2", "123456", "12345678",
    "qwerty", "letmein", "env", "str", "bytes", "any", "number",
];

/// Prefixes of values that refer to a secret stored elsewhere.
const REFERENCES: &[&str] = &[
    "$", "process.env", "os.environ", "os.getenv", "getenv", "env(", "env.", "secrets.", "vault:",
    "config.", "settings.", "self.", "this.", "args.", "params.", "request.", "req.", "input(",
    "prompt(", "os.lookupenv", "system.getenv", "environment.", "import.meta", "keyring",
    "file:", "/", "./", "~/", "http://", "https://", "-----begin",
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
            done_to = name_end;
            if let Some(end) = assignment(input, name_start, name_end, out) {
                done_to = end;
            }
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

/// Reads `<name> <operator> <value>` and reports the value when it is a secret.
fn assignment(input: &Input<'_>, name_start: usize, name_end: usize, out: &mut Vec<Candidate>) -> Option<usize> {
    let text = input.text();
    let bytes = text.as_bytes();
    let raw_name = &text[name_start..name_end];
    let name = raw_name.trim_start_matches('-').to_lowercase();
    let family = family_of(&name)?;
    let flag = raw_name.starts_with('-') || name == "requirepass" || name == "masterauth";

    // Operator.
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
    let rest = text.get(i..)?;
    let (op_len, prose) = if let Some(op) = [":=", "=>", "==", "=", ":"].iter().find(|op| rest.starts_with(**op)) {
        (op.len(), false)
    } else if flag && i > spaces_from {
        (0, false)
    } else if family == Family::Password {
        let word = ["is ", "was ", "ist ", "est ", "es ", "è ", "é ", "是", "为", "為", "は", "는 ", "은 "]
            .iter()
            .find(|w| rest.starts_with(**w))?;
        (word.len(), true)
    } else {
        return None;
    };
    i += op_len;
    while matches!(bytes.get(i), Some(b' ' | b'\t')) && i - spaces_from < 24 {
        i += 1;
    }
    // `b"…"`, `r'…'` string prefixes.
    if matches!(bytes.get(i), Some(b'b' | b'r' | b'f')) && matches!(bytes.get(i + 1), Some(b'"' | b'\'')) {
        i += 1;
    }
    let in_query = name_start > 0 && matches!(bytes[name_start - 1], b'?' | b'&');
    let (start, end, quoted) = value_span(text, i, in_query)?;
    let value = &text[start..end];
    let (kind, score) = judge(input, &name, family, value, start, end, quoted)?;
    let score = if prose { score - 0.1 } else { score };
    out.push(candidate(start, end, kind, score, format!("value of '{}'", raw_name.trim_matches('-'))));
    Some(end)
}

/// The span of the value starting at `at`: inside quotes, or up to a delimiter.
/// In a URL query (`in_query`), `&next=` ends the value.
fn value_span(text: &str, at: usize, in_query: bool) -> Option<(usize, usize, bool)> {
    let bytes = text.as_bytes();
    let first = *bytes.get(at)?;
    if matches!(first, b'"' | b'\'' | b'`') {
        let start = at + 1;
        let mut end = start;
        while end < bytes.len() && bytes[end] != first && bytes[end] != b'\n' {
            end += 1;
            if end - start > MAX_VALUE {
                return None;
            }
        }
        return (bytes.get(end) == Some(&first) && end > start).then_some((start, end, true));
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
                let key_len = next.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'_').count();
                key_len > 0 && next.as_bytes().get(key_len) == Some(&b'=')
            }
            _ => !b.is_ascii(),
        };
        if stop {
            break;
        }
        end += 1;
        if end - start > MAX_VALUE {
            return None;
        }
    }
    while end > start && matches!(bytes[end - 1], b'.' | b',' | b':') {
        end -= 1;
    }
    (end > start).then_some((start, end, false))
}

/// The family of a setting name, or `None` when it does not name a secret.
fn family_of(name: &str) -> Option<Family> {
    if NOT_SECRET.iter().any(|w| name.contains(w)) || name.ends_with("id") || name.ends_with("_ids") {
        return None;
    }
    if PASSWORD_WORDS.iter().any(|w| name.contains(w)) {
        return Some(Family::Password);
    }
    if STRONG_SECRET_WORDS.iter().any(|w| name.contains(w)) || name.contains("auth") && name.contains("token") {
        return Some(Family::Secret { strong: true });
    }
    (name.contains("key") && !name.contains("auth") || name == "auth").then_some(Family::Secret { strong: false })
}

/// Decides whether `value` is a secret for a setting `name`, and its kind and score.
fn judge(
    input: &Input<'_>,
    name: &str,
    family: Family,
    value: &str,
    start: usize,
    end: usize,
    quoted: bool,
) -> Option<(&'static str, f32)> {
    if name.contains("secret") && django_shape(value) {
        return Some(("django_secret_key", 0.85));
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
    let has_digit = value.bytes().any(|b| b.is_ascii_digit());
    let has_lower = value.bytes().any(|b| b.is_ascii_lowercase());
    let has_upper = value.bytes().any(|b| b.is_ascii_uppercase());
    let has_symbol = value.bytes().any(|b| b.is_ascii_punctuation());
    // An unquoted bare identifier in code is a variable, not a secret.
    let identifier = value.bytes().all(|b| b.is_ascii_alphabetic() || b == b'_' || b == b'.');
    if !quoted && identifier && !(has_lower && has_upper && value.len() >= 16) {
        return None;
    }
    let kind = KINDS_BY_NAME
        .iter()
        .find(|(parts, _)| parts.iter().all(|p| name.contains(p)))
        .map(|(_, kind)| *kind);
    match family {
        Family::Password if kind.is_none() => {
            let mixed = has_digit as u8 + (has_lower && has_upper) as u8 + has_symbol as u8;
            let ok = value.len() >= 6
                && value.len() <= 128
                && value.bytes().filter(|&b| b == b' ').count() < 2
                && (mixed >= 1 || value.len() >= 12)
                && !value.bytes().all(|b| b == value.as_bytes()[0]);
            ok.then_some(("password", 0.8))
        }
        _ => {
            let strong = matches!(family, Family::Secret { strong: true }) || kind.is_some();
            let symbols_ok = matches!(kind, Some("django_secret_key" | "session_secret"));
            let charset_ok = value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b"+/=_-.~".contains(&b) || (symbols_ok && b.is_ascii_graphic()));
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
                    .find(|(hint, _)| input.has_keyword_near(start.max(hint_start), end, 120, &[hint]))
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
        && key.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"!@#$%^&*(-_=+)".contains(&b))
        && key.bytes().any(|b| !b.is_ascii_alphanumeric())
        && key.bytes().any(|b| b.is_ascii_digit())
        && looks_random(key)
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
    if hit.start > 0 && bytes[hit.start - 1].is_ascii_alphanumeric() {
        return None;
    }
    let mut start = hit.end;
    while bytes.get(start) == Some(&b' ') && start - hit.end < 4 {
        start += 1;
    }
    let token_byte = |b: u8| b.is_ascii_alphanumeric() || b"._~+/=-".contains(&b);
    let end = super::run_end(text, start, 4096, token_byte);
    let token = text.get(start..end)?;
    if bytes.get(end).is_some_and(|&b| b.is_ascii_graphic() && !b"\"'`,;)]}\\".contains(&b)) {
        return None;
    }
    let authorization = input.has_keyword_before(hit.start, 40, &["authorization", "auth"]);
    let basic = ANCHORS[hit.anchor] == "basic ";
    if basic {
        let decoded = super::base64_decode(token)?;
        let decoded = std::str::from_utf8(&decoded).ok()?;
        let (user, pass) = decoded.split_once(':')?;
        let printable = decoded.bytes().all(|b| b.is_ascii_graphic() || b == b' ');
        if !authorization || !printable || user.is_empty() || pass.len() < 4 || is_placeholder(decoded) {
            return None;
        }
        out.push(candidate(start, end, "basic_auth_credentials", 0.85, "Authorization: Basic credentials"));
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
