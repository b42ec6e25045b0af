/// The pages of one folder, arranged to find the page a broken link into the folder likely meant
/// without comparing the link with every page there. The answer is the one the rules of
/// `BrokenLinks.hint` give over the whole folder, ties included: a name equal but for case, else
/// the closest by edit distance, else a name that begins with the link's or that it begins with.
struct FolderNames: Sendable {
    /// The folder's pages, sorted, as `SiteIndexes.pagesByFolder` holds them.
    private let paths: [String]
    /// Page names without `.md`, numbered in the order of `paths`.
    private let names: [String]
    /// Name (as `BrokenLinks.split` gives it) → the number of the first path with that name.
    private let firstByName: [String: Int]
    /// Lowercased name → the number of the first name that lowercases to it.
    private let firstByLowercase: [String: Int]
    private let near: NearNames
    private let sorted: SortedNames
    private let codes: LetterCodes

    init(folder: String, paths: [String]) {
        let prefix = folder.isEmpty ? 0 : folder.utf8.count + 1
        let names = paths.map { String($0.utf8.dropFirst(prefix).dropLast(3))! }
        var firstByName: [String: Int] = [:]
        var firstByLowercase: [String: Int] = [:]
        var codes = LetterCodes()
        var letters: [[Int32]] = []
        var lowercased: [[Int32]] = []
        for (number, name) in names.enumerated() {
            let key = Self.isPlain(paths[number]) ? name : BrokenLinks.split(paths[number]).name
            if firstByName[key] == nil { firstByName[key] = number }
            let lower = name.lowercased()
            if firstByLowercase[lower] == nil { firstByLowercase[lower] = number }
            letters.append(codes.codes(name))
            lowercased.append(codes.codes(lower))
        }
        (self.paths, self.names, self.firstByName, self.firstByLowercase, self.codes) = (paths, names, firstByName, firstByLowercase, codes)
        near = NearNames(names: names, lowercased: lowercased, lengths: letters.map(\.count))
        sorted = SortedNames(letters)
    }

    /// The path of the page a link to the missing page `name` (without folder and `.md`) likely meant.
    func path(likelyMeant name: String) -> String? {
        let length = name.count
        guard let found = closest(to: name, length: length, within: max(2, length / 4)) ?? relative(of: name, length: length) else {
            return nil
        }
        return firstByName[found].map { paths[$0] }
    }

    /// What `Suggestion.nearest(to: name, in: names, within: limit)` gives.
    private func closest(to name: String, length: Int, within limit: Int) -> String? {
        let lower = name.lowercased()
        if let number = firstByLowercase[lower] { return names[number] }
        var unseen: [Character: Int32] = [:]
        let neighbours = sorted.neighbours(of: codes.codes(name, unseen: &unseen))
        return near.closest(to: codes.codes(lower, unseen: &unseen), length: length, within: limit, trying: neighbours).map { names[$0] }
    }

    /// The first name that begins with `name` or that `name` begins with, for a name of four
    /// Characters or more: a chapter renamed by adding or dropping words at its end.
    private func relative(of name: String, length: Int) -> String? {
        guard length >= 4 else { return nil }
        var unseen: [Character: Int32] = [:]
        return sorted.firstRelative(of: codes.codes(name, unseen: &unseen)).map { names[$0] }
    }

    /// Whether `BrokenLinks.split` names the page at `path` by its bytes between the folder and
    /// `.md`, as `names` does: so for ASCII paths ending in `.md` without empty parts. (Outside
    /// ASCII, a Character may join the "." of ".md" to the letter before it.)
    private static func isPlain(_ path: String) -> Bool {
        var previous = UInt8(ascii: "/")
        for byte in path.utf8 {
            if byte >= 0x80 || (byte == UInt8(ascii: "/") && previous == byte) { return false }
            previous = byte
        }
        return path.utf8.reversed().starts(with: "dm.".utf8)
    }
}
