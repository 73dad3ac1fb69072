// swift-tools-version:6.0
// The Swift package for consumers, in the Swift 6 language mode (strict
// concurrency checking of the generated bindings, the idioms and the tests). `cargo xtask test --platform swift` (or the
// XCFramework recipe in docs/bindings.md) fills Sources/AuthosErrors and
// Sources/AuthosErrorsFFI with the generated bindings, builds the library and
// runs `swift test`; nothing generated is committed.
import PackageDescription

let package = Package(
    name: "AuthosErrors",
    products: [.library(name: "AuthosErrors", targets: ["AuthosErrors"])],
    targets: [
        // The C header and module map uniffi generates, over the Rust library
        // (an XCFramework for iOS: see docs/bindings.md).
        .systemLibrary(name: "AuthosErrorsFFI", path: "Sources/AuthosErrorsFFI"),
        .target(name: "AuthosErrors", dependencies: ["AuthosErrorsFFI"], path: "Sources/AuthosErrors"),
        // The shared vectors, for the runner and the tests.
        .target(name: "Conformance", dependencies: ["AuthosErrors"], path: "Sources/Conformance"),
        .executableTarget(name: "VectorRunner", dependencies: ["Conformance"], path: "Tests/VectorRunner"),
        // `cargo xtask bench`: the per-call cost against the same call natively.
        .executableTarget(name: "Bench", dependencies: ["AuthosErrors"], path: "Tests/Bench"),
        .testTarget(name: "AuthosErrorsTests", dependencies: ["AuthosErrors", "Conformance"],
                    path: "Tests/AuthosErrorsTests"),
    ]
)
