import Foundation
import PartnerbookKit

/// libFuzzer calls this with every input it makes up. The first byte chooses the options; the rest
/// is one Markdown file with front matter. Every input goes through `partnerbook render` (text
/// checks, front matter, cmark and Partnerbook's additions to it); one in eight is also built as a
/// page of a whole site (routes, links, indexes, templates). Anything but returning is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size > 0 else { return 0 }
    let options = data[0]
    let page = Array(UnsafeBufferPointer(start: data + 1, count: size - 1))
    _ = SinglePage.render(page, path: "fuzz.md", smartPunctuation: options & 1 != 0, unsafeHTML: options & 2 != 0)
    if options & 0x1C == 0x1C {
        let handbook = Handbook(config: SiteConfig(), pages: [
            SourceFile(path: "chapters/fuzz.md", bytes: page),
            SourceFile(path: "index.md", bytes: Array("# Home\n\n[The page](chapters/fuzz.md#notes)\n".utf8)),
        ], files: ["img/plan.png"], layouts: Theme.layouts)
        var build = BuildOptions(source: URL(fileURLWithPath: "/nonexistent"))
        build.today = Day("2026-11-22")!
        _ = Builder.generate(handbook, options: build)
    }
    return 0
}

/// The built-in theme, read once: a loader pointed at a folder with no handbook in it gives just that.
enum Theme {
    static let layouts: [String: LayoutFile] = {
        var loader = HandbookLoader(root: URL(fileURLWithPath: "/nonexistent"))
        return loader.load().layouts
    }()
}
