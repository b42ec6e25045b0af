// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "Partnerbook",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "partnerbook", targets: ["partnerbook"]),
        .library(name: "PartnerbookKit", targets: ["PartnerbookKit"]),
        .library(name: "PartnerbookPreview", targets: ["PartnerbookPreview"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CMark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .target(
            name: "PartnerbookKit",
            dependencies: [
                "CMark",
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .target(
            name: "PartnerbookPreview",
            dependencies: [
                "PartnerbookKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "partnerbook",
            dependencies: [
                "PartnerbookKit",
                "PartnerbookPreview",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PartnerbookKitTests",
            // swift-mustache is the reference the template engine is tested against.
            dependencies: ["PartnerbookKit", .product(name: "Mustache", package: "swift-mustache")],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "PartnerbookPreviewTests",
            dependencies: [
                "PartnerbookKit",
                "PartnerbookPreview",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
