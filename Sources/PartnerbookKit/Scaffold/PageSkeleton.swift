/// The placeholder summary and the headings a new page of each kind starts with: prompts for the
/// author to replace, shaped like the pages of that kind in a finished handbook.
enum PageSkeleton {
    static func summary(of kind: PageKind) -> String {
        switch kind {
        case .chapter: "One or two sentences on the idea this chapter explains."
        case .story: "One or two sentences on who partnered, on what, and how it turned out."
        case .practice: "One or two sentences on what this practice is and what it gets a team."
        case .checklist: "One sentence on when to pick up this checklist."
        case .page: "One sentence on what this page is for."
        }
    }

    static func body(of kind: PageKind) -> String {
        switch kind {
        case .chapter: """
            Open with the situation this chapter helps with, in a short paragraph.

            ## Why it matters

            What goes wrong when teams skip this, and what goes right when they do not.

            ## How we do it

            The approach, step by step or idea by idea. Link the practices that put it to work.

            ## Signs it is working

            What a reader can look for in their own partnership.

            ## Related pages

            Link the practices, stories and checklists that go with this chapter.

            """
        case .story: """
            ## Background

            The teams, the goal they shared, and why they decided to work together.

            ## What happened

            The partnership from the first conversation to where it stands now.

            ## What went well

            ## What we would do differently

            ## Takeaways

            Two or three lessons another team could use next week.

            """
        case .practice: """
            A short paragraph on what this practice is.

            ## When to use it

            - The situation in which it helps most.

            ## How to run it

            1. The first step.
            2. The next step.

            ## How to tell it is working

            ## Common pitfalls

            """
        case .checklist: """
            A sentence on who uses this list and when.

            ## Before you start

            - [ ] The first thing to check.
            - [ ] The next thing to check.

            ## Afterwards

            - [ ] The follow-up that is easy to forget.

            """
        case .page: "Write the page here.\n"
        }
    }
}
