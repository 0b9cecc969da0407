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

## For editors: the editor, images, revisions and the report of what helps
editor-edit-title = Edit the page
editor-new-title = A new page
editor-not-saved = Nothing was saved. Check the fields marked below.
editor-title = Title
editor-slug = Address (leave empty to make it from the title)
editor-kind = Kind
editor-summary = Summary: what the page gives the reader
editor-compass = Value Compass points
editor-audience = Written for
editor-topics = Topics, separated by commas
editor-language = Language
editor-translation-of = Translation of (the English page's address, for translations)
editor-details = Details for this kind of page, one per line (for example “level: 2” for a course, “issue: Winter 2026” for an article, “printable: true” for a tool)
editor-body = Text (Markdown: ## for headings, - for lists, **bold**, [link](/content/address))
editor-note = What changed (optional, kept with the revision)
editor-publish-later = Publish later (UTC)
editor-date = Date
editor-time = Time
editor-preview = Preview
editor-save-draft = Save as draft
editor-schedule = Schedule
editor-publish = Publish
editor-images-heading = Images for this page
editor-images-intro = Upload a photo or drawing here. It opens on the images page in a new tab, with the line to paste into the text above, so what you have written here stays as it is. Save your work before you leave this page.
editor-image-alt = What the image shows, in a sentence, for people who cannot see it
editor-image-file = Image file: PNG, JPEG, WebP or GIF, up to { $name }
editor-upload-new-tab = Upload (opens in a new tab)
editor-all-images-new-tab = All images and their lines (new tab)
editor-error-kind = Choose what kind of page it is.
editor-error-detail-line = “{ $name }” should be written key: value
editor-error-body-long = The text is longer than { $count } bytes.
editor-error-slug-taken = A page with this address already exists.
editor-error-schedule = Choose a date and time (UTC) in the future to publish it.
images-title = Images
images-lead = Photos and drawings for the hub's pages. Each upload is saved afresh at two sizes — at most { $count } pixels across for pages, and a small one for lists — so camera details such as where a photo was taken do not travel with it. To show an image on a page, paste its line into the page's text where the image belongs.
images-uploaded = The image is uploaded. Paste this line into the page's text where the image should appear:
images-not-uploaded = Nothing was uploaded. Check the fields marked below.
images-not-uploaded-again = Nothing was uploaded. Check the fields marked below, and choose the file again (browsers forget it when a form comes back).
images-upload-heading = Upload an image
images-upload-button = Upload the image
images-list-heading = Uploaded images, newest first
images-none = No image has been uploaded yet.
images-full-size = (full size)
images-pixels = { $width } × { $height } pixels
images-uploaded-by = uploaded { $date } by { $name }
images-from-file = from “{ $name }”
images-someone = someone
images-line = Line to paste into a page
images-error-alt-missing = Say in a few words what the image shows, for people who cannot see it.
images-error-alt-long = Keep the description under { $count } characters; say more in the page's text.
images-error-no-file = Choose an image file to upload.
revisions-title = Revisions
revisions-window-title = Revisions · { $name }
revisions-intro = Every saved version is kept. Compare one with the page as it is now, or make it the page again (that adds a new revision; nothing is lost).
revisions-number = Revision
revisions-when = When
revisions-by = By
revisions-note = Note
revisions-actions = Actions
revisions-compare = Compare with now
revisions-restore = Restore revision { $count }
revisions-from-to-now = From revision { $count } to now
revisions-import = Import
revisions-restored-note = restored revision { $count }
revisions-none = No such revision.
report-title = What helps
report-pages = Pages people answered about
report-no-answers = Nobody has answered “Was it helpful?” yet.
report-page = Page
report-helpful = Helpful
report-not-helpful = Not helpful
report-comments = Comments
report-not-found = Searched for and not found (last 30 days)
report-all-found = Every search found something.
report-search = Search
report-times = Times

## Problems with a page's front matter and its file (lmp_domain::content), as the editor shows them
content-meta-slug = “{ $value }” must be 2–100 lowercase letters, digits and single hyphens
content-meta-no-title = a title is needed
content-meta-too-long = at most { $max } characters
content-meta-compass = “{ $value }” is not one of quality, service, affordable, workplace
content-meta-audience = “{ $value }” is not one of frontline, co-lead, sponsor, leader, steward
content-meta-topic = “{ $value }” should be a lowercase word or hyphenated words
content-meta-language = “{ $value }” is not en or es
content-meta-translation-of = a translation names the English page it translates
# $kind: the page's kind as a code (guide, course…).
content-meta-key-not-taken = not a key a { $kind ->
        [article] article
        [guide] how-to guide
        [practice] team-tested practice
        [tool] tool
        [video] video
        [course] course
        [agreement] agreement
        [history] history
        [contact] contact
       *[page] page
    } page takes
content-meta-whole-number = “{ $value }” should be a whole number
content-meta-level = a Path to Performance level from 1 to 5
content-meta-printable = true or false
# A problem about one key of the front matter: "compass: “gold” should be a list like [a, b]".
content-file-key = { $key }: { $problem }
content-file-no-start = line 1: the file must start with a --- line
content-file-twice = line { $line }: “{ $key }” is given twice
content-file-not-key-value = line { $line }: expected “key: value”
content-file-not-closed = the front matter is not closed by a --- line
content-file-not-list = “{ $value }” should be a list like [a, b]
content-file-type = “{ $value }” is not one of { $kinds }
content-file-body-long = the body is longer than { $max } bytes

## Refusals of the content pages and images
content-refuse-editors-only = Writing and publishing pages is for content editors.
content-refuse-no-page = No such page.
content-refuse-helpful-answer = Answer yes or no to “Was it helpful?”.
content-refuse-other-address = That revision belongs to another address.
content-field-comment = The comment
images-editors-only = Uploading images is for content editors.
images-send-with-form = Send the image with the upload form (as multipart/form-data): { $why }
images-no-such-image = No such image.
