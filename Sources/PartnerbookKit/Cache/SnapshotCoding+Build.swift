import Foundation

/// How the build's own records are written into a snapshot (see `SnapshotCoding+Model.swift`).
extension LinkResolver: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(pageURLs); writer.write(files); writer.write(basePath); writer.write(generated)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(pageURLs: try reader.read(), files: try reader.read(), basePath: try reader.string(), generated: try reader.read())
    }
}

/// Kept as each page's words; the shards follow from them.
extension SearchIndex: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(pageWords) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self.init(pageWords: try reader.read()) }
}

extension InputStamps: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(files); writer.write(folders); writer.write(missing) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(files: try reader.read(), folders: try reader.read(), missing: try reader.read())
    }
}

extension LastBuild.Settings: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(source); writer.write(output); writer.write(baseURL); writer.write(includeDrafts); writer.write(strict)
        writer.write(today); writer.write(writeStrategy == .swap)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(source: try reader.string(), output: try reader.string(), baseURL: try reader.read(), includeDrafts: try reader.read(),
                  strict: try reader.read(), today: try reader.read(), writeStrategy: try reader.read(Bool.self) ? .swap : .inPlace)
    }
}

extension LastBuild.FixedFindings: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(route); writer.write(later) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self.init(route: try reader.read(), later: try reader.read()) }
}

extension BuildMemory.RenderSettings: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(options.smartPunctuation); writer.write(options.unsafeHTML); writer.write(basePath)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(options: CMark.Options(smartPunctuation: try reader.read(), unsafeHTML: try reader.read()), basePath: try reader.string())
    }
}

/// Without the template values, which are made again from the site when needed.
extension LastBuild: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(settings); writer.write(pageIndex); writer.write(diagnostics); writer.write(fixed); writer.write(pages)
        writer.write(draftsSkipped); writer.write(renderSettings); writer.write(layouts)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(settings: try reader.read(), pageIndex: try reader.read(), diagnostics: try reader.read(), fixed: try reader.read(),
                  pages: try reader.int(), draftsSkipped: try reader.int(), renderSettings: try reader.read(), layouts: try reader.int())
    }
}
