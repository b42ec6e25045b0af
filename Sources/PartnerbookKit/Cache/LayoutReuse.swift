/// The HTML files an earlier build laid out, known by the fingerprint of what made each one: its
/// template (with every template it uses) and its values. A file whose fingerprint is unchanged is
/// taken as it was instead of being rendered again, so a build lays out exactly the pages whose
/// template or values changed: an edited page, and the pages that show its title, links or facts.
struct LayoutReuse: Sendable {
    var fingerprints: [String: Fingerprint] = [:]
    /// The earlier files themselves when this process made them (the preview server). Without
    /// them, the earlier file in the output folder is kept (`OutputFile.Contents.kept`).
    var files: [String: OutputFile] = [:]
    /// Whether the fingerprints are wanted at all: a build with no cache and no next build to hand
    /// them to (`partnerbook build --no-cache`) skips computing them.
    var records = true
    /// Whether files are rendered only as they are written (a one-off build), rather than now.
    var defers = false

    func file(at path: String, fingerprint: Fingerprint) -> OutputFile? {
        guard fingerprints[path] == fingerprint else { return nil }
        return files[path] ?? OutputFile(path: path, contents: .kept)
    }
}

/// One HTML file of the site as the layout stage made it, or took it from an earlier build.
struct LaidOutFile: Sendable {
    var file: OutputFile
    var fingerprint: Fingerprint
    var reused: Bool
}

extension TemplateLibrary {
    /// The file at `path` rendered from `context` with template `name`, unless `earlier` has it.
    /// A one-off build without a cache makes neither the values nor the bytes until the file is
    /// written, so it never holds them for the whole site at once.
    func layOut(_ path: String, with name: String, reusing earlier: LayoutReuse,
                context: @escaping @Sendable () -> TemplateValues) -> LaidOutFile {
        guard earlier.defers, !earlier.records else { return layOut(path, context(), with: name, reusing: earlier) }
        let later = DeferredBytes { [self] in render(.object(context()), with: name) }
        return LaidOutFile(file: OutputFile(path: path, contents: .deferred(later)), fingerprint: Fingerprint(), reused: false)
    }

    private func layOut(_ path: String, _ context: TemplateValues, with name: String, reusing earlier: LayoutReuse) -> LaidOutFile {
        let values = TemplateValue.object(context)
        var fingerprint = Fingerprint()
        if earlier.records {
            fingerprint = digests[name] ?? Fingerprint()
            fingerprint.add(values)
            if let file = earlier.file(at: path, fingerprint: fingerprint) {
                return LaidOutFile(file: file, fingerprint: fingerprint, reused: true)
            }
        }
        let contents: OutputFile.Contents = earlier.defers
            ? .deferred(DeferredBytes { [self] in render(values, with: name) })
            : .bytes(render(values, with: name))
        return LaidOutFile(file: OutputFile(path: path, contents: contents), fingerprint: fingerprint, reused: false)
    }
}
