#!/usr/bin/env python3
"""Writes a synthetic partnering handbook for benchmarks.

    bench/make-corpus.py N OUT_DIR [--seed S]

OUT_DIR receives `partnerbook.yml`, `content/index.md` and N pages spread over
`content/chapters`, `content/stories`, `content/practices` and `content/checklists`.
The same N and seed always give byte-identical files: every random choice comes
from generators seeded with the seed, and nothing depends on hashing or the disk.

Pages average about 5 KB of Markdown: h2/h3 headings, paragraphs with inline
markup, lists, task items, block quotes, fenced code, relative links between
pages (some with #anchors to headings the target really has, a few to pages
that do not exist), accented Latin, CJK and emoji.
"""

import argparse
import datetime
import json
import os
import random
import sys
import unicodedata

# Shares of the N pages by kind; the rest are stories.
KIND_SHARES = (("chapters", 0.10), ("practices", 0.15), ("checklists", 0.25))

PARTNERS = [
    "Platform", "Customer Support", "Data Science", "Design Systems", "Sales Engineering",
    "Security", "People Ops", "Finance", "Mobile", "Research", "Legal", "Marketing",
]

PEOPLE = [
    "Dana Whitfield", "Priya Raman", "Tomás Ortega", "Jonas Lindqvist", "Aisha Karim",
    "Kwame Asante", "Zoë Fairbanks", "Łukasz Nowak", "Søren Madsen", "Chloé Besson",
    "Yuki Tanaka", "Li Wei", "Mehmet Yılmaz", "Ingrid Müller", "José Álvarez", "Nadia Haddad",
]

TAGS = [
    "alignment", "goals", "trust", "communication", "check-ins", "rhythm", "networking",
    "events", "follow-up", "mentoring", "growth", "risk", "resources", "reward", "endings",
    "retrospectives", "time-boxed", "onboarding", "influence", "stakeholders", "metrics",
    "health", "stalls", "escalation", "reciprocity", "relationships", "meetings", "planning",
    "incidents", "customers", "handoffs", "budgets", "hiring", "documentation", "feedback",
    "decisions", "roadmaps", "dependencies", "pilots", "launches", "migrations", "security",
    "privacy", "analytics", "design", "support", "sales", "platform", "mobile", "research",
]

# No date lies after this day, so no generator skips a page as dated in the future.
LATEST_DAY = datetime.date(2026, 11, 20)

REVIEW_INTERVALS = ["3 months", "6 months", "6 months", "6 months", "12 months", "90 days"]

# Words for titles and headings. A few carry accents or are CJK, and headings
# sometimes end in an emoji, so anchors exercise the slug rule's edge cases.
TITLE_NOUNS = [
    "partnership", "alignment", "check-in", "roadmap", "handoff", "pilot", "escalation",
    "retrospective", "kickoff", "agreement", "budget", "dependency", "launch", "migration",
    "review", "mentoring circle", "risk register", "network map", "stakeholder map",
    "working agreement", "decision log", "feedback loop", "café chat", "rendez-vous",
    "première", "協力", "パートナー", "合作", "naïve plan", "façade",
]
TITLE_ADJECTIVES = [
    "shared", "stalled", "first", "quarterly", "cross-team", "time-boxed", "honest", "quiet",
    "overdue", "small", "lasting", "uneven", "fragile", "steady", "new", "forgotten",
    "joint", "open", "careful", "rushed", "öffentliche", "später", "élégant",
]
TITLE_FRAMES = [
    "The {adj} {noun}", "{Adj} {noun}s", "Running {a_adj} {noun}", "When the {noun} slips",
    "Working on the {noun} with {partner}", "{Partner} and the {adj} {noun}", "Before the {noun}",
    "After {a_adj} {noun}", "Keeping a {noun} {adj}", "Why {noun}s fail",
    "Choosing {a_noun}", "{Adj} {noun} in practice",
]
HEADING_FRAMES = [
    "Background", "What happened", "What we learned", "When to use it", "How it works",
    "Before you start", "During the meeting", "Afterwards", "Common mistakes", "Why it matters",
    "Signs of trouble", "Who is involved", "Roles and owners", "A worked example",
    "Measuring progress", "Closing well", "Open questions", "Further reading",
    "The {adj} {noun}", "{Adj} {noun}s", "Working with {partner}", "{Partner} in practice",
    "Step {n}: the {noun}", "Risks of {a_adj} {noun}", "Questions for the {noun}",
    "Notes from {person}", "The {noun} ({partner})", "Ideas worth keeping {emoji}",
    "Review {n}: {adj} {noun}s", "{Noun} & {noun2}", "Q&A: the {noun}",
]
EMOJI = ["🤝", "✅", "🚀", "💡", "📅", "🔁", "🧭", "🌱", "⚠️", "🎯"]

# Words for body text.
SUBJECTS = [
    "the team", "each partner", "the owner", "{partner}", "our lead", "{person}",
    "both sides", "the sponsor", "a new partner", "the working group", "everyone involved",
    "the analyst", "the on-call engineer", "the product manager", "the mentee",
]
VERBS = [
    "agreed on", "wrote down", "revisited", "shared", "questioned", "simplified", "postponed",
    "measured", "documented", "announced", "reviewed", "dropped", "owned", "explained",
    "split", "negotiated", "tracked", "celebrated", "handed over", "closed",
]
OBJECTS = [
    "the goal", "a shared risk register", "the weekly check-in", "the launch date",
    "a list of open questions", "the budget", "the handoff notes", "one small promise",
    "the decision log", "the success metric", "a fallback plan", "the agenda",
    "the pilot's scope", "every dependency", "the escalation path", "the retrospective",
    "the network map", "a working agreement", "the roadmap", "the support rota",
]
TAILS = [
    "before any work began", "within a week", "at the next check-in", "in writing",
    "without a meeting", "so nobody was surprised", "after a long discussion",
    "while the pilot ran", "because the deadline moved", "for the second time",
    "with the whole group", "in under thirty minutes", "once the data came in",
    "before the quarter ended", "and nobody objected", "when the numbers were clear",
]
FLAVOURS = [
    "It was not glamorous, but it worked.",
    "Small, kept promises did more than any tool.",
    "Nobody remembered who suggested it first.",
    "The café downstairs became the unofficial meeting room.",
    "Some called it a naïve plan; it held up anyway.",
    "Zoë called it “the boring part”, and it was the part that mattered.",
    "東京のチームも同じ方法を試しました。",
    "这个做法后来被其他团队采用。",
    "협업은 작은 약속에서 시작됩니다.",
    "It felt like a déjà vu of the previous quarter.",
    "Two weeks later the façade of certainty was gone.",
    "The result: fewer surprises and shorter meetings 🎯.",
    "Everyone left with one task and a date ✅.",
    "Straight talk beat polished slides 💡.",
]
CODE_SAMPLES = [
    ("yaml", ["partners:", "  - {partner}", "  - {partner2}", "check_in: weekly", "owner: {person}"]),
    ("text", ["Goal: {object}", "Owner: {person}", "Due: {date}", "Status: on track"]),
    ("bash", ["partnerbook build --strict", "git log --since=2.weeks -- content/", "grep -rn 'review_every' content/"]),
    ("json", ['{{"partner": "{partner}", "cadence": "weekly", "owner": "{person}"}}']),
]


def slug(text):
    """The anchor slug rule: lowercase; keep letters and digits of any script; runs of
    spaces, `-` and `_` become one `-`; drop everything else; no `-` at either end."""
    out = []
    pending = False
    for ch in text.lower():
        if ch.isalpha() or ch.isnumeric():
            if pending and out:
                out.append("-")
            pending = False
            out.append(ch)
        elif ch.isspace() or ch in "-_":
            pending = True
    return "".join(out)


def file_slug(text):
    """A file name from a title: the anchor slug limited to ASCII (accents dropped, other
    scripts left out), so paths stay portable."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch if ch.isascii() else " " for ch in decomposed if not unicodedata.combining(ch))
    return slug(ascii_only) or "page"


def article(word):
    return "an" if word[:1].lower() in "aeiou" else "a"


def quoted(text):
    """A YAML double-quoted scalar (JSON's string syntax is a subset of it)."""
    return json.dumps(text, ensure_ascii=False)


class Page:
    def __init__(self, index, folder, stem, title):
        self.index = index
        self.folder = folder
        self.stem = stem
        self.title = title
        self.headings = []  # (level, text, anchor)
        self.status = None  # None, "published" or "draft"

    @property
    def path(self):
        return f"{self.folder}/{self.stem}.md"


class Words:
    """Fills templates with words; one instance per page, seeded per page."""

    def __init__(self, rng):
        self.rng = rng

    def fill(self, frame, **extra):
        r = self.rng
        noun = r.choice(TITLE_NOUNS)
        adj = r.choice(TITLE_ADJECTIVES)
        values = {
            "noun": noun, "Noun": noun[:1].upper() + noun[1:], "noun2": r.choice(TITLE_NOUNS),
            "adj": adj, "Adj": adj[:1].upper() + adj[1:], "a_adj": article(adj) + " " + adj,
            "a_noun": article(noun) + " " + noun,
            "partner": r.choice(PARTNERS), "Partner": r.choice(PARTNERS), "partner2": r.choice(PARTNERS),
            "person": r.choice(PEOPLE), "n": r.randint(1, 9), "emoji": r.choice(EMOJI),
            "object": r.choice(OBJECTS), "date": self.date(2024, 2026),
        }
        values.update(extra)
        return frame.format(**values)

    def date(self, first_year, last_year):
        """A day from 1 January of the first year up to the last year's end or LATEST_DAY."""
        first = datetime.date(first_year, 1, 1).toordinal()
        last = min(datetime.date(last_year, 12, 31), LATEST_DAY).toordinal()
        return datetime.date.fromordinal(self.rng.randint(first, last)).isoformat()

    def sentence(self):
        r = self.rng
        if r.random() < 0.12:
            return r.choice(FLAVOURS)
        subject = self.fill(r.choice(SUBJECTS))
        text = f"{subject} {r.choice(VERBS)} {r.choice(OBJECTS)} {r.choice(TAILS)}."
        return text[:1].upper() + text[1:]


class Corpus:
    def __init__(self, count, seed):
        self.count = count
        self.seed = seed
        self.rng = random.Random(f"partnerbook-corpus:{seed}")
        self.pages = []
        self.missing_links = 0

    # -- planning: every page's path, title and headings, before any body is written --

    def plan(self):
        counts = {}
        assigned = 0
        for folder, share in KIND_SHARES:
            counts[folder] = max(1, round(self.count * share)) if self.count >= 4 else 0
            assigned += counts[folder]
        counts["stories"] = self.count - assigned
        if self.count < 4:
            counts = {"chapters": 0, "practices": 0, "checklists": 0, "stories": self.count}
        used_stems = {}
        index = 0
        for folder in ("chapters", "practices", "stories", "checklists"):
            for _ in range(counts[folder]):
                words = Words(self.rng)
                title = words.fill(self.rng.choice(TITLE_FRAMES))
                stem = file_slug(title)
                key = (folder, stem)
                used_stems[key] = used_stems.get(key, 0) + 1
                if used_stems[key] > 1:
                    stem = f"{stem}-{used_stems[key]}"
                page = Page(index, folder, stem, title)
                page.headings = self.plan_headings(words)
                roll = self.rng.random()
                page.status = "draft" if roll < 0.01 else "published" if roll < 0.05 else None
                self.pages.append(page)
                index += 1
        self.by_folder = {f: [p for p in self.pages if p.folder == f] for f in ("chapters", "practices", "stories", "checklists")}
        # Drafts are left out of published sites, so links and practice lists point at published pages only.
        self.linkable = [p for p in self.pages if p.status != "draft"]
        self.published = {f: [p for p in pages if p.status != "draft"] for f, pages in self.by_folder.items()}

    def plan_headings(self, words):
        r = self.rng
        headings = []
        seen = set()
        for _ in range(r.choice((1, 2, 2, 3, 3, 4, 4, 5, 6, 8, 11))):
            for level in [2] + [3] * r.choice([0, 0, 1, 1, 2]):
                text = words.fill(r.choice(HEADING_FRAMES))
                anchor = slug(text)
                if not anchor or anchor in seen:
                    continue
                seen.add(anchor)
                headings.append((level, text, anchor))
        if not headings or headings[0][0] != 2:
            headings.insert(0, (2, "Overview", "overview") if "overview" not in seen else (2, "Summary", "summary"))
        return headings

    # -- writing --

    def write(self, out_dir):
        content = os.path.join(out_dir, "content")
        for folder in ("chapters", "practices", "stories", "checklists"):
            os.makedirs(os.path.join(content, folder), exist_ok=True)
        write_text(os.path.join(out_dir, "partnerbook.yml"), self.config())
        write_text(os.path.join(content, "index.md"), self.home())
        total = 0
        for page in self.pages:
            text = self.page_text(page)
            total += len(text.encode("utf-8"))
            write_text(os.path.join(content, page.path), text)
        return total

    def config(self):
        lines = [
            "# A synthetic handbook for benchmarks, written by bench/make-corpus.py.",
            "title: Partnering Handbook (benchmark)",
            "description: A generated handbook used to time builds.",
            "language: en",
            "base_url: /",
            "partners:",
        ] + [f"  - {name}" for name in PARTNERS]
        return "\n".join(lines) + "\n"

    def home(self):
        r = random.Random(f"partnerbook-corpus:{self.seed}:home")
        words = Words(r)
        lines = [
            "---",
            'title: "The Partnering Handbook"',
            'summary: "How our teams find partners, agree on goals and keep partnerships healthy."',
            f"owner: {quoted(PEOPLE[0])}",
            "last_reviewed: 2026-11-02",
            "review_every: 6 months",
            "tags: [handbook, partnering]",
            "---",
            "",
            "Welcome. This handbook collects what our teams learned about working across team lines 🤝.",
            "",
            "## Where to start",
            "",
        ]
        for folder in ("chapters", "practices", "stories", "checklists"):
            for page in self.published[folder][:3]:
                lines.append(f"- [{page.title}]({page.path}): {words.sentence()}")
        lines += ["", "## How this handbook is kept", "", " ".join(words.sentence() for _ in range(4)), ""]
        return "\n".join(lines)

    def page_text(self, page):
        r = random.Random(f"partnerbook-corpus:{self.seed}:page:{page.index}")
        words = Words(r)
        return self.front_matter(page, r, words) + self.body(page, r, words)

    def front_matter(self, page, r, words):
        summary = words.sentence() + " " + words.sentence()
        lines = ["---", f"title: {quoted(page.title)}", f"summary: {quoted(summary)}"]
        if page.folder == "chapters":
            lines.append(f"order: {page.index + 1}")
        if page.folder == "stories":
            lines.append(f"date: {words.date(2019, 2026)}")
            lines.append("partners: [" + ", ".join(r.sample(PARTNERS, r.randint(1, 3))) + "]")
        practices = self.published["practices"]
        if practices and page.folder != "practices" and r.random() < 0.8:
            chosen = r.sample(practices, min(len(practices), r.randint(1, 4)))
            lines.append("practices: [" + ", ".join(p.stem for p in chosen) + "]")
        lines.append("tags: [" + ", ".join(r.sample(TAGS, r.randint(1, 4))) + "]")
        lines.append(f"owner: {quoted(r.choice(PEOPLE))}")
        lines.append(f"last_reviewed: {words.date(2025, 2026)}")
        lines.append(f"review_every: {r.choice(REVIEW_INTERVALS)}")
        if page.status:
            lines.append(f"status: {page.status}")
        if r.random() < 0.01:
            lines.append(f"slug: {page.stem}-s{page.index}")
        lines += ["---", ""]
        return "\n".join(lines) + "\n"

    # -- bodies --

    def body(self, page, r, words):
        blocks = [self.paragraph(page, r, words)]
        for level, text, _ in page.headings:
            blocks.append("#" * level + " " + text)
            for _ in range(r.randint(1, 2)):
                blocks.append(self.block(page, r, words))
        return "\n\n".join(blocks) + "\n"

    def block(self, page, r, words):
        if page.folder == "checklists" and r.random() < 0.55:
            return self.tasks(page, r, words)
        roll = r.random()
        if roll < 0.55:
            return self.paragraph(page, r, words)
        if roll < 0.72:
            return self.bullets(page, r, words)
        if roll < 0.80:
            return self.ordered(page, r, words)
        if roll < 0.88:
            return self.quote(page, r, words)
        if roll < 0.94:
            return self.code(r, words)
        return self.tasks(page, r, words)

    def paragraph(self, page, r, words):
        parts = []
        for _ in range(r.randint(3, 8)):
            sentence = words.sentence()
            roll = r.random()
            if roll < 0.22:
                sentence += " " + self.link_sentence(page, r, words)
            elif roll < 0.30:
                sentence = sentence.replace(" the ", " **the** ", 1)
            elif roll < 0.36:
                sentence = sentence.replace(" a ", " *a* ", 1)
            elif roll < 0.38:
                sentence += f" Run `partnerbook build` after editing `{page.stem}.md`."
            parts.append(sentence)
        return " ".join(parts)

    def bullets(self, page, r, words):
        items = []
        for _ in range(r.randint(3, 6)):
            item = "- " + words.sentence()
            if r.random() < 0.2:
                item += " " + self.link_sentence(page, r, words)
            items.append(item)
            if r.random() < 0.15:
                items.append("  - " + words.sentence())
        return "\n".join(items)

    def ordered(self, page, r, words):
        return "\n".join(f"{n}. {words.sentence()}" for n in range(1, r.randint(3, 6) + 1))

    def tasks(self, page, r, words):
        lines = []
        for _ in range(r.randint(3, 8)):
            mark = "x" if r.random() < 0.2 else " "
            lines.append(f"- [{mark}] {words.sentence()}")
        return "\n".join(lines)

    def quote(self, page, r, words):
        lines = [f"> {words.sentence()}" for _ in range(r.randint(1, 3))]
        lines.append(f"> — {r.choice(PEOPLE)}")
        return "\n>\n".join(lines)

    def code(self, r, words):
        language, template = r.choice(CODE_SAMPLES)
        body = [words.fill(line) for line in template]
        return "```" + language + "\n" + "\n".join(body) + "\n```"

    def link_sentence(self, page, r, words):
        return f"See {self.link(page, r)} for more."

    def link(self, page, r):
        roll = r.random()
        if roll < 0.001:
            self.missing_links += 1
            return f"[an older note](../{r.choice(list(self.by_folder))}/retired-page-{r.randint(1, 999)}.md)"
        if roll < 0.06:
            return f"[the partnering guide](https://example.org/guides/{r.choice(TAGS)})"
        if roll < 0.12:
            _, text, anchor = r.choice(page.headings)
            return f"[{text}](#{anchor})"
        target = r.choice(self.linkable)
        destination = target.stem + ".md" if target.folder == page.folder else f"../{target.path}"
        if r.random() < 0.4 and target.headings:
            _, _, anchor = r.choice(target.headings)
            destination += "#" + anchor
        return f"[{target.title}]({destination})"


def write_text(path, text):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(text)


def main(argv):
    parser = argparse.ArgumentParser(description="Write a synthetic handbook for benchmarks.")
    parser.add_argument("count", type=int, help="how many pages besides the home page")
    parser.add_argument("out_dir", help="folder to write partnerbook.yml and content/ into; must not hold content/ yet")
    parser.add_argument("--seed", type=int, default=1, help="same seed, same corpus (default 1)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("count must be at least 1")
    if os.path.exists(os.path.join(args.out_dir, "content")):
        parser.error(f"{args.out_dir}/content already exists; choose an empty folder")
    corpus = Corpus(args.count, args.seed)
    corpus.plan()
    total = corpus.write(args.out_dir)
    print(f"wrote {args.count} pages + home, {total} bytes of pages "
          f"({total // max(1, args.count)} bytes on average), {corpus.missing_links} links to missing pages, "
          f"to {args.out_dir}")


if __name__ == "__main__":
    main(sys.argv[1:])
