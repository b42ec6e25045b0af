/// The words of a new handbook: its settings, home page and first chapter. Written to build
/// without a warning and to show an author, by example, how the handbook works.
enum StarterText {
    static func settings(title: String) -> String {
        """
        # Settings for this handbook. Only the title is needed; remove the # before a key to use it.

        # The handbook's name, shown in every page's header.
        title: \(YAMLText.scalar(title))

        # One sentence about the handbook, for search engines and link previews.
        # description: How our team finds partners and works with them.

        # Where the site will be published. A subpath such as /handbook/ is kept in every link.
        # base_url: https://intranet.example/handbook/

        # The language the pages are written in.
        language: en

        # Adds an "edit this page" link; {path} stands for the page's file, e.g. content/chapters/x.md.
        # edit_url: https://git.example/handbook/edit/main/{path}

        # The partner teams this handbook knows.
        # partners:
        #   - Platform
        #   - Customer Support

        # Turns straight quotes, -- and ... into typographic ones.
        # smart_punctuation: true

        # Passes raw HTML in the Markdown through to the pages; by default it is left out.
        # unsafe_html: true

        """
    }

    static let home = """
        ---
        title: Welcome
        summary: How our team finds partners, works with them, and learns from it.
        ---

        This handbook is where our team writes down how we partner with other teams: the ideas behind
        it, the practices we use, the stories of partnerships that worked and some that did not, and
        checklists for the moments that matter. Every page is a Markdown file in `content/`, so anyone
        can improve it.

        ## Where to start

        Read [Getting started](chapters/getting-started.md) first. It explains the four kinds of page
        and how to add your own.

        ## Adding a page

        Run one of these in the handbook folder, then open the file it names:

        ```sh
        partnerbook new chapter "Working with Platform"
        partnerbook new practice "Alignment session"
        partnerbook new story "The onboarding rebuild"
        partnerbook new checklist "Starting a partnership"
        ```

        """

    static func gettingStarted(today: Day) -> String {
        """
        ---
        title: Getting started
        summary: The four kinds of page in this handbook, and how to write, build and preview them.
        order: 1
        owner:                    # who keeps this page up to date
        last_reviewed: \(today)
        review_every: 6 months
        ---

        This chapter is a starting point. Replace it with your own first chapter when you are ready.

        ## Four kinds of page

        - **Chapters** in `content/chapters/` explain the ideas. They are read in the order their
          `order:` setting gives.
        - **Practices** in `content/practices/` are techniques a team can run: when to use one, how to
          run it, and how to tell it is working.
        - **Stories** in `content/stories/` tell what happened in a real partnership, with its date and
          the teams involved.
        - **Checklists** in `content/checklists/` are lists of tasks written `- [ ] task`, which
          readers tick off in the browser.

        `partnerbook new chapter "Title"` (or `practice`, `story`, `checklist`) starts a page of that
        kind with the settings it needs and headings to write under.

        ## Settings at the top of a page

        Each page opens with settings between two `---` lines. `title` and `summary` appear in lists
        and at the top of the page. `owner`, `last_reviewed` and `review_every` say who keeps a page
        current and how often it needs a look: once a page is due, it shows a notice and is listed on
        the review page.

        ## Links between pages

        Link to another page by its file, as in `[Getting started](../chapters/getting-started.md)`.
        The build turns the link into the page's address and warns about links that lead nowhere.

        ## Build and preview

        `partnerbook build` writes the site to `public/`, ready to copy to any web server.
        `partnerbook serve` shows it in a browser and rebuilds it as you edit.

        ## Changing the look

        The templates and styles in `layouts/` are a copy of the built-in theme. Change them as you
        like; delete a file to go back to the built-in version of it.

        """
    }
}
