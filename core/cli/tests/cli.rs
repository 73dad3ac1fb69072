//! The command as users run it: arguments, standard input, output, exit status.

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_authos-errors"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().expect("stdin").write_all(stdin).expect("write stdin");
    child.wait_with_output().expect("the binary ends")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn the_committed_reference_document_is_current() {
    let o = run(&["catalogue", "--format", "markdown"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../docs/error-codes.md");
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == stdout(&o),
        "{} is stale: run `cargo run --bin authos-errors -- catalogue --format markdown > docs/error-codes.md`",
        path.display()
    );
}

#[test]
fn catalogue_json_has_one_object_per_code_in_the_documented_shape() {
    let o = run(&["catalogue", "--format", "json", "--locale", "en-US"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let all = all.as_array().expect("an array");
    assert_eq!(all.len(), authos_errors::KnownCode::ALL.len());
    let keys: Vec<&str> = all[0].as_object().expect("object").keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        [
            "code",
            "status",
            "category",
            "description",
            "resolution",
            "also",
            "audience",
            "action",
            "field",
            "retryable",
            "library",
            "derived_from",
            "locale",
            "message"
        ]
    );
    let unauthorized = all.iter().find(|e| e["code"] == "UNAUTHORIZED").expect("UNAUTHORIZED");
    assert_eq!(unauthorized["also"][0]["category"], "general");
    assert_eq!(unauthorized["also"][0]["description"], "Missing or invalid authentication");
    assert_eq!(unauthorized["also"][0]["resolution"], serde_json::Value::Null);
    let weak = all.iter().find(|e| e["code"] == "WEAK_PASSWORD").expect("WEAK_PASSWORD");
    assert_eq!(weak["description"], "Password doesn’t meet requirements");
    assert_eq!(weak["field"], "password");
    let library = authos_errors::entries().iter().filter(|e| e.library).count();
    assert_eq!(all.iter().filter(|e| e["library"] == true).count(), library);
    assert_eq!(all.len(), authos_errors::entries().len());
    assert_eq!(unauthorized["derived_from"], serde_json::json!(["401"]));
    assert_eq!(all[0]["locale"], "en");
}

#[test]
fn explain_a_known_code_in_text_and_json() {
    let o = run(&["explain", "MFA_REQUIRED"], b"");
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(text.contains("MFA verification needed"), "{text}");
    assert!(text.contains("complete_mfa"), "{text}");

    let o = run(&["explain", "NETWORK_ERROR", "--format", "json"], b"");
    assert!(o.status.success());
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["entry"]["library"], true);
    assert_eq!(v["interpretation"]["status"], 0);
    assert_eq!(v["interpretation"]["action"], "retry");
}

#[test]
fn explain_an_unknown_code_suggests_the_nearest() {
    let o = run(&["explain", "token_expird"], b"");
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("not in the catalogue") && err.contains("TOKEN_EXPIRED"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn interpret_a_raw_response_from_standard_input() {
    let raw = b"HTTP/1.1 429 Too Many Requests\r\nRetry-After: 90\r\nContent-Type: application/json\r\n\r\n{\"error\":\"slow\",\"error_code\":\"RATE_LIMIT_EXCEEDED\",\"timestamp\":\"2025-01-15T10:30:00Z\"}";
    let o = run(&["interpret", "--format", "json", "--now", "2025-01-15T10:30:01Z"], raw);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["code"], "RATE_LIMIT_EXCEEDED");
    assert_eq!(v["retry_after_ms"], 90_000);
    assert_eq!(v["clock_skew_ms"], 1_000);
    assert_eq!(v["message"], "Too many attempts. Please try again in 2 minutes.");
}

#[test]
fn interpret_from_arguments_and_a_body_file() {
    let o = run(
        &[
            "interpret",
            "--status",
            "401",
            "--header",
            "content-type: application/json",
            "--body",
            r#"{"error_code":"TOKEN_EXPIRED"}"#,
        ],
        b"",
    );
    assert!(o.status.success());
    assert!(stdout(&o).contains("refresh_token"));

    let file = std::env::temp_dir().join(format!("authos-errors-cli-{}.bin", std::process::id()));
    std::fs::write(&file, b"\xff\xfe<html>").expect("write");
    let o = run(&["interpret", "--status", "502", "--body-file", file.to_str().expect("utf-8 path")], b"");
    let _ = std::fs::remove_file(&file);
    assert!(o.status.success());
    assert!(stdout(&o).contains("SERVICE_UNAVAILABLE"));
}

#[test]
fn server_text_cannot_drive_the_terminal() {
    let body = "{\"error\":\"\\u001b[2J\\u001b]0;owned\\u0007gone\",\"error_code\":\"BAD_REQUEST\"}";
    let o = run(&["interpret", "--status", "400", "--body", body], b"");
    assert!(o.status.success());
    assert!(!o.stdout.contains(&0x1b), "{:?}", stdout(&o));
    assert!(stdout(&o).contains("server message  gone"));
}

#[test]
fn failures_have_a_message_and_a_status() {
    let not_error = run(&["interpret", "--status", "204"], b"");
    assert_eq!(not_error.status.code(), Some(1));
    assert!(stderr(&not_error).contains("not an error"));

    let not_http = run(&["interpret"], b"{\"error_code\":\"TOKEN_EXPIRED\"}");
    assert_eq!(not_http.status.code(), Some(1));
    assert!(stderr(&not_http).contains("status line"));

    for args in [
        &["interpret", "--status", "401", "--header", "no colon"][..],
        &["interpret", "--status", "401", "--now", "yesterday"],
        &["interpret", "--body", "x"],
        &["interpret", "--status", "70000"],
        &["catalogue", "--format", "yaml"],
        &["frobnicate"],
    ] {
        let o = run(args, b"");
        assert_eq!(o.status.code(), Some(2), "{args:?}");
        assert!(!stderr(&o).is_empty(), "{args:?}");
    }
}

#[test]
fn catalogue_and_explain_speak_the_chosen_locale() {
    let o = run(&["catalogue", "--format", "json", "--locale", "de-AT"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let all: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    let expired = all.as_array().and_then(|a| a.iter().find(|e| e["code"] == "TOKEN_EXPIRED")).expect("TOKEN_EXPIRED");
    assert_eq!(expired["message"], "Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.");

    let o = run(&["explain", "MFA_REQUIRED", "--locale", "ja", "--format", "json"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_str(&stdout(&o)).expect("JSON");
    assert_eq!(v["interpretation"]["locale"], "ja");
    assert_eq!(v["entry"]["message"], v["interpretation"]["message"]);
    assert!(v["entry"]["message"].as_str().is_some_and(|m| m.contains("2 段階認証")));
}

#[test]
fn locale_data_is_written_for_shipped_locales_only() {
    let o = run(&["locale-data", "pt-BR"], b"");
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(o.stdout.starts_with(b"AEL1"));
    let loaded = authos_errors::load_locale_data(&o.stdout).expect("loads");
    assert_eq!(loaded.locale, "pt-BR");

    let o = run(&["locale-data", "tlh"], b"");
    assert_eq!(o.status.code(), Some(2));
    assert!(stderr(&o).contains("not a shipped locale"));
}
