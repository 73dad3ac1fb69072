//! uniffi 0.32's Swift reads every integer and byte string of a returned
//! buffer with `Data.copyBytes(to:from:)`, which swift-foundation runs as
//! unspecialized generic code (a metadata lookup and a one-region iterator per
//! read): most of a Swift `interpretErrorResponse` under callgrind, against
//! the same reads over `withUnsafeBytes` (measured: docs/performance.md,
//! "Through the bindings"). This swaps those two bodies in the
//! generated file, and fails loudly if uniffi changes them, so that a new
//! uniffi is looked at again rather than silently left slow.

use anyhow::{anyhow, Result};

/// The two reads as uniffi 0.32.2 writes them, and what takes their place.
/// The bounds checks before them stay uniffi's.
const READS: [(&str, &str); 2] = [
    (
        "    var value: T = 0
    let _ = withUnsafeMutableBytes(of: &value, { reader.data.copyBytes(to: $0, from: range)})
    reader.offset = range.upperBound
    return value.bigEndian",
        "    let offset = reader.offset
    let value = reader.data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: T.self) }
    reader.offset = range.upperBound
    return value.bigEndian",
    ),
    (
        "    var value = [UInt8](repeating: 0, count: count)
    value.withUnsafeMutableBufferPointer({ buffer in
        reader.data.copyBytes(to: buffer, from: range)
    })",
        "    let value = reader.data.withUnsafeBytes { Array($0[range]) }",
    ),
];

/// `generated` (uniffi's AuthosErrors.swift) with its buffer reads over
/// `withUnsafeBytes`; `Err` if either read is not there exactly once.
pub fn with_direct_reads(generated: &str) -> Result<String> {
    let mut swift = generated.to_owned();
    for (uniffi, direct) in READS {
        if swift.matches(uniffi).count() != 1 {
            return Err(anyhow!(
                "uniffi's Swift no longer reads buffers as xtask/src/apple/swift_reader.rs expects (a new uniffi?): \
                 measure its reads again and update or remove this step; not found once:\n{uniffi}"
            ));
        }
        swift = swift.replacen(uniffi, direct, 1);
    }
    Ok(swift)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn swaps_each_read_once_and_refuses_what_it_does_not_know() {
        let generated = format!("a\n{}\nb\n{}\nc", READS[0].0, READS[1].0);
        let direct = with_direct_reads(&generated).unwrap();
        assert_eq!(direct, format!("a\n{}\nb\n{}\nc", READS[0].1, READS[1].1));
        assert!(!direct.contains("copyBytes"));
        assert!(with_direct_reads(READS[0].0).unwrap_err().to_string().contains("a new uniffi?"));
        assert!(with_direct_reads(&format!("{generated}{generated}")).is_err());
    }
}
