//! The `scrim-proxy` command (also run as `scrim proxy`): parses the options, builds the
//! scanner and serves until interrupted.

use scrim::{Policy, ScannerBuilder, Sensitivity};
use scrim_proxy::{serve, Config};
use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str =
    "usage: scrim proxy [--listen 127.0.0.1:8787] [--upstream https://api.deepseek.com]
                   [--policy FILE] [--sensitivity relaxed|balanced|strict]
                   [--max-body BYTES] [--timeout SECONDS]
Point an OpenAI- or Anthropic-compatible SDK's base URL at the listen address
(http://127.0.0.1:8787/v1, or http://127.0.0.1:8787 for Anthropic): requests are masked
with placeholders before they go upstream and the answers restored on the way back.";

struct Options {
    listen: SocketAddr,
    upstream: hyper::Uri,
    policy: Option<String>,
    sensitivity: Option<Sensitivity>,
    max_body: usize,
    timeout: Duration,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let mut options = Options {
        listen: SocketAddr::from(([127, 0, 0, 1], 8787)),
        upstream: hyper::Uri::from_static("https://api.deepseek.com"),
        policy: None,
        sensitivity: None,
        max_body: 10 << 20,
        timeout: Duration::from_secs(300),
    };
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| {
            rest.next()
                .cloned()
                .ok_or_else(|| format!("{name} needs a value"))
        };
        match arg.as_str() {
            "--listen" => {
                let text = value("--listen")?;
                options.listen = text
                    .parse()
                    .map_err(|_| format!("--listen wants HOST:PORT, not '{text}'"))?;
            }
            "--upstream" => {
                let text = value("--upstream")?;
                let uri: hyper::Uri = text
                    .parse()
                    .map_err(|_| format!("--upstream is not a URL: '{text}'"))?;
                if !matches!(uri.scheme_str(), Some("http" | "https")) || uri.host().is_none() {
                    return Err(format!("--upstream wants an http(s) URL, not '{text}'"));
                }
                options.upstream = uri;
            }
            "--policy" => options.policy = Some(value("--policy")?),
            "--sensitivity" | "-s" => {
                let level = value("--sensitivity")?;
                options.sensitivity = Some(
                    Sensitivity::from_name(&level)
                        .ok_or_else(|| format!("unknown sensitivity '{level}'"))?,
                );
            }
            "--max-body" => {
                let text = value("--max-body")?;
                options.max_body = text
                    .parse()
                    .map_err(|_| format!("--max-body wants a number of bytes, not '{text}'"))?;
            }
            "--timeout" => {
                let text = value("--timeout")?;
                let seconds: f64 = text
                    .parse()
                    .ok()
                    .filter(|s: &f64| *s > 0.0 && s.is_finite())
                    .ok_or_else(|| format!("--timeout wants seconds, not '{text}'"))?;
                options.timeout = Duration::from_secs_f64(seconds);
            }
            "-h" | "--help" => return Err(String::new()),
            other => return Err(format!("unknown option '{other}'")),
        }
    }
    Ok(options)
}

fn config(options: &Options) -> Result<Config, String> {
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
    let scanner = ScannerBuilder::from_policy(policy)
        .build()
        .map_err(|e| e.to_string())?;
    Ok(Config {
        upstream: options.upstream.clone(),
        scanner,
        max_body: options.max_body,
        timeout: options.timeout,
        log: true,
    })
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let options = match parse_args(&args) {
        Ok(options) => options,
        Err(message) if message.is_empty() => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Err(message) => {
            eprintln!("scrim proxy: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    let config = match config(&options) {
        Ok(config) => config,
        Err(message) => {
            eprintln!("scrim proxy: {message}");
            return ExitCode::from(2);
        }
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("scrim proxy: {e}");
            return ExitCode::from(2);
        }
    };
    let result = runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(options.listen).await?;
        let address = listener.local_addr()?;
        if !address.ip().is_loopback() {
            eprintln!("scrim proxy: warning: {address} is reachable from other machines");
        }
        eprintln!(
            "scrim proxy: listening on http://{address}, forwarding to {}",
            options.upstream
        );
        serve(listener, config).await
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("scrim proxy: {e}");
            ExitCode::from(2)
        }
    }
}
