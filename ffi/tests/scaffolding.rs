//! The panic path of the scaffolding uniffi generates, taken for real: the
//! `panic-probe` feature exports one function that panics, and this test calls
//! its C symbol as a foreign caller does. The caller must get the call status
//! "unexpected error" with the panic's message, not an unwind into foreign code
//! or an abort; and the library must keep answering afterwards. A real
//! function's scaffolding given a malformed buffer answers an error the same way.
//! Run by `cargo xtask test --platform rust` (`--features panic-probe`).

// Linked for its scaffolding symbols, which the test names only in C.
extern crate authos_errors_ffi;

use uniffi::{RustBuffer, RustCallStatus, RustCallStatusCode};

extern "C" {
    fn uniffi_authos_errors_ffi_fn_func_panic_probe(status: &mut RustCallStatus);
    fn uniffi_authos_errors_ffi_fn_func_negotiate_locale(
        locales: RustBuffer,
        status: &mut RustCallStatus,
    ) -> RustBuffer;
}

/// The message an unexpected error carries (uniffi writes it as UTF-8).
fn message(status: RustCallStatus) -> String {
    let buffer = std::mem::ManuallyDrop::into_inner(status.error_buf);
    String::from_utf8(buffer.destroy_into_vec()).unwrap()
}

/// `locales` as uniffi lowers a `Vec<String>`: a big-endian i32 count, then
/// each string as a big-endian i32 length and its bytes.
fn lowered(locales: &[&str]) -> RustBuffer {
    let mut bytes = (locales.len() as i32).to_be_bytes().to_vec();
    for locale in locales {
        bytes.extend((locale.len() as i32).to_be_bytes());
        bytes.extend(locale.as_bytes());
    }
    RustBuffer::from_vec(bytes)
}

fn negotiate(locales: RustBuffer) -> (Vec<u8>, RustCallStatus) {
    let mut status = RustCallStatus::default();
    let answer = unsafe { uniffi_authos_errors_ffi_fn_func_negotiate_locale(locales, &mut status) };
    (answer.destroy_into_vec(), status)
}

#[test]
fn a_panic_reaches_the_caller_as_an_error_and_the_library_keeps_answering() {
    let mut status = RustCallStatus::default();
    unsafe { uniffi_authos_errors_ffi_fn_func_panic_probe(&mut status) };
    assert_eq!(status.code, RustCallStatusCode::UnexpectedError);
    assert_eq!(message(status), "the panic probe");

    let (answer, status) = negotiate(lowered(&["de-AT"]));
    assert_eq!(status.code, RustCallStatusCode::Success);
    // A returned string crosses as its UTF-8 bytes alone.
    assert_eq!(answer, b"de", "negotiate_locale([\"de-AT\"]) is \"de\" after the panic");
}

#[test]
fn a_malformed_buffer_is_an_error_of_the_call_not_a_crash() {
    // A count of one string, then a length past the end of the buffer.
    let malformed = RustBuffer::from_vec([&1i32.to_be_bytes()[..], &1000i32.to_be_bytes()[..], b"de"].concat());
    let (_, status) = negotiate(malformed);
    assert_eq!(status.code, RustCallStatusCode::UnexpectedError);
    assert!(message(status).contains("negotiate_locale"), "the error names the call's argument");
}
