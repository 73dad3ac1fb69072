// swift-tools-version:5.9
// The Swift package for consumers. `cargo xtask test --platform swift` (or the
// README's XCFramework recipe) fills Sources/ with the generated bindings and
// builds the library; nothing generated is committed.
import PackageDescription

let package = Package(
    name: "AuthosErrors",
    products: [.library(name: "AuthosErrors", targets: ["AuthosErrors"])],
    targets: [
        // The C header and module map uniffi generates, over the Rust library
        // (an XCFramework for iOS: see the README).
        .systemLibrary(name: "AuthosErrorsFFI", path: "Sources/AuthosErrorsFFI"),
        .target(name: "AuthosErrors", dependencies: ["AuthosErrorsFFI"], path: "Sources/AuthosErrors"),
        .executableTarget(name: "VectorRunner", dependencies: ["AuthosErrors"], path: "Tests/VectorRunner"),
    ]
)
