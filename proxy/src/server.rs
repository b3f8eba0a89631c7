//! The HTTP side: accepts chat API calls on a local address, screens them, forwards them to
//! the upstream API and restores the answers on their way back.
//!
//! Only the routes Scrim understands are served (chat completions, messages, models);
//! anything else is refused rather than forwarded unscreened. Request headers, the API key
//! among them, are forwarded as they came and never logged; the log holds one line per
//! request with the counts masked per category.

use crate::request::{screen, Dialect};
use crate::restore::Restorer;
use crate::sse::SseRestorer;
use bytes::Bytes;
use http_body::{Body, Frame};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full, LengthLimitError, Limited};
use hyper::body::Incoming;
use hyper::header::{self, HeaderMap, HeaderValue};
use hyper::{Method, Request, Response, StatusCode, Uri};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioIo};
use scrim::Scanner;
use serde_json::{json, Value};
use std::convert::Infallible;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::{Duration, Instant};
use tokio::net::TcpListener;
use tokio::time::Sleep;

type BoxError = Box<dyn std::error::Error + Send + Sync>;
type ProxyBody = UnsyncBoxBody<Bytes, BoxError>;

/// The largest answer read whole to restore it (streamed answers are never read whole).
const MAX_ANSWER: usize = 64 << 20;

/// What the proxy forwards to and how.
pub struct Config {
    /// Base URL of the upstream API, e.g. `https://api.deepseek.com`; request paths are
    /// appended to it.
    pub upstream: Uri,
    /// The scanner requests are screened with.
    pub scanner: Scanner,
    /// The largest request body accepted, in bytes.
    pub max_body: usize,
    /// How long the upstream may take to answer, and to send the next chunk of a stream.
    pub timeout: Duration,
    /// Whether to write one line per request to standard error.
    pub log: bool,
}

struct State {
    config: Config,
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
}

/// Serves `listener` until the task is dropped.
pub async fn serve(listener: TcpListener, config: Config) -> std::io::Result<()> {
    let connector = hyper_rustls::HttpsConnectorBuilder::new()
        .with_webpki_roots()
        .https_or_http()
        .enable_http1()
        .build();
    let client = Client::builder(TokioExecutor::new()).build(connector);
    let state = Arc::new(State { config, client });
    loop {
        let (stream, _) = listener.accept().await?;
        let state = state.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |req| {
                let state = state.clone();
                async move { Ok::<_, Infallible>(handle(req, &state).await) }
            });
            // A connection ends with an error when the client goes away; nothing to do.
            let _ = hyper::server::conn::http1::Builder::new()
                .serve_connection(TokioIo::new(stream), service)
                .await;
        });
    }
}

/// A refusal or failure, as a JSON error in the style of the API that was called.
struct Failure {
    status: StatusCode,
    kind: &'static str,
    message: String,
}

impl Failure {
    fn new(status: StatusCode, kind: &'static str, message: impl Into<String>) -> Failure {
        Failure {
            status,
            kind,
            message: message.into(),
        }
    }

    fn response(&self, dialect: Option<Dialect>) -> Response<ProxyBody> {
        let message = format!("scrim proxy: {}", self.message);
        let body = match dialect {
            Some(Dialect::Anthropic) => json!({"type": "error",
                "error": {"type": self.kind, "message": message}}),
            _ => json!({"error": {"message": message, "type": self.kind,
                "code": self.status.as_u16()}}),
        };
        let mut response = Response::new(full(Bytes::from(body.to_string())));
        *response.status_mut() = self.status;
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json"),
        );
        response
    }
}

fn full(bytes: Bytes) -> ProxyBody {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

fn route(method: &Method, path: &str) -> Option<Option<Dialect>> {
    match (method, path) {
        (&Method::POST, "/v1/chat/completions" | "/chat/completions") => {
            Some(Some(Dialect::OpenAi))
        }
        (
            &Method::POST,
            "/v1/messages"
            | "/anthropic/v1/messages"
            | "/v1/messages/count_tokens"
            | "/anthropic/v1/messages/count_tokens",
        ) => Some(Some(Dialect::Anthropic)),
        (&Method::GET, "/v1/models" | "/models" | "/anthropic/v1/models") => Some(None),
        _ => None,
    }
}

async fn handle(req: Request<Incoming>, state: &State) -> Response<ProxyBody> {
    let started = Instant::now();
    let method = req.method().clone();
    let path = req.uri().path().to_string();
    let Some(dialect) = route(&method, &path) else {
        let failure = Failure::new(
            StatusCode::NOT_FOUND,
            "not_found_error",
            format!("{method} {path} is not forwarded: only POST chat/completions and messages (screened) and GET models are"),
        );
        return failure.response(None);
    };
    let (response, counts) = match forward(req, dialect, state).await {
        Ok(answer) => answer,
        Err(failure) => (failure.response(dialect), String::new()),
    };
    if state.config.log {
        eprintln!(
            "scrim-proxy: {method} {path} -> {} in {} ms{}",
            response.status().as_u16(),
            started.elapsed().as_millis(),
            counts
        );
    }
    response
}

/// Screens, forwards and restores one call; also returns the masked counts for the log.
async fn forward(
    req: Request<Incoming>,
    dialect: Option<Dialect>,
    state: &State,
) -> Result<(Response<ProxyBody>, String), Failure> {
    let (parts, body) = req.into_parts();
    let mut counts = String::new();
    let (body, restorer) = match dialect {
        None => (Bytes::new(), Restorer::default()),
        Some(dialect) => {
            let mut value = read_json(&parts.headers, body, state.config.max_body).await?;
            let screened = screen(&mut value, dialect, &state.config.scanner)
                .map_err(|r| Failure::new(StatusCode::BAD_REQUEST, "invalid_request_error", r.0))?;
            for (category, n) in &screened.counts {
                counts.push_str(&format!(" {category}={n}"));
            }
            counts = if counts.is_empty() {
                ", nothing masked".into()
            } else {
                format!(", masked{counts}")
            };
            (Bytes::from(value.to_string()), screened.restorer)
        }
    };
    let mut upstream_req = Request::new(Full::new(body.clone()));
    *upstream_req.method_mut() = parts.method;
    *upstream_req.uri_mut() = upstream_uri(&state.config.upstream, &parts.uri)?;
    let headers = upstream_req.headers_mut();
    copy_headers(&parts.headers, headers);
    headers.remove(header::ACCEPT_ENCODING);
    if dialect.is_some() {
        headers.insert(header::CONTENT_LENGTH, HeaderValue::from(body.len()));
    }
    let timeout = state.config.timeout;
    let answer = tokio::time::timeout(timeout, state.client.request(upstream_req))
        .await
        .map_err(|_| {
            Failure::new(
                StatusCode::GATEWAY_TIMEOUT,
                "timeout_error",
                format!(
                    "the upstream did not answer within {} s",
                    timeout.as_secs_f32()
                ),
            )
        })?
        .map_err(|e| {
            Failure::new(
                StatusCode::BAD_GATEWAY,
                "api_error",
                format!("could not reach the upstream: {e}"),
            )
        })?;
    let (mut answer_parts, answer_body) = answer.into_parts();
    let mut response_headers = HeaderMap::new();
    copy_headers(&answer_parts.headers, &mut response_headers);
    answer_parts.headers = response_headers;
    let content_type = answer_parts
        .headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_ascii_lowercase();
    let encoded = answer_parts
        .headers
        .get(header::CONTENT_ENCODING)
        .is_some_and(|v| v != "identity");
    let restorable =
        dialect.is_some() && answer_parts.status.is_success() && !restorer.is_empty() && !encoded;
    let body = if restorable && content_type.starts_with("text/event-stream") {
        answer_parts.headers.remove(header::CONTENT_LENGTH);
        let restorer = SseRestorer::new(restorer, dialect.unwrap_or(Dialect::OpenAi));
        RestoringStream::new(answer_body, restorer, timeout).boxed_unsync()
    } else if restorable && content_type.starts_with("application/json") {
        let bytes = tokio::time::timeout(timeout, Limited::new(answer_body, MAX_ANSWER).collect())
            .await
            .map_err(|_| {
                Failure::new(
                    StatusCode::GATEWAY_TIMEOUT,
                    "timeout_error",
                    "the upstream stalled while answering",
                )
            })?
            .map_err(|e| {
                Failure::new(
                    StatusCode::BAD_GATEWAY,
                    "api_error",
                    format!("reading the upstream answer: {e}"),
                )
            })?
            .to_bytes();
        let restored = match serde_json::from_slice::<Value>(&bytes) {
            Ok(mut value) => {
                crate::restore_answer(&mut value, dialect.unwrap_or(Dialect::OpenAi), &restorer);
                Bytes::from(value.to_string())
            }
            Err(_) => bytes,
        };
        answer_parts
            .headers
            .insert(header::CONTENT_LENGTH, HeaderValue::from(restored.len()));
        full(restored)
    } else {
        Stalling::new(answer_body, timeout).boxed_unsync()
    };
    Ok((Response::from_parts(answer_parts, body), counts))
}

/// Reads a JSON request body of at most `limit` bytes.
async fn read_json(headers: &HeaderMap, body: Incoming, limit: usize) -> Result<Value, Failure> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim();
    if !mime.eq_ignore_ascii_case("application/json") {
        return Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "invalid_request_error",
            format!("the request body must be application/json, not '{content_type}'"),
        ));
    }
    let too_large = || {
        Failure::new(
            StatusCode::PAYLOAD_TOO_LARGE,
            "request_too_large",
            format!("the request body is larger than {limit} bytes"),
        )
    };
    let declared = headers
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return Err(too_large());
    }
    let bytes = match Limited::new(body, limit).collect().await {
        Ok(collected) => collected.to_bytes(),
        Err(e) if e.downcast_ref::<LengthLimitError>().is_some() => return Err(too_large()),
        Err(e) => {
            return Err(Failure::new(
                StatusCode::BAD_REQUEST,
                "invalid_request_error",
                format!("could not read the request body: {e}"),
            ))
        }
    };
    serde_json::from_slice(&bytes).map_err(|e| {
        Failure::new(
            StatusCode::BAD_REQUEST,
            "invalid_request_error",
            format!("the request body is not valid JSON ({e}); it was not forwarded"),
        )
    })
}

fn upstream_uri(base: &Uri, request: &Uri) -> Result<Uri, Failure> {
    let prefix = base.path().trim_end_matches('/');
    let rest = request.path_and_query().map_or("/", |p| p.as_str());
    let mut parts = base.clone().into_parts();
    parts.path_and_query =
        Some(format!("{prefix}{rest}").parse().map_err(|_| {
            Failure::new(StatusCode::BAD_REQUEST, "invalid_request_error", "bad path")
        })?);
    Uri::from_parts(parts)
        .map_err(|_| Failure::new(StatusCode::BAD_REQUEST, "invalid_request_error", "bad path"))
}

/// Copies end-to-end headers: not the connection-level ones, `host` or `content-length`.
fn copy_headers(from: &HeaderMap, to: &mut HeaderMap) {
    for (name, value) in from {
        let hop = matches!(
            name.as_str(),
            "connection"
                | "keep-alive"
                | "proxy-connection"
                | "proxy-authenticate"
                | "proxy-authorization"
                | "te"
                | "trailer"
                | "transfer-encoding"
                | "upgrade"
                | "host"
                | "content-length"
        );
        if !hop {
            to.append(name, value.clone());
        }
    }
}

/// An upstream body that fails when no chunk comes for `idle`.
struct Stalling {
    upstream: Incoming,
    idle: Duration,
    deadline: Pin<Box<Sleep>>,
}

impl Stalling {
    fn new(upstream: Incoming, idle: Duration) -> Stalling {
        Stalling {
            upstream,
            idle,
            deadline: Box::pin(tokio::time::sleep(idle)),
        }
    }

    fn poll_upstream(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, BoxError>>> {
        loop {
            match Pin::new(&mut self.upstream).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    let next = tokio::time::Instant::now() + self.idle;
                    self.deadline.as_mut().reset(next);
                    if let Ok(data) = frame.into_data() {
                        return Poll::Ready(Some(Ok(data)));
                    }
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e.into()))),
                Poll::Ready(None) => return Poll::Ready(None),
                Poll::Pending => {
                    return match self.deadline.as_mut().poll(cx) {
                        Poll::Ready(()) => Poll::Ready(Some(Err("the upstream stalled".into()))),
                        Poll::Pending => Poll::Pending,
                    }
                }
            }
        }
    }
}

impl Body for Stalling {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        self.get_mut()
            .poll_upstream(cx)
            .map(|next| next.map(|chunk| chunk.map(Frame::data)))
    }
}

/// A streamed answer with placeholders restored as it passes. When the client goes away
/// hyper drops this body, and with it the upstream connection.
struct RestoringStream {
    upstream: Stalling,
    restorer: SseRestorer,
    ended: bool,
}

impl RestoringStream {
    fn new(upstream: Incoming, restorer: SseRestorer, idle: Duration) -> RestoringStream {
        RestoringStream {
            upstream: Stalling::new(upstream, idle),
            restorer,
            ended: false,
        }
    }
}

impl Body for RestoringStream {
    type Data = Bytes;
    type Error = BoxError;

    fn poll_frame(
        self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, BoxError>>> {
        let this = self.get_mut();
        while !this.ended {
            match this.upstream.poll_upstream(cx) {
                Poll::Ready(Some(Ok(chunk))) => {
                    let out = this
                        .restorer
                        .push(&chunk)
                        .map_err(|_| BoxError::from("an upstream event is too large"))?;
                    if !out.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(out.into()))));
                    }
                }
                Poll::Ready(Some(Err(e))) => return Poll::Ready(Some(Err(e))),
                Poll::Ready(None) => {
                    this.ended = true;
                    let out = this.restorer.finish();
                    if !out.is_empty() {
                        return Poll::Ready(Some(Ok(Frame::data(out.into()))));
                    }
                }
                Poll::Pending => return Poll::Pending,
            }
        }
        Poll::Ready(None)
    }
}
