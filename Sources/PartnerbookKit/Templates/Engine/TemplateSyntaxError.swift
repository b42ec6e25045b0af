/// A template that cannot be parsed, with the 1-based line and column where parsing stopped.
struct TemplateSyntaxError: Error, Equatable {
    enum Problem: Equatable {
        case closedWithOtherName
        case unfinishedTag
        case unclosedSection
        case unfinishedComment
        case badDelimiters
        case badPragma
        case unknownPragma
        case tagInsideParent
        case transformOnBlock
    }

    var problem: Problem
    var line: Int
    var column: Int

    var message: String {
        switch problem {
        case .closedWithOtherName: "a section is closed with a name that does not match its opening"
        case .unfinishedTag:
            "a tag is not closed with '}}' (a name may hold only letters, digits and . - _ ? and a transform such as empty(.))"
        case .unclosedSection: "a section is opened but never closed"
        case .unfinishedComment: "a comment is opened but never closed"
        case .badDelimiters: "invalid delimiter change (write it as {{=<% %>=}})"
        case .badPragma: "invalid pragma (write it as {{% CONTENT_TYPE: TEXT}})"
        case .unknownPragma: "unknown pragma: only CONTENT_TYPE: TEXT and CONTENT_TYPE: HTML are understood"
        case .tagInsideParent: "only blocks ({{$name}}…{{/name}}) may stand inside an inheriting section"
        case .transformOnBlock: "a block cannot have a transform"
        }
    }
}
