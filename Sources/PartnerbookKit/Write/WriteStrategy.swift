/// How a build puts the finished site into the output folder.
public enum WriteStrategy: Sendable {
    /// The new site is built in a hidden folder beside the output folder, from links to the old
    /// site's unchanged files and to the files Partnerbook did not write, then the two folders
    /// change places in one step. Whoever reads `public/`, and whenever a build is stopped, sees
    /// either the whole old site or the whole new one. For `partnerbook build`. (A build that
    /// starts from the last build's snapshot after edits to the text of pages writes its few
    /// files in place instead: see `Builder.quickBuild`.)
    case swap
    /// Only files whose bytes changed are rewritten, each by an atomic rename; a build stopped half
    /// way leaves some pages new and some old. Milliseconds for one edited page: for the preview
    /// server, whose output folder no one else reads.
    case inPlace
}
