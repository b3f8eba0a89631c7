//! The proxy between a real loopback upstream and a raw HTTP client: what reaches the
//! upstream is masked, what reaches the caller is restored, bad input is refused.

use scrim::ScannerBuilder;
use scrim_proxy::{serve, Config};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::mpsc;
use std::thread;
use std::time::Duration;

const EMAIL: &str = "ann.lee@corp-mail.cn";
const TERM: &str = "Falcon";

/// One canned upstream reply: pieces written with a pause between them.
struct Reply {
    content_type: &'static str,
    pieces: Vec<String>,
    pause: Duration,
}

/// An upstream on loopback serving one request; sends back the raw request it received.
fn upstream(reply: Reply) -> (SocketAddr, mpsc::Receiver<String>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let (stream, _) = listener.accept().unwrap();
        let mut reader = BufReader::new(stream);
        let mut head = String::new();
        let mut length = 0;
        loop {
            let mut line = String::new();
            reader.read_line(&mut line).unwrap();
            if let Some(v) = line.to_ascii_lowercase().strip_prefix("content-length:") {
                length = v.trim().parse().unwrap();
            }
            head.push_str(&line);
            if line == "\r\n" {
                break;
            }
        }
        let mut body = vec![0; length];
        reader.read_exact(&mut body).unwrap();
        sender
            .send(head + &String::from_utf8(body).unwrap())
            .unwrap();
        let mut stream = reader.into_inner();
        let head = format!(
            "HTTP/1.1 200 OK\r\ncontent-type: {}\r\nconnection: close\r\n\r\n",
            reply.content_type
        );
        if stream.write_all(head.as_bytes()).is_err() {
            return;
        }
        for piece in &reply.pieces {
            if stream.write_all(piece.as_bytes()).is_err() || stream.flush().is_err() {
                return;
            }
            thread::sleep(reply.pause);
        }
    });
    (address, receiver)
}

/// The proxy, in a runtime of its own, forwarding to `upstream`.
fn proxy(upstream: SocketAddr, max_body: usize, timeout: Duration) -> SocketAddr {
    let (sender, receiver) = mpsc::channel();
    thread::spawn(move || {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async move {
            let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            sender.send(listener.local_addr().unwrap()).unwrap();
            let config = Config {
                upstream: format!("http://{upstream}").parse().unwrap(),
                scanner: ScannerBuilder::new().custom_term(TERM).build().unwrap(),
                max_body,
                timeout,
                log: false,
            };
            serve(listener, config).await.unwrap();
        });
    });
    receiver.recv().unwrap()
}

fn call(proxy: SocketAddr, path: &str, content_type: &str, body: &str) -> (u16, String) {
    call_declaring(proxy, path, content_type, body.len(), body)
}

/// Sends a request whose `content-length` is `declared` and whose body is `body` (which may
/// be shorter: a request refused on its declared length alone is sent without its body, so
/// the proxy's early answer is never lost to a reset from unread bytes).
fn call_declaring(
    proxy: SocketAddr,
    path: &str,
    content_type: &str,
    declared: usize,
    body: &str,
) -> (u16, String) {
    let mut stream = TcpStream::connect(proxy).unwrap();
    let request = format!(
        "POST {path} HTTP/1.1\r\nhost: x\r\nauthorization: Bearer sk-secret-key\r\ncontent-type: {content_type}\r\ncontent-length: {declared}\r\nconnection: close\r\n\r\n{body}"
    );
    stream.write_all(request.as_bytes()).unwrap();
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8(response).unwrap();
    let status = response[9..12].parse().unwrap();
    let body = response.split_once("\r\n\r\n").unwrap().1.to_string();
    (status, body)
}

/// Joins a chunked body's chunks (SSE answers come chunked).
fn unchunk(body: &str) -> String {
    let mut out = String::new();
    let mut rest = body;
    while let Some((size, tail)) = rest.split_once("\r\n") {
        let size = usize::from_str_radix(size.trim(), 16).unwrap();
        if size == 0 {
            break;
        }
        out.push_str(&tail[..size]);
        rest = &tail[size + 2..];
    }
    out
}

fn chat_request() -> String {
    serde_json::json!({"model": "deepseek-chat", "stream": false, "messages": [
        {"role": "system", "content": format!("You help project {TERM}.")},
        {"role": "user", "content": [{"type": "text", "text": format!("Write to {EMAIL} about {TERM}.")}]}
    ]})
    .to_string()
}

#[test]
fn json_answer_is_restored_and_upstream_saw_only_placeholders() {
    let answer = serde_json::json!({"id": "c1", "object": "chat.completion", "choices": [{
        "index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant",
        "content": "Mailing [EMAIL_1] about [TERM_1]; [TERM_9] is not ours.",
        "tool_calls": [{"id": "t", "type": "function", "function": {"name": "send",
            "arguments": "{\"to\":\"[EMAIL_1]\"}"}}]}}]});
    let (up, received) = upstream(Reply {
        content_type: "application/json",
        pieces: vec![answer.to_string()],
        pause: Duration::ZERO,
    });
    let proxy = proxy(up, 10 << 20, Duration::from_secs(10));
    let (status, body) = call(
        proxy,
        "/v1/chat/completions",
        "application/json",
        &chat_request(),
    );
    let seen = received.recv().unwrap();
    assert!(!seen.contains(EMAIL) && !seen.contains(TERM), "{seen}");
    assert!(seen.contains("[EMAIL_1]") && seen.contains("project [TERM_1]."));
    assert!(seen.contains("authorization: Bearer sk-secret-key"));
    assert_eq!(status, 200);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    let message = &body["choices"][0]["message"];
    assert_eq!(
        message["content"],
        format!("Mailing {EMAIL} about {TERM}; [TERM_9] is not ours.")
    );
    assert_eq!(
        message["tool_calls"][0]["function"]["arguments"],
        format!("{{\"to\":\"{EMAIL}\"}}")
    );
}

#[test]
fn streamed_answer_is_restored_across_split_chunks() {
    let delta = |text: &str| {
        let chunk = serde_json::json!({"id": "c1", "object": "chat.completion.chunk",
            "choices": [{"index": 0, "delta": {"content": text}, "finish_reason": null}]});
        format!("data: {chunk}\n\n")
    };
    let last = serde_json::json!({"id": "c1", "choices": [{"index": 0, "delta": {},
        "finish_reason": "stop"}]});
    let split_event = delta(" and [TERM_1] [x]");
    let (event_head, event_tail) = split_event.split_at(20);
    let (up, received) = upstream(Reply {
        content_type: "text/event-stream",
        pieces: vec![
            delta("Mailing [EMA"),
            delta("IL_1]"),
            event_head.to_string(),
            event_tail.to_string(),
            delta(" bye [TER"),
            format!("data: {last}\n\ndata: [DONE]\n\n"),
        ],
        pause: Duration::from_millis(15),
    });
    let proxy = proxy(up, 10 << 20, Duration::from_secs(10));
    let request = chat_request().replace("\"stream\":false", "\"stream\":true");
    let (status, body) = call(proxy, "/chat/completions", "application/json", &request);
    let seen = received.recv().unwrap();
    assert!(!seen.contains(EMAIL) && !seen.contains(TERM), "{seen}");
    assert_eq!(status, 200);
    let sse = unchunk(&body);
    let text: String = sse
        .split("\n\n")
        .filter_map(|e| e.strip_prefix("data: "))
        .filter(|d| *d != "[DONE]")
        .map(|d| serde_json::from_str::<serde_json::Value>(d).unwrap())
        .filter_map(|v| {
            v["choices"][0]["delta"]["content"]
                .as_str()
                .map(String::from)
        })
        .collect();
    assert_eq!(text, format!("Mailing {EMAIL} and {TERM} [x] bye [TER"));
    assert!(sse.ends_with("data: [DONE]\n\n"));
}

#[test]
fn anthropic_messages_are_masked_and_restored() {
    let answer = serde_json::json!({"id": "m", "type": "message", "role": "assistant",
        "content": [{"type": "text", "text": "Sure, [TERM_1]."},
                    {"type": "tool_use", "id": "t", "name": "mail", "input": {"to": "[EMAIL_1]"}}]});
    let (up, received) = upstream(Reply {
        content_type: "application/json",
        pieces: vec![answer.to_string()],
        pause: Duration::ZERO,
    });
    let proxy = proxy(up, 10 << 20, Duration::from_secs(10));
    let request = serde_json::json!({"model": "m", "max_tokens": 100,
        "system": format!("Project {TERM}"),
        "messages": [{"role": "user", "content": [{"type": "text", "text": format!("mail {EMAIL}")}]}]});
    let (status, body) = call(
        proxy,
        "/anthropic/v1/messages",
        "application/json",
        &request.to_string(),
    );
    let seen = received.recv().unwrap();
    assert!(seen.starts_with("POST /anthropic/v1/messages "), "{seen}");
    assert!(!seen.contains(EMAIL) && !seen.contains(TERM), "{seen}");
    assert_eq!(status, 200);
    let body: serde_json::Value = serde_json::from_str(&body).unwrap();
    assert_eq!(body["content"][0]["text"], format!("Sure, {TERM}."));
    assert_eq!(body["content"][1]["input"]["to"], EMAIL);
}

/// An upstream that must not be called; the receiver hears of any connection to it.
fn forbidden_upstream() -> (SocketAddr, mpsc::Receiver<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let (called, calls) = mpsc::channel();
    thread::spawn(move || {
        if listener.accept().is_ok() {
            let _ = called.send(());
        }
    });
    (address, calls)
}

#[test]
fn bad_requests_are_refused_and_never_forwarded() {
    let (up, calls) = forbidden_upstream();
    let proxy = proxy(up, 1 << 20, Duration::from_secs(10));
    let (status, body) = call(
        proxy,
        "/v1/chat/completions",
        "application/json",
        "{\"messages\": [",
    );
    assert_eq!(status, 400);
    assert!(body.contains("not valid JSON"), "{body}");
    let (status, body) = call(proxy, "/v1/chat/completions", "text/plain", &chat_request());
    assert_eq!(status, 415);
    assert!(body.contains("application/json"), "{body}");
    let big = format!(
        "{{\"messages\": [{{\"role\": \"user\", \"content\": \"{}\"}}]}}",
        "a".repeat(2 << 20)
    );
    let (status, body) = call_declaring(
        proxy,
        "/v1/chat/completions",
        "application/json",
        big.len(),
        "",
    );
    assert_eq!(status, 413);
    assert!(body.contains("larger than"), "{body}");
    let (status, _) = call(
        proxy,
        "/v1/chat/completions",
        "application/json",
        "{\"messages\": 3}",
    );
    assert_eq!(status, 400);
    let (status, body) = call(proxy, "/v1/embeddings", "application/json", &chat_request());
    assert_eq!(status, 404);
    assert!(body.contains("not forwarded"), "{body}");
    assert!(calls.recv_timeout(Duration::from_millis(100)).is_err());
}

#[test]
fn a_stalled_upstream_gets_a_gateway_timeout() {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let up = listener.local_addr().unwrap();
    let (done, wait) = mpsc::channel::<()>();
    thread::spawn(move || {
        let (_stream, _) = listener.accept().unwrap();
        let _ = wait.recv_timeout(Duration::from_secs(10));
    });
    let proxy = proxy(up, 1 << 20, Duration::from_millis(300));
    let (status, body) = call(
        proxy,
        "/v1/chat/completions",
        "application/json",
        &chat_request(),
    );
    assert_eq!(status, 504);
    assert!(body.contains("did not answer"), "{body}");
    drop(done);
}

#[test]
fn a_client_leaving_mid_stream_closes_the_upstream() {
    let delta = serde_json::json!({"choices": [{"index": 0, "delta": {"content": "[TERM_1] "}}]});
    let pieces = vec![format!("data: {delta}\n\n"); 400];
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let up = listener.local_addr().unwrap();
    let (sent_all, result) = mpsc::channel();
    thread::spawn(move || {
        let (mut stream, _) = listener.accept().unwrap();
        let mut buffer = [0; 65536];
        let _ = stream.read(&mut buffer);
        let head =
            "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\nconnection: close\r\n\r\n";
        let mut written = stream.write_all(head.as_bytes()).is_ok();
        let mut count = 0;
        for piece in &pieces {
            written = written && stream.write_all(piece.as_bytes()).is_ok();
            if !written {
                break;
            }
            count += 1;
            thread::sleep(Duration::from_millis(10));
        }
        sent_all.send(count).unwrap();
    });
    let proxy = proxy(up, 1 << 20, Duration::from_secs(10));
    let mut client = TcpStream::connect(proxy).unwrap();
    let body = chat_request();
    let request = format!(
        "POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{body}",
        body.len()
    );
    client.write_all(request.as_bytes()).unwrap();
    let mut first = [0; 512];
    let n = client.read(&mut first).unwrap();
    assert!(String::from_utf8_lossy(&first[..n]).starts_with("HTTP/1.1 200"));
    drop(client);
    let count = result.recv_timeout(Duration::from_secs(20)).unwrap();
    assert!(count < 400, "the upstream kept streaming to a gone client");
}

#[test]
fn a_body_over_ten_megabytes_without_a_length_is_cut_off_with_413() {
    let (up, calls) = forbidden_upstream();
    let proxy = proxy(up, 10 << 20, Duration::from_secs(10));
    let mut stream = TcpStream::connect(proxy).unwrap();
    let head = "POST /v1/messages HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
    stream.write_all(head.as_bytes()).unwrap();
    let piece = format!("{:x}\r\n{}\r\n", 1 << 20, "a".repeat(1 << 20));
    // Eleven 1 MB chunks; the proxy may answer and close before all are written.
    for _ in 0..11 {
        if stream.write_all(piece.as_bytes()).is_err() {
            break;
        }
    }
    let _ = stream.write_all(b"0\r\n\r\n");
    let mut response = Vec::new();
    let _ = stream.read_to_end(&mut response);
    let response = String::from_utf8_lossy(&response);
    assert!(response.starts_with("HTTP/1.1 413"), "{response}");
    assert!(
        response.contains("\"type\":\"error\""),
        "Anthropic-style error: {response}"
    );
    assert!(calls.recv_timeout(Duration::from_millis(100)).is_err());
}
