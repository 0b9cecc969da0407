# The library of guides, tools and stories, and a page of it.
content-title = Guides, tools and stories
content-intro = Everything the partnership has learned, written for the people who use it: how-to guides, printable tools, courses, agreements, history and stories from teams.
content-write = Write a new page
content-report = What helps
content-images = Images
content-filter = Filter the pages
content-kind = Kind
content-all-kinds = All kinds
content-topic = Topic
content-all-topics = All topics
content-compass = Value Compass
content-all-points = All points
content-audience = For
content-everyone = Everyone
content-language = Language
content-any-language = Any
content-show = Show
content-none = No page matches these filters.
content-published = published { $name }
content-for = for
content-not-published = Not published: { $name }. Only editors see it.
content-also-in = Also in:
content-print = Print this tool
content-edit = Edit
content-revisions = Revisions

helpful-title = Was it helpful?
helpful-count = { $count ->
    [one] 1 person found this helpful
   *[other] { $count } people found this helpful
}
helpful-thanks = Thank you. Editors read every comment.
helpful-your-answer = Your answer
helpful-you-said-yes = Your answer (you said yes; you can change it)
helpful-you-said-no = Your answer (you said no; you can change it)
helpful-yes = Yes
helpful-no = No
helpful-comment = A word to the editors (optional)
helpful-send = Send

# Kinds of page.
kind-article = Article
kind-guide = How-to guide
kind-practice = Team-tested practice
kind-tool = Tool
kind-video = Video
kind-course = Course
kind-agreement = Agreement
kind-history = History
kind-contact = Contact

# Who a page is for.
audience-frontline = Frontline staff
audience-co-lead = Team co-leads
audience-sponsor = Sponsors
audience-leader = Mid-level leaders
audience-steward = Stewards
kind-page = Page

# Value Compass points.
compass-quality = Best quality
compass-service = Best service
compass-affordable = Most affordable
compass-workplace = Best place to work

# Details of a page.
detail-issue = Magazine issue
detail-level = Path to Performance level
detail-length_minutes = Length (minutes)
detail-url = Watch it
detail-era = Era
detail-year = Year
detail-sections = Sections
