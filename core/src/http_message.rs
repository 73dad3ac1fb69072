//! Reads a raw HTTP/1.x or HTTP/2 response as `curl -si` prints it: status line,
//! headers, blank line, body. Interim responses (1xx, and a proxy's
//! `200 Connection established`) that precede the final one are skipped.

use std::fmt;

/// A response split into its parts; everything borrows from the input.
#[derive(Debug, PartialEq, Eq)]
pub struct RawResponse<'a> {
    pub status: u16,
    pub headers: Vec<(&'a str, &'a str)>,
    pub body: &'a [u8],
}

/// Why a text is not an HTTP response.
#[derive(Debug, PartialEq, Eq)]
pub enum RawResponseError {
    /// No `HTTP/<version> <3-digit status>` line at the start.
    NoStatusLine,
    /// A header line that is not valid UTF-8 or has no `:`.
    BadHeader { line: usize },
}

impl fmt::Display for RawResponseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RawResponseError::NoStatusLine => f.write_str(
                "the input does not start with an HTTP status line such as `HTTP/1.1 429 Too Many Requests`",
            ),
            RawResponseError::BadHeader { line } => write!(f, "line {line} is not a `Name: value` header"),
        }
    }
}

impl std::error::Error for RawResponseError {}

/// Interim responses are skipped at most this many times: more is not a response.
const MAX_INTERIM: usize = 16;

pub fn parse_raw_response(input: &[u8]) -> Result<RawResponse<'_>, RawResponseError> {
    let mut rest = input;
    let mut line_number = 1usize;
    for _ in 0..=MAX_INTERIM {
        let (status_line, after) = split_line(rest);
        let status = status_of(status_line).ok_or(RawResponseError::NoStatusLine)?;
        line_number = line_number.saturating_add(1);
        rest = after;
        let mut headers = Vec::new();
        loop {
            let (line, after) = split_line(rest);
            rest = after;
            if line.is_empty() {
                break;
            }
            let text = std::str::from_utf8(line).map_err(|_| RawResponseError::BadHeader { line: line_number })?;
            let (name, value) = text.split_once(':').ok_or(RawResponseError::BadHeader { line: line_number })?;
            headers.push((name.trim(), value.trim()));
            line_number = line_number.saturating_add(1);
        }
        line_number = line_number.saturating_add(1);
        let interim = (100..200).contains(&status) || (status == 200 && rest.starts_with(b"HTTP/"));
        if !interim || !rest.starts_with(b"HTTP/") {
            return Ok(RawResponse { status, headers, body: rest });
        }
    }
    Err(RawResponseError::NoStatusLine)
}

/// The line up to `\n` (without `\r\n` or `\n`), and what follows.
fn split_line(input: &[u8]) -> (&[u8], &[u8]) {
    let (line, rest) = match input.iter().position(|&b| b == b'\n') {
        Some(i) => (input.get(..i).unwrap_or_default(), input.get(i.saturating_add(1)..).unwrap_or_default()),
        None => (input, &b""[..]),
    };
    (line.strip_suffix(b"\r").unwrap_or(line), rest)
}

/// `HTTP/1.1 429 Too Many Requests` → 429; `HTTP/2 503` → 503.
fn status_of(line: &[u8]) -> Option<u16> {
    let text = std::str::from_utf8(line).ok()?;
    let mut parts = text.split_ascii_whitespace();
    parts.next().filter(|v| v.starts_with("HTTP/"))?;
    let code = parts.next().filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_digit()))?;
    code.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_curl_output() {
        let raw = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/2 429 \r\nretry-after: 30\r\nContent-Type: application/json\r\n\r\n{\"a\":1}\n";
        let r = parse_raw_response(raw).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.status, 429);
        assert_eq!(r.headers, vec![("retry-after", "30"), ("Content-Type", "application/json")]);
        assert_eq!(r.body, b"{\"a\":1}\n");
    }

    #[test]
    fn refuses_what_is_not_a_response() {
        assert_eq!(parse_raw_response(b""), Err(RawResponseError::NoStatusLine));
        assert_eq!(parse_raw_response(b"{\"error\":1}"), Err(RawResponseError::NoStatusLine));
        assert_eq!(parse_raw_response(b"HTTP/1.1 4299 x\r\n\r\n"), Err(RawResponseError::NoStatusLine));
        assert_eq!(
            parse_raw_response(b"HTTP/1.1 500 x\r\nnocolon\r\n\r\n"),
            Err(RawResponseError::BadHeader { line: 2 })
        );
        let many = b"HTTP/1.1 100 Continue\r\n\r\n".repeat(40);
        assert_eq!(parse_raw_response(&many), Err(RawResponseError::NoStatusLine));
    }
}
