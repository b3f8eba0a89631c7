//! Benchmarks for the detection core: prints figures, asserts nothing.
//!
//! `cargo bench` (or `make bench`) prints single-thread throughput at `balanced` on English
//! prose, Chinese prose, source code and PII-dense text; the time for 1 MB pathological
//! inputs; and scanner construction time (cold, which builds the built-in recognizers, and
//! warm, which is what a settings change in the extension costs). Inputs are generated
//! deterministically so figures compare across runs.

use scrim::{ScannerBuilder, Sensitivity};
use std::hint::black_box;
use std::time::{Duration, Instant};

const TARGET_BYTES: usize = 1 << 20;

/// A tiny deterministic generator for picking words.
struct Picker(u64);

impl Picker {
    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        items[(self.0 >> 33) as usize % items.len()]
    }
}

fn fill(mut next: impl FnMut() -> String) -> String {
    let mut text = String::with_capacity(TARGET_BYTES + 256);
    while text.len() < TARGET_BYTES {
        text.push_str(&next());
    }
    text
}

fn english_prose() -> String {
    const WORDS: &[&str] = &[
        "the",
        "quarterly",
        "report",
        "shows",
        "that",
        "our",
        "team",
        "shipped",
        "three",
        "features",
        "and",
        "fixed",
        "many",
        "bugs",
        "before",
        "the",
        "deadline",
        "customers",
        "asked",
        "for",
        "better",
        "onboarding",
        "so",
        "we",
        "will",
        "focus",
        "on",
        "documentation",
        "in",
        "March",
        "revenue",
        "grew",
        "by",
        "12%",
        "while",
        "costs",
        "stayed",
        "flat",
        "please",
        "summarise",
        "this",
        "email",
        "thread",
        "into",
        "action",
        "items",
        "with",
        "owners",
    ];
    let mut picker = Picker(7);
    fill(|| {
        let mut sentence: Vec<&str> = (0..14).map(|_| picker.pick(WORDS)).collect();
        sentence[0] = "The";
        format!("{}. ", sentence.join(" "))
    })
}

fn chinese_prose() -> String {
    const PHRASES: &[&str] = &[
        "我们",
        "今天",
        "讨论",
        "了",
        "项目",
        "进度",
        "客户",
        "希望",
        "下个月",
        "上线",
        "新的",
        "功能",
        "请",
        "帮我",
        "总结",
        "这份",
        "会议",
        "纪要",
        "并",
        "列出",
        "待办事项",
        "负责人",
        "时间",
        "预算",
        "风险",
        "需要",
        "进一步",
        "确认",
        "，",
        "。",
    ];
    let mut picker = Picker(11);
    fill(|| (0..20).map(|_| picker.pick(PHRASES)).collect::<String>() + "。\n")
}

fn source_code() -> String {
    const LINES: &[&str] = &[
        "fn parse_header(input: &[u8]) -> Result<Header, Error> {\n",
        "    let version = u16::from_be_bytes([input[0], input[1]]);\n",
        "    if version > MAX_VERSION { return Err(Error::Version(version)); }\n",
        "const retries = config.get('retries') ?? 3;\n",
        "import { useState, useEffect } from 'react';\n",
        "    for (let i = 0; i < items.length; i += 1) { total += items[i].price * 1.08; }\n",
        "def handler(event, context):\n    return {'statusCode': 200, 'body': json.dumps(event)}\n",
        "SELECT id, created_at FROM orders WHERE status = 'open' ORDER BY 2 DESC LIMIT 50;\n",
        "    logger.info(\"request %s took %d ms\", request_id, elapsed)\n",
        "}\n",
    ];
    let mut picker = Picker(13);
    fill(|| picker.pick(LINES).to_string())
}

fn pii_dense() -> String {
    const RECORDS: &[&str] = &[
        "Name: Maria Schmidt, email maria.schmidt@firma-beispiel.de, Tel. +49 30 12345678\n",
        "Customer Jane Doe <jane.doe@acme-mail.com> paid with 4111 1111 1111 1111 exp 12/27\n",
        "姓名：王伟 手机：13800138000 身份证号：110101199003077675\n",
        "IBAN GB82 WEST 1234 5698 7654 32, SSN 123-45-6789, DOB 1990-03-07\n",
        "OPENAI_API_KEY=sk-proj-4fX9kLm2Qw8Zr7Tn5Bv1Cx3Dy6Eu0Fh2Gi4Hj6Kl8Mn0Po\n",
        "server 10.20.30.40 mac 00:1A:2B:3C:4D:5E wallet 0x52908400098527886E0F7030069857D2E4169EE7\n",
    ];
    let mut picker = Picker(17);
    fill(|| picker.pick(RECORDS).to_string())
}

/// Median time of `runs` scans of `text`.
fn time_scan(scanner: &scrim::Scanner, text: &str, runs: usize) -> (Duration, usize) {
    let mut times = Vec::with_capacity(runs);
    let mut found = 0;
    for _ in 0..runs {
        let start = Instant::now();
        found = black_box(scanner.scan(black_box(text))).len();
        times.push(start.elapsed());
    }
    times.sort();
    (times[runs / 2], found)
}

fn main() {
    let cold = Instant::now();
    let scanner = ScannerBuilder::new()
        .sensitivity(Sensitivity::Balanced)
        .build()
        .expect("default policy builds");
    let cold = cold.elapsed();
    // Some recognizers compile their patterns on the first text that wakes them: measure
    // that first scan too, so the lazy work is reported rather than hidden.
    let first = Instant::now();
    black_box(scanner.scan("Ship to 221 Baker Street, London NW1 6XE. DOB: 12 March 1990."));
    let first = first.elapsed();
    let warm = Instant::now();
    let custom = ScannerBuilder::new()
        .custom_term("Project Falcon")
        .custom_pattern("ticket", r"TCK-[0-9]{6}")
        .allow("ops@acme-mail.com")
        .build()
        .expect("custom policy builds");
    let warm = warm.elapsed();
    black_box(custom);

    println!(
        "scanner construction: cold {:.2} ms (built-in recognizers), warm {:.3} ms (a settings change); \
         first scan of a short prompt {:.2} ms (compiles the lazily built patterns)",
        cold.as_secs_f64() * 1e3,
        warm.as_secs_f64() * 1e3,
        first.as_secs_f64() * 1e3
    );
    println!();
    println!(
        "{:<28} {:>10} {:>12} {:>10}",
        "throughput at balanced", "size", "MB/s", "findings"
    );
    for (name, text) in [
        ("English prose", english_prose()),
        ("Chinese prose", chinese_prose()),
        ("source code", source_code()),
        ("PII-dense records", pii_dense()),
    ] {
        let (median, found) = time_scan(&scanner, &text, 9);
        let mb_per_s = text.len() as f64 / 1e6 / median.as_secs_f64();
        println!(
            "{name:<28} {:>8} KB {mb_per_s:>12.1} {found:>10}",
            text.len() / 1024
        );
    }
    println!();
    println!(
        "{:<28} {:>10} {:>12}",
        "pathological input (1 MB)", "", "ms"
    );
    let base64: String = (0..TARGET_BYTES)
        .map(|i| {
            b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
                [(i * 7 + i / 64) % 64] as char
        })
        .collect();
    for (name, text) in [
        ("digits", "7".repeat(TARGET_BYTES)),
        ("digits and spaces", "4 ".repeat(TARGET_BYTES / 2)),
        ("@ signs", "@".repeat(TARGET_BYTES)),
        ("base64", base64),
        ("one repeated letter", "a".repeat(TARGET_BYTES)),
        ("one repeated CJK char", "号".repeat(TARGET_BYTES / 3)),
        ("1.1.1.1...", "1.".repeat(TARGET_BYTES / 2)),
        ("a@b. repeated", "a@b.".repeat(TARGET_BYTES / 4)),
        ("sk-sk-sk-...", "sk-".repeat(TARGET_BYTES / 3)),
        (
            "-----BEGIN repeated",
            "-----BEGIN ".repeat(TARGET_BYTES / 11),
        ),
        ("password= repeated", "password=".repeat(TARGET_BYTES / 9)),
        ("long line of |", "|".repeat(TARGET_BYTES)),
        ("0x repeated", "0x".repeat(TARGET_BYTES / 2)),
        ("+86 repeated", "+86 ".repeat(TARGET_BYTES / 4)),
        ("digit-dash pairs", "12-".repeat(TARGET_BYTES / 3)),
        ("hex digits", "0123456789abcdef".repeat(TARGET_BYTES / 16)),
        ("dotted words a.b.c", "ab.".repeat(TARGET_BYTES / 3)),
        ("colon hex aa:bb:", "1a:".repeat(TARGET_BYTES / 3)),
        ("Mr Ms Dr repeated", "Dr. Ms ".repeat(TARGET_BYTES / 7)),
        ("key: value lines", "key: x\n".repeat(TARGET_BYTES / 7)),
        ("digits, no spaces, commas", "123,".repeat(TARGET_BYTES / 4)),
    ] {
        let (median, _) = time_scan(&scanner, &text, 3);
        println!("{name:<28} {:>10} {:>12.1}", "", median.as_secs_f64() * 1e3);
    }
}
