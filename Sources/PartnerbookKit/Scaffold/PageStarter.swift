import Foundation

/// `partnerbook new`: a page of one kind, with the front matter that kind uses and headings to
/// write under, named after its title.
public enum PageStarter {
    /// The folder under `content/` a kind's pages live in.
    public static func folder(of kind: PageKind) -> String {
        switch kind {
        case .chapter: "chapters"
        case .story: "stories"
        case .practice: "practices"
        case .checklist: "checklists"
        case .page: ""
        }
    }

    /// The file name a title gives: its slug, or `untitled` when the title has no letters or digits.
    public static func fileName(for title: String) -> String {
        let slug = Slugger.slug(title)
        return (slug.isEmpty ? "untitled" : slug) + ".md"
    }

    /// The new page as a value. A chapter comes after every chapter in `chapterOrders`.
    public static func page(_ kind: PageKind, title: String, owner: String?, today: Day, chapterOrders: [Int] = []) -> ScaffoldFile {
        var fm = FrontMatterText()
        fm.text("title", title)
        switch kind {
        case .story:
            fm.literal("date", today.description)
            fm.list("partners", [], "the teams involved, e.g. [Platform, Customer Support]")
            fm.list("practices", [], "practices used, by file name, e.g. [alignment-session]")
        default: break
        }
        fm.text("summary", PageSkeleton.summary(of: kind))
        if kind == .chapter { fm.literal("order", String((chapterOrders.max() ?? 0) + 1), "its place among the chapters") }
        fm.optionalText("owner", owner, "who keeps this page up to date")
        if kind == .chapter || kind == .practice {
            fm.literal("last_reviewed", today.description)
            fm.literal("review_every", "6 months")
        }
        let folder = folder(of: kind)
        let path = "content/" + (folder.isEmpty ? "" : folder + "/") + fileName(for: title)
        return ScaffoldFile(path: path, text: fm.block + "\n" + PageSkeleton.body(of: kind))
    }

    /// Writes a new page into the handbook at `root`, refusing to replace one that is there.
    /// Returns the file written, or the reason nothing was.
    public static func create(_ kind: PageKind, title: String, owner: String?, today: Day,
                              in root: URL, shownAs: String) -> Result<ScaffoldFile, ScaffoldFailure> {
        let fs = FileManager.default
        guard fs.fileExists(atPath: root.appendingPathComponent("content").path)
                || fs.fileExists(atPath: root.appendingPathComponent(SiteConfig.fileName).path) else {
            let name = shownAs.isEmpty ? "the current folder" : String(shownAs.dropLast())
            return .failure(.error("not-a-handbook", at: nil,
                                   "\(name) is not a handbook folder: it has no content/ or \(SiteConfig.fileName)",
                                   hint: "run `partnerbook init` to start one, or give the handbook folder with --source"))
        }
        let file = page(kind, title: title, owner: owner, today: today,
                        chapterOrders: kind == .chapter ? chapterOrders(in: root) : [])
        let writer = ScaffoldWriter(root: root, shownAs: shownAs)
        guard writer.conflicts([file]).isEmpty else {
            return .failure(.error("exists", at: SourceLocation(file: shownAs + file.path),
                                   "a page already exists here; nothing was written",
                                   hint: "edit that page, or choose a different title"))
        }
        return writer.write([file]).map { _ in file }
    }

    /// The `order` of every chapter in the handbook, drafts included; pages that do not parse are skipped.
    static func chapterOrders(in root: URL) -> [Int] {
        var loader = HandbookLoader(root: root)
        return loader.load().pages.compactMap { source in
            guard let page = PageParser.parse(source).0, page.kind == .chapter else { return nil }
            return page.frontMatter.order
        }
    }
}
