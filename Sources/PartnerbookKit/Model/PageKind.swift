/// What a page is, which decides its template and the indexes it appears in.
public enum PageKind: String, CaseIterable, Sendable, Codable {
    case chapter, story, checklist, practice, page

    /// The kind a page has when its front matter names none: from its top folder under `content/`.
    public static func defaultKind(forTopFolder folder: String?) -> PageKind {
        switch folder {
        case "chapters": .chapter
        case "stories": .story
        case "checklists": .checklist
        case "practices": .practice
        default: .page
        }
    }
}
