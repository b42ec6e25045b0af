/// How the values a build snapshot holds are written, field by field. Reading a value reads its
/// fields in the order writing wrote them.
extension Day: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(ordinal) }
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) { self.init(ordinal: try reader.int()) }
}

extension ReviewInterval: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(count); writer.write(unit.rawValue) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let count = try reader.int()
        guard let unit = Unit(rawValue: try reader.string()) else { throw SnapshotReader.Damaged() }
        self.init(count: count, unit: unit)
    }
}

extension PageKind: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(rawValue) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        guard let kind = PageKind(rawValue: try reader.string()) else { throw SnapshotReader.Damaged() }
        self = kind
    }
}

extension Located: SnapshotCoding where Value: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(value)
        writer.write(line)
        writer.write(column)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(try reader.read(), line: try reader.int(), column: try reader.int())
    }
}

extension ParamValue: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .string(let text): writer.write(0); writer.write(text)
        case .list(let items): writer.write(1); writer.write(items)
        case .map(let entries): writer.write(2); writer.write(entries)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        switch try reader.int() {
        case 0: self = .string(try reader.string())
        case 1: self = .list(try reader.read())
        case 2: self = .map(try reader.read())
        default: throw SnapshotReader.Damaged()
        }
    }
}

extension FrontMatter: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(title); writer.write(kind); writer.write(summary); writer.write(order); writer.write(date)
        writer.write(locatedPartners); writer.write(practices); writer.write(tags); writer.write(owner)
        writer.write(lastReviewed); writer.write(reviewEvery); writer.write(isDraft); writer.write(slug)
        writer.write(params); writer.write(keys)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init()
        (title, kind, summary, order, date) = (try reader.read(), try reader.read(), try reader.read(), try reader.read(), try reader.read())
        (locatedPartners, practices, tags, owner) = (try reader.read(), try reader.read(), try reader.read(), try reader.read())
        (lastReviewed, reviewEvery, isDraft, slug) = (try reader.read(), try reader.read(), try reader.read(), try reader.read())
        (params, keys) = (try reader.read(), try reader.read())
    }
}

extension LinkTarget: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        switch self {
        case .page(let path, let fragment): writer.write(0); writer.write(path); writer.write(fragment)
        case .file(let path): writer.write(1); writer.write(path)
        case .generated(let url, let fragment): writer.write(2); writer.write(url); writer.write(fragment)
        case .samePage(let fragment): writer.write(3); writer.write(fragment)
        case .external: writer.write(4)
        case .missing(let path): writer.write(5); writer.write(path)
        }
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        switch try reader.int() {
        case 0: self = .page(try reader.string(), fragment: try reader.read())
        case 1: self = .file(try reader.string())
        case 2: self = .generated(try reader.string(), fragment: try reader.read())
        case 3: self = .samePage(fragment: try reader.string())
        case 4: self = .external
        case 5: self = .missing(try reader.string())
        default: throw SnapshotReader.Damaged()
        }
    }
}

extension Heading: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(level); writer.write(id); writer.write(text); writer.write(line) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(level: try reader.int(), id: try reader.string(), text: try reader.string(), line: try reader.int())
    }
}

extension TaskItem: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(text); writer.write(checked); writer.write(id); writer.write(line) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(text: try reader.string(), checked: try reader.read(), id: try reader.string(), line: try reader.int())
    }
}

extension Link: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(destination); writer.write(target); writer.write(isImage); writer.write(line); writer.write(column)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(destination: try reader.string(), target: try reader.read(), isImage: try reader.read(), line: try reader.int(),
                  column: try reader.int())
    }
}

/// Only what other pages can show: a snapshot's pages have no HTML, no text and no first
/// paragraph (which the page's summary already holds when it is one).
extension RenderedMarkdown: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(headings); writer.write(tasks); writer.write(links) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init()
        (headings, tasks, links) = (try reader.read(), try reader.read(), try reader.read())
    }
}

extension Page: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(path); writer.write(url); writer.write(kind); writer.write(title); writer.write(summary)
        writer.write(frontMatter); writer.writeDeferrable(markdown); writer.write(section)
    }

    /// With its rendered Markdown read only if the build asks for it.
    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(path: try reader.string(), url: try reader.string(), kind: try reader.read(), title: try reader.string(),
                  summary: try reader.string(), frontMatter: try reader.read(), deferredMarkdown: try reader.deferred(),
                  section: try reader.read())
    }
}

extension SiteConfig: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(title); writer.write(description); writer.write(baseURL); writer.write(language)
        writer.write(unsafeHTML); writer.write(smartPunctuation); writer.write(editURL); writer.write(partners)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init()
        (title, description, baseURL, language) = (try reader.string(), try reader.string(), try reader.string(), try reader.string())
        (unsafeHTML, smartPunctuation, editURL, partners) = (try reader.read(), try reader.read(), try reader.read(), try reader.read())
    }
}

extension Section: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(name); writer.write(title); writer.write(url); writer.write(pages); writer.write(indexPage)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(name: try reader.string(), title: try reader.string(), url: try reader.string(), pages: try reader.read(),
                  indexPage: try reader.read())
    }
}

extension Taxon: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(name); writer.write(slug); writer.write(pages) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(name: try reader.string(), slug: try reader.string(), pages: try reader.read())
    }
}

extension Review: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(page); writer.write(due); writer.write(isOverdue) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(page: try reader.int(), due: try reader.read(), isOverdue: try reader.read())
    }
}

extension SiteIndexes: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(partners); writer.write(tags); writer.write(practiceUsers); writer.write(backlinks)
        writer.write(stories); writer.write(taskPages); writer.write(reviews); writer.write(pagesByFolder)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init()
        (partners, tags, practiceUsers, backlinks) = (try reader.read(), try reader.read(), try reader.read(), try reader.read())
        (stories, taskPages, reviews, pagesByFolder) = (try reader.read(), try reader.read(), try reader.read(), try reader.read())
    }
}

extension Site: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(config); writer.write(pages); writer.write(sections); writer.write(chapters); writer.write(rootPages)
        writer.write(today); writer.write(indexes)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(config: try reader.read(), pages: try reader.read(), sections: try reader.read(), chapters: try reader.read(),
                  rootPages: try reader.read(), today: try reader.read())
        indexes = try reader.read()
    }
}

extension SourceLocation: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) { writer.write(file); writer.write(line); writer.write(column) }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        self.init(file: try reader.string(), line: try reader.int(), column: try reader.int())
    }
}

extension Diagnostic: SnapshotCoding {
    func write(to writer: inout SnapshotWriter) {
        writer.write(severity == .error); writer.write(code); writer.write(location); writer.write(message); writer.write(hint)
    }

    init(from reader: inout SnapshotReader) throws(SnapshotReader.Damaged) {
        let severity: Severity = try reader.read(Bool.self) ? .error : .warning
        self.init(severity, try reader.string(), at: try reader.read(), try reader.string(), hint: try reader.read())
    }
}
