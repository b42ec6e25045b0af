/// The pages of one folder, arranged to find the page a broken link into the folder likely meant
/// without comparing the link with every page there. The answer is the one the rules of
/// `BrokenLinks.hint` give over the whole folder, ties included: a name equal but for case, else
/// the closest by edit distance, else a name that begins with the link's or that it begins with.
struct FolderNames: Sendable {
    /// Page names without `.md`, in the order of the folder's sorted paths.
    private let names: [String]
    /// Name (as `BrokenLinks.split` gives it) → the first path with that name.
    private let pathByName: [String: String]
    /// Lowercased name → the number of the first name that lowercases to it.
    private let firstByLowercase: [String: Int]
    /// Length in Characters → the numbers of the names that long, since names of another length
    /// are at least that difference apart.
    private let numbersByLength: [Int: [Int]]
    /// Each name lowercased, as letter codes.
    private let lowercased: [[Int32]]
    private let letterSets: [LetterSet]
    private let letters: LetterCodes
    private let tree: NameTree

    /// `paths` are the folder's pages, sorted, as `SiteIndexes.pagesByFolder` holds them.
    init(folder: String, paths: [String]) {
        let prefix = folder.isEmpty ? 0 : folder.utf8.count + 1
        names = paths.map { String($0.utf8.dropFirst(prefix).dropLast(3))! }
        var pathByName: [String: String] = [:]
        for path in paths.reversed() { pathByName[BrokenLinks.split(path).name] = path }
        self.pathByName = pathByName
        var firstByLowercase: [String: Int] = [:]
        var numbersByLength: [Int: [Int]] = [:]
        var letters = LetterCodes()
        var lowercased: [[Int32]] = []
        var tree = NameTree()
        for (number, name) in names.enumerated() {
            let lower = name.lowercased()
            if firstByLowercase[lower] == nil { firstByLowercase[lower] = number }
            numbersByLength[name.count, default: []].append(number)
            lowercased.append(letters.codes(lower))
            tree.add(letters.codes(name), number: number)
        }
        (self.firstByLowercase, self.numbersByLength, self.lowercased, self.tree) = (firstByLowercase, numbersByLength, lowercased, tree)
        self.letters = letters
        letterSets = lowercased.map(LetterSet.init)
    }

    /// The path of the page a link to the missing page `name` (without folder and `.md`) likely meant.
    func path(likelyMeant name: String) -> String? {
        let length = name.count
        guard let found = closest(to: name, length: length, within: max(2, length / 4)) ?? relative(of: name, length: length) else {
            return nil
        }
        return pathByName[found]
    }

    /// What `Suggestion.nearest(to: name, in: names, within: limit)` gives.
    private func closest(to name: String, length: Int, within limit: Int) -> String? {
        let lower = name.lowercased()
        if let number = firstByLowercase[lower] { return names[number] }
        var unseen: [Character: Int32] = [:]
        let target = letters.codes(lower, unseen: &unseen)
        let targetSet = LetterSet(target)
        var best: (distance: Int, name: String)?
        for candidateLength in max(0, length - limit)...(length + limit) {
            for number in numbersByLength[candidateLength] ?? [] {
                let bound = best?.distance ?? limit
                guard targetSet.fewestEdits(to: letterSets[number]) <= bound,
                      let distance = EditDistance.between(lowercased[number], target, atMost: bound) else { continue }
                if best.map({ (distance, names[number]) < $0 }) ?? true { best = (distance, names[number]) }
            }
        }
        return best?.name
    }

    /// The first name that begins with `name` or that `name` begins with, for a name of four
    /// Characters or more: a chapter renamed by adding or dropping words at its end.
    private func relative(of name: String, length: Int) -> String? {
        guard length >= 4 else { return nil }
        var unseen: [Character: Int32] = [:]
        return tree.firstRelative(of: letters.codes(name, unseen: &unseen)).map { names[$0] }
    }
}
