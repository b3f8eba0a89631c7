//! `cargo bench -p scrim-proxy`: the proxy's cost, printed as figures.
//!
//! - added latency per request for a 4 KB prompt: via the proxy minus straight to the same
//!   loopback upstream (medians), and the screening step alone;
//! - streaming overhead per SSE chunk that needs restoring;
//! - throughput through the proxy against the loopback upstream, 4 clients.

use bytes::Bytes;
use http_body_util::Full;
use scrim::ScannerBuilder;
use scrim_proxy::request::screen;
use scrim_proxy::sse::SseRestorer;
use scrim_proxy::{serve, Config, Dialect};
use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::time::{Duration, Instant};

const ANSWER: &str = r#"{"id":"c","object":"chat.completion","choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"Mail [EMAIL_1] today."}}]}"#;

fn prompt_4kb() -> String {
    let mut text =
        String::from("Please write to ann.lee@corp-mail.cn and call +86 138 0013 8000. ");
    while text.len() < 4096 {
        text.push_str(
            "The quarterly report covers revenue, churn and the hiring plan for next year. ",
        );
    }
    serde_json::json!({"model": "m", "messages": [{"role": "user", "content": text}]}).to_string()
}

fn post(address: SocketAddr, body: &str) -> Duration {
    let started = Instant::now();
    let mut stream = TcpStream::connect(address).unwrap();
    let request = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    stream.read_to_end(&mut response).unwrap();
    assert!(response.starts_with(b"HTTP/1.1 200"));
    started.elapsed()
}

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    let (upstream, proxy) = runtime.block_on(async {
        let upstream = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let upstream_address = upstream.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let (stream, _) = upstream.accept().await.unwrap();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(|_req| async {
                        let mut response = hyper::Response::new(Full::new(Bytes::from(ANSWER)));
                        response.headers_mut().insert(
                            hyper::header::CONTENT_TYPE,
                            hyper::header::HeaderValue::from_static("application/json"),
                        );
                        Ok::<_, std::convert::Infallible>(response)
                    });
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy_address = listener.local_addr().unwrap();
        let config = Config {
            upstream: format!("http://{upstream_address}").parse().unwrap(),
            scanner: ScannerBuilder::new().build().unwrap(),
            max_body: 10 << 20,
            timeout: Duration::from_secs(10),
            log: false,
        };
        tokio::spawn(serve(listener, config));
        (upstream_address, proxy_address)
    });

    let body = prompt_4kb();
    let rounds = 300;
    for _ in 0..20 {
        post(proxy, &body);
        post(upstream, &body);
    }
    let direct = median((0..rounds).map(|_| post(upstream, &body)).collect());
    let proxied = median((0..rounds).map(|_| post(proxy, &body)).collect());
    println!(
        "proxy: 4 KB prompt, median of {rounds}: direct {:.3} ms, via proxy {:.3} ms, added {:.3} ms",
        direct.as_secs_f64() * 1e3,
        proxied.as_secs_f64() * 1e3,
        proxied.saturating_sub(direct).as_secs_f64() * 1e3
    );

    let scanner = ScannerBuilder::new().build().unwrap();
    let request: serde_json::Value = serde_json::from_str(&body).unwrap();
    let screening = median(
        (0..rounds)
            .map(|_| {
                let started = Instant::now();
                let mut value: serde_json::Value = serde_json::from_str(&body).unwrap();
                screen(&mut value, Dialect::OpenAi, &scanner).unwrap();
                let _ = value.to_string();
                started.elapsed()
            })
            .collect(),
    );
    println!(
        "proxy: screening a 4 KB request (parse, scan, mask, serialise): {:.3} ms",
        screening.as_secs_f64() * 1e3
    );

    let mut masked = request.clone();
    let restorer = screen(&mut masked, Dialect::OpenAi, &scanner)
        .unwrap()
        .restorer;
    let chunk = |text: &str| {
        let value = serde_json::json!({"id": "c", "object": "chat.completion.chunk", "created": 1,
            "model": "deepseek-chat", "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]});
        format!("data: {value}\n\n")
    };
    let chunks: Vec<String> = [
        "Sure, I will mail [EMA",
        "IL_1] and call ",
        "[PHONE_1] today. ",
        "Plain words go straight on. ",
    ]
    .iter()
    .map(|t| chunk(t))
    .collect();
    let count = 40_000;
    let mut sse = SseRestorer::new(restorer, Dialect::OpenAi);
    let started = Instant::now();
    let mut bytes = 0;
    for i in 0..count {
        bytes += sse.push(chunks[i % chunks.len()].as_bytes()).unwrap().len();
    }
    let per_chunk = started.elapsed() / count as u32;
    println!(
        "proxy: streaming restore, {count} SSE chunks ({bytes} bytes out): {:.2} µs per chunk",
        per_chunk.as_secs_f64() * 1e6
    );

    let clients = 4;
    let window = Duration::from_secs(2);
    let started = Instant::now();
    let done: usize = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..clients)
            .map(|_| {
                scope.spawn(|| {
                    let mut n = 0;
                    while started.elapsed() < window {
                        post(proxy, &body);
                        n += 1;
                    }
                    n
                })
            })
            .collect();
        workers.into_iter().map(|w| w.join().unwrap()).sum()
    });
    println!(
        "proxy: throughput, {clients} clients for {:.1} s: {:.0} requests/s ({done} requests, 4 KB prompts)",
        started.elapsed().as_secs_f64(),
        done as f64 / started.elapsed().as_secs_f64()
    );
}
