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

/// Kept as its shards, each word's postings as the differences between them, which are small.
extension SearchIndex: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(shards.count)
        for (key, terms) in shards {
            writer.write(key)
            writer.write(terms.count)
            for (word, postings) in terms {
                writer.write(word)
                writer.write(postings.count)
                var previous: SearchIndex.Posting = 0
                for posting in postings {
                    writer.write(Int(posting - previous))
                    previous = posting
                }
            }
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        var shards: [String: [String: [Posting]]] = [:]
        for _ in 0..<(try reader.count()) {
            let key = try reader.string()
            var terms: [String: [Posting]] = [:]
            for _ in 0..<(try reader.count()) {
                let word = try reader.string()
                var postings: [Posting] = []
                var previous = 0
                for _ in 0..<(try reader.count()) {
                    previous += try reader.int()
                    postings.append(try Posting(checking: previous))
                }
                terms[word] = postings
            }
            shards[key] = terms
        }
        self.init(shards: shards)
    }
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
