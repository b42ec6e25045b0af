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
    func layOut(_ path: String, _ context: TemplateValues, with name: String, reusing earlier: LayoutReuse) -> LaidOutFile {
        let values = TemplateValue.object(context)
        guard earlier.records else {
            return LaidOutFile(file: OutputFile(path: path, contents: .bytes(render(values, with: name))), fingerprint: Fingerprint(), reused: false)
        }
        var fingerprint = digests[name] ?? Fingerprint()
        fingerprint.add(values)
        if let file = earlier.file(at: path, fingerprint: fingerprint) {
            return LaidOutFile(file: file, fingerprint: fingerprint, reused: true)
        }
        return LaidOutFile(file: OutputFile(path: path, contents: .bytes(render(values, with: name))), fingerprint: fingerprint, reused: false)
    }
}
