// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "Relations",
  products: [
    .executable(name: "relations", targets: ["RelationsTUI"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
    .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
  ],
  targets: [
    .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),
    .systemLibrary(name: "CFriBidi", path: "Sources/CFriBidi", pkgConfig: "fribidi"),
    .target(name: "Domain"),
    // CRC-32C with the processor's instruction; replay checksums every byte of every log.
    .systemLibrary(name: "CChecksum", path: "Sources/CChecksum"),
    // SHA-256 from OpenSSL's libcrypto, for the logs' hash chain (check, seal, backups).
    .systemLibrary(name: "CHash", path: "Sources/CHash"),
    .target(name: "JSONStore", dependencies: ["CChecksum", "CHash"]),
    // The office's services for any front end: open an office, run commands through the
    // decider, ingest, import, export, reports, demo, check. Never the terminal.
    .target(
      name: "Office",
      dependencies: [
        "Domain", "JSONStore", .product(name: "CSV", package: "CSV.swift"),
      ]
    ),
    .executableTarget(
      name: "RelationsTUI",
      dependencies: [
        "Domain", "JSONStore", "Office", "CNcurses", "CFriBidi",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // A child process for the store's concurrency and crash tests: it appends and reports
    // each acknowledged record on stdout, so tests can be killed mid-write for real.
    .executableTarget(name: "StoreWorker", dependencies: ["JSONStore"]),
    .testTarget(
      name: "DomainTests",
      dependencies: ["Domain", .product(name: "PropertyBased", package: "swift-property-based")]),
    .testTarget(
      name: "JSONStoreTests",
      dependencies: [
        "JSONStore", "StoreWorker",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ]),
    .testTarget(
      name: "OfficeTests", dependencies: ["Office", "Domain", "JSONStore"],
      // Expected outputs, read by path from the tests.
      exclude: ["Demo/Golden"]),
    .testTarget(
      name: "RelationsTUITests", dependencies: ["RelationsTUI", "Office", "CNcurses", "CFriBidi"],
      // Expected outputs, read by path from the tests.
      exclude: ["Golden"]),
  ],
  swiftLanguageModes: [.v6]
)
