// swift-tools-version:6.0
// The Swift package, at the repository's root so that `.package(url:from:)`
// resolves the repository; its sources are in bindings/swift. In the Swift 6
// language mode (strict concurrency checking of the generated bindings, the
// idioms and the tests).
//
// The Rust library and the generated bindings are never committed on main:
// `cargo xtask test --platform swift` generates them into
// bindings/swift/Sources (ignored by git); a release tag commits them, with
// the `ffi` line below naming the release's XCFramework (see docs/releasing.md).
import PackageDescription
import Foundation

/// Where Apple platforms get the Rust library: the XCFramework that
/// `cargo xtask dist` builds (`.local`), or a release's, by URL and checksum.
enum FFI {
    case local
    case release(url: String, checksum: String)
}

let ffi: FFI = .local

#if os(Linux)
// Linux builds from source: the module map links libauthos_errors_ffi, built
// with `cargo build --release -p authos-errors-ffi` and found with
// `-Xlinker -L<its folder>` (docs/bindings.md).
let fromSource = true
#else
let fromSource = false
#endif

let ffiTarget: Target
if fromSource {
    // The C header and module map uniffi generates, over the Rust library.
    ffiTarget = .systemLibrary(name: "AuthosErrorsFFI", path: "bindings/swift/Sources/AuthosErrorsFFI")
} else {
    switch ffi {
    case .local:
        ffiTarget = .binaryTarget(name: "AuthosErrorsFFI", path: "target/xcframework/AuthosErrorsFFI.xcframework")
    case let .release(url, checksum):
        ffiTarget = .binaryTarget(name: "AuthosErrorsFFI", url: url, checksum: checksum)
    }
}

let package = Package(
    name: "AuthosErrors",
    platforms: [.iOS(.v14), .macOS(.v11)],
    products: [.library(name: "AuthosErrors", targets: ["AuthosErrors"])],
    targets: [
        ffiTarget,
        .target(name: "AuthosErrors", dependencies: ["AuthosErrorsFFI"], path: "bindings/swift/Sources/AuthosErrors"),
        // The shared vectors, for the runner and the tests.
        .target(name: "Conformance", dependencies: ["AuthosErrors"], path: "bindings/swift/Sources/Conformance"),
        .executableTarget(name: "VectorRunner", dependencies: ["Conformance"], path: "bindings/swift/Tests/VectorRunner"),
        .testTarget(name: "AuthosErrorsTests", dependencies: ["AuthosErrors", "Conformance"],
                    path: "bindings/swift/Tests/AuthosErrorsTests"),
    ]
)

// `cargo xtask bench` (AUTHOS_BENCH set): the per-call cost against the same
// call natively, through the benchmark hooks that only its library has (the ffi
// crate's `bench` feature); no other build declares this target.
if ProcessInfo.processInfo.environment["AUTHOS_BENCH"] != nil {
    package.targets.append(
        .executableTarget(name: "Bench", dependencies: ["AuthosErrors"], path: "bindings/swift/Tests/Bench"))
}
