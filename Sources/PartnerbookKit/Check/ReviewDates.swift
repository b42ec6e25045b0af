/// Pages whose review has fallen due, judged against the build's "today", naming who should review
/// them. A page is due on the day its interval runs out, as the page itself and the review index then say.
enum ReviewDates {
    static func check(_ site: Site) -> [Diagnostic] {
        site.indexes.reviews.filter(\.isOverdue).compactMap { review in
            let page = site.pages[review.page]
            guard let last = page.frontMatter.lastReviewed, let every = page.frontMatter.reviewEvery else { return nil }
            let who = page.frontMatter.owner.map { "; ask \($0) to review it" } ?? "; the page names no owner"
            return .warning("review-due", at: page.location(ofKey: "last_reviewed"),
                            "review was due on \(review.due) (last reviewed \(last), every \(every))\(who)",
                            hint: "once the page is checked, set 'last_reviewed' to the day of the review"
                                + (page.frontMatter.owner == nil ? " and add an 'owner'" : ""))
        }
    }
}
