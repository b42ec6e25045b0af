import Foundation

/// HTML Tidy's findings about one file (`tidy -e`): errors and warnings, one per line.
enum Tidy {
    /// `tidy` from the PATH, if it is installed.
    static let executable: URL? = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":")
        .map { URL(fileURLWithPath: String($0)).appendingPathComponent("tidy") }
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    static var isInstalled: Bool { executable != nil }

    /// tidy 5.6 predates `aria-current` and calls it proprietary; every other line counts.
    static func findings(in file: URL) throws -> [String] {
        let process = Process()
        process.executableURL = executable ?? URL(fileURLWithPath: "/usr/bin/tidy")
        process.arguments = ["-e", "-q", file.path]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return text.split(separator: "\n").map(String.init).filter { !$0.contains(#"proprietary attribute "aria-current""#) }
    }
}
