import Foundation
@testable import PartnerbookKit
import XCTest

/// `partnerbook init`: a new handbook that builds at once, and never a handbook or a file overwritten.
final class InitCommandTests: XCTestCase {
    var parent: URL!

    override func setUpWithError() throws {
        parent = try Paths.temporaryFolder(self)
    }

    func text(_ path: String, in folder: URL) throws -> String {
        try String(contentsOf: folder.appendingPathComponent(path), encoding: .utf8)
    }

    func testInitMakesAHandbookThatBuildsWithoutWarnings() throws {
        let result = try PartnerbookCLI.run(["init", "team-handbook"], in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertEqual(result.stderr, "")
        XCTAssertEqual(result.stdout, """
            Created a handbook in team-handbook/:
              partnerbook.yml                      settings: the title, where the site is published
              .gitignore                           keeps public/ and .partnerbook-cache/ out of git
              content/index.md                     the home page
              content/chapters/getting-started.md  the first chapter
              layouts/                             the built-in theme (\(DefaultTheme.files.count) files), yours to change

            Next steps:
              cd team-handbook && partnerbook build  write the site to team-handbook/public/
              partnerbook serve                      preview it in a browser while you edit

            """)

        let handbook = parent.appendingPathComponent("team-handbook")
        let made = FileTree.read(handbook)
        let expected = ["partnerbook.yml", ".gitignore", "content/index.md", "content/chapters/getting-started.md"]
            + DefaultTheme.files.keys.map { "layouts/" + $0 }
        XCTAssertEqual(made.files.keys.sorted(), expected.sorted())
        for (path, text) in DefaultTheme.files {
            XCTAssertEqual(made.files["layouts/" + path].map { String(decoding: $0, as: UTF8.self) }, text, path)
        }
        XCTAssertEqual(try text(".gitignore", in: handbook), "public/\n.partnerbook-cache/\n")
        XCTAssertTrue(try text("partnerbook.yml", in: handbook).contains("\ntitle: Team handbook\n"))
        XCTAssertTrue(try text("content/chapters/getting-started.md", in: handbook).contains("\norder: 1\n"))
        XCTAssertTrue(try text("content/chapters/getting-started.md", in: handbook).contains("\nlast_reviewed: 2026-11-22\n"))

        let build = try PartnerbookCLI.run(["build", "--strict", "--source", "team-handbook"], in: parent)
        XCTAssertEqual(build.status, 0, build.stderr)
        XCTAssertEqual(build.stderr, "")
        XCTAssertEqual(PartnerbookCLI.normalized(build.stdout), "Built 2 pages, 0 warnings, 0 errors in X s\n")
        let home = try text("public/index.html", in: handbook)
        XCTAssertTrue(home.contains("<title>Team handbook</title>"), "the title comes from the folder name")
        let chapter = try text("public/chapters/getting-started/index.html", in: handbook)
        XCTAssertTrue(chapter.contains(#"<h1 class="page-title">Getting started</h1>"#), chapter)
    }

    func testTheCopiedThemeBuildsTheSameSiteAsTheBuiltInOne() throws {
        XCTAssertEqual(try PartnerbookCLI.run(["init", "book"], in: parent).status, 0)
        let handbook = parent.appendingPathComponent("book")
        XCTAssertEqual(try PartnerbookCLI.run(["build", "--output", "../with-copy"], in: handbook).status, 0)
        try FileManager.default.removeItem(at: handbook.appendingPathComponent("layouts"))
        XCTAssertEqual(try PartnerbookCLI.run(["build", "--output", "../built-in"], in: handbook).status, 0)
        let withCopy = FileTree.read(parent.appendingPathComponent("with-copy"))
        XCTAssertFalse(withCopy.files.isEmpty)
        XCTAssertEqual(withCopy, FileTree.read(parent.appendingPathComponent("built-in")))
    }

    func testInitInTheCurrentFolderNamesTheHandbookAfterIt() throws {
        let folder = parent.appendingPathComponent("partner_team-notes")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let result = try PartnerbookCLI.run(["init"], in: folder)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.hasPrefix("Created a handbook in the current folder:\n"), result.stdout)
        XCTAssertTrue(result.stdout.hasSuffix("""
            Next steps:
              partnerbook build  write the site to public/
              partnerbook serve  preview it in a browser while you edit

            """), result.stdout)
        XCTAssertTrue(try text("partnerbook.yml", in: folder).contains("\ntitle: Partner team notes\n"))
        XCTAssertFalse(FileManager.default.fileExists(atPath: folder.appendingPathComponent("public").path))
    }

    func testNextStepsQuoteAFolderNameWithSpaces() throws {
        let result = try PartnerbookCLI.run(["init", "our handbook"], in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\n  cd 'our handbook' && partnerbook build  write the site to our handbook/public/\n"), result.stdout)
        XCTAssertTrue(try text("our handbook/partnerbook.yml", in: parent).contains("\ntitle: Our handbook\n"))
    }

    func testInitRefusesAFolderThatHoldsAHandbook() throws {
        for existing in ["content/chapters/mine.md", "partnerbook.yml"] {
            let folder = parent.appendingPathComponent("old-\(existing.count)")
            let url = folder.appendingPathComponent(existing)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data("mine\n".utf8).write(to: url)
            let before = FileTree.read(folder)

            let result = try PartnerbookCLI.run(["init", folder.lastPathComponent], in: parent)
            XCTAssertEqual(result.status, 1)
            XCTAssertEqual(result.stdout, "")
            let has = existing == "partnerbook.yml" ? "partnerbook.yml" : "content/"
            XCTAssertEqual(result.stderr, """
                \(folder.lastPathComponent): error: this folder already holds a handbook (it has \(has)); nothing was written
                  hint: build it with `partnerbook build`, or choose a new folder for `partnerbook init`

                """)
            XCTAssertEqual(FileTree.read(folder), before, "nothing written")
        }
    }

    func testInitRefusesToOverwriteAThemeFileAndWritesNothing() throws {
        let folder = parent.appendingPathComponent("themed")
        let mine = folder.appendingPathComponent("layouts/base.mustache")
        try FileManager.default.createDirectory(at: mine.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("my base\n".utf8).write(to: mine)

        let result = try PartnerbookCLI.run(["init", "themed/"], in: parent)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(result.stderr, """
            themed/layouts/base.mustache: error: a file is already here; nothing was written
              hint: move the existing files aside, or choose another name

            """)
        XCTAssertEqual(FileTree.read(folder).files.keys.sorted(), ["layouts/base.mustache"])
    }

    func testInitKeepsAnExistingGitignoreAndAddsWhatItLacks() throws {
        let folder = parent.appendingPathComponent("repo")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(".build/\npublic/".utf8).write(to: folder.appendingPathComponent(".gitignore"))
        try Data("# Our repo\n".utf8).write(to: folder.appendingPathComponent("README.md"))

        let result = try PartnerbookCLI.run(["init", "repo"], in: parent)
        XCTAssertEqual(result.status, 0, result.stderr)
        XCTAssertTrue(result.stdout.contains("\n  .gitignore                           now also ignores .partnerbook-cache/\n"), result.stdout)
        XCTAssertEqual(try text(".gitignore", in: folder), ".build/\npublic/\n.partnerbook-cache/\n")
        XCTAssertEqual(try text("README.md", in: folder), "# Our repo\n")
    }
}
