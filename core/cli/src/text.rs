//! Text output for a terminal: aligned `name  value` lines, with server text made
//! safe to print (the core has already removed control characters from it).

use authos_errors::Interpretation;
use std::fmt::Write;

pub fn interpretation(i: &Interpretation) -> String {
    let mut out = String::new();
    let known = if i.known { "known" } else { "unknown: read by its status class" };
    let origin = if i.derived { ", derived from the status" } else { "" };
    line(&mut out, "code", &format!("{} ({known}{origin})", i.code));
    line(&mut out, "status", &i.status.to_string());
    line(&mut out, "category", i.category.as_str());
    line(&mut out, "audience", i.audience.as_str());
    line(&mut out, "action", i.action.as_str());
    line(&mut out, "field", i.field.map_or("-", |f| f.as_str()));
    line(&mut out, "retryable", if i.retryable { "yes" } else { "no" });
    line(&mut out, "retry after", &i.retry_after_ms.map_or("-".into(), |ms| format!("{ms} ms")));
    line(&mut out, "server message", i.server_message.as_deref().unwrap_or("-"));
    line(&mut out, "timestamp", i.timestamp.as_deref().unwrap_or("-"));
    line(&mut out, "clock skew", &i.clock_skew_ms.map_or("-".into(), |ms| format!("{ms} ms")));
    line(&mut out, "request id", i.request_id.as_deref().unwrap_or("-"));
    if let Some(token) = i.mapped_from {
        line(&mut out, "mapped from", token.as_str());
    }
    line(&mut out, "locale", &i.locale);
    line(&mut out, "message", &i.message);
    out
}

pub fn line(out: &mut String, name: &str, value: &str) {
    let _ = writeln!(out, "{name:<15} {value}");
}
