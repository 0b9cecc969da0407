//! Content: the library of pages (by type, topic, Value Compass point, audience, language),
//! a page with "Was it helpful?", and for editors the Markdown editor with preview, drafts,
//! scheduled publishing, revisions with a diff and restore, and the report of what helps and
//! what people searched for and did not find.

use std::collections::BTreeMap;

use askama::Template;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::content::{
    check_meta, parse_file, read_file, to_file, valid_slug, ContentType, PageFile, PageMeta,
    AUDIENCES, BODY_MAX, LANGUAGES,
};
use lmp_domain::improvement::CompassPoint;
use lmp_domain::{FieldErrors, Msg, PageRequest};
use lmp_store::content::{ContentFilter, ContentRow};
use serde::Deserialize;

use super::{render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, FormErrors, Lang};
use crate::markdown;
use crate::state::AppState;
use crate::views::{date_input, parse_date_time, query_string, Layout, Pager};

fn require_editor(user: &User) -> AppResult<()> {
    if user.actor.can_edit_content() {
        Ok(())
    } else {
        Err(AppError::Forbidden(Msg::new("content-refuse-editors-only")))
    }
}

/// A Value Compass point's name in the reader's language.
pub(crate) fn compass_label(lang: Lang, code: &str) -> String {
    CompassPoint::parse(code).map_or(String::new(), |c| {
        i18n::message(lang, &format!("compass-{}", c.code()), &[])
    })
}

/// A kind of page's name in the reader's language.
pub(crate) fn type_label(lang: Lang, code: &str) -> String {
    let kind = ContentType::parse(code).map_or("page", ContentType::code);
    i18n::message(lang, &format!("kind-{kind}"), &[])
}

/// An audience's name in the reader's language; `None` for a code that is not an audience.
pub(crate) fn audience_label(lang: Lang, code: &str) -> Option<String> {
    lmp_domain::content::audience_label(code)
        .map(|_| i18n::message(lang, &format!("audience-{code}"), &[]))
}

/// The search index entry of a page (published pages only; drafts are not searchable).
pub(crate) fn search_doc(row: &ContentRow) -> lmp_search::Doc {
    lmp_search::Doc {
        kind: lmp_search::Kind::Content,
        id: row.id,
        title: row.title.clone(),
        summary: row.summary.clone(),
        body: markdown::to_text(&row.body),
        url: format!("/content/{}", row.slug),
        content_type: Some(row.kind.clone()),
        compass: row.compass_list(),
        topics: row.topic_list(),
        audience: row.audience_list(),
        region: None,
        language: row.language.clone(),
        date: row.published_at.unwrap_or(row.updated_at),
        access: lmp_search::Access::Everyone,
    }
}

/// Brings the search index (on every node) in step with one page.
pub(crate) async fn reindex_page(state: &AppState, slug: &str) {
    if let Ok(row) = state.store.content_page(slug).await {
        crate::search::refresh(
            &state.store,
            &state.search,
            lmp_search::Kind::Content,
            row.id,
        )
        .await;
    }
}

// ---------------------------------------------------------------------------------------------
// The library.

/// A page in the library's list.
struct Card {
    slug: String,
    title: String,
    kind: String,
    summary: String,
    compass: Vec<String>,
    /// "draft" or "scheduled" for editors; empty when published.
    status: String,
}

#[derive(Template)]
#[template(path = "content_list.html")]
struct LibraryPage {
    layout: Layout,
    rows: Vec<Card>,
    pager: Pager,
    q: LibraryQuery,
    types: Vec<(&'static str, String)>,
    topics: Vec<String>,
    compass: Vec<(&'static str, String)>,
    audiences: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    is_editor: bool,
}

#[derive(Deserialize, Default)]
pub struct LibraryQuery {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    compass: String,
    #[serde(default)]
    audience: String,
    #[serde(default)]
    language: String,
    page: Option<u32>,
}

fn some(text: &str) -> Option<String> {
    Some(text.trim().to_string()).filter(|t| !t.is_empty())
}

pub async fn library(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Query(q): Query<LibraryQuery>,
) -> AppResult<Response> {
    if state.store.publish_due_content().await? > 0 {
        reindex_all_content(&state).await;
    }
    let is_editor = user.actor.can_edit_content();
    let lang = session.lang;
    let filter = ContentFilter {
        kind: some(&q.kind),
        topic: some(&q.topic),
        compass: some(&q.compass),
        audience: some(&q.audience),
        language: some(&q.language),
        unpublished: is_editor,
    };
    let page = state
        .store
        .content_pages(&filter, PageRequest::new(q.page, Some(24)))
        .await?;
    let base = query_string(&[
        ("kind", q.kind.clone()),
        ("topic", q.topic.clone()),
        ("compass", q.compass.clone()),
        ("audience", q.audience.clone()),
        ("language", q.language.clone()),
    ]);
    let pager = Pager::new(&page, "/content", &base);
    let rows = page
        .items
        .iter()
        .map(|r| Card {
            slug: r.slug.clone(),
            title: r.title.clone(),
            kind: type_label(lang, &r.kind),
            summary: r.summary.clone(),
            compass: r
                .compass_list()
                .iter()
                .map(|c| compass_label(lang, c))
                .collect(),
            status: if r.is_published() {
                String::new()
            } else {
                r.status.clone()
            },
        })
        .collect();
    render(&LibraryPage {
        layout: Layout::titled(&session, "content-title", "content"),
        rows,
        pager,
        types: ContentType::ALL
            .iter()
            .map(|t| (t.code(), type_label(lang, t.code())))
            .collect(),
        topics: state.store.content_topics().await?,
        compass: CompassPoint::ALL
            .iter()
            .map(|c| (c.code(), compass_label(lang, c.code())))
            .collect(),
        audiences: AUDIENCES
            .iter()
            .map(|(code, _)| (*code, audience_label(lang, code).unwrap_or_default()))
            .collect(),
        languages: LANGUAGES.to_vec(),
        is_editor,
        q,
    })
}

/// Re-reads every page into the search index (after scheduled pages were published): the
/// published ones in one write, and each other node told of every page.
pub(crate) async fn reindex_all_content(state: &AppState) {
    let Ok(rows) = state.store.all_content().await else {
        return;
    };
    let docs: Vec<lmp_search::Doc> = rows
        .iter()
        .filter(|r| r.is_published())
        .map(search_doc)
        .collect();
    if let Err(e) = state.search.upsert(&docs) {
        tracing::warn!("search index not updated for published pages: {e}");
    }
    for row in rows.iter().filter(|r| !r.is_published()) {
        if let Err(e) = state.search.delete(lmp_search::Kind::Content, row.id) {
            tracing::warn!("search index not updated for {}: {e}", row.slug);
        }
    }
    for row in &rows {
        crate::search::announce(&state.store, lmp_search::Kind::Content, row.id).await;
    }
}

// ---------------------------------------------------------------------------------------------
// One page.

#[derive(Template)]
#[template(path = "content_page.html")]
struct ContentPage {
    layout: Layout,
    row: ContentRow,
    type_label: String,
    html: String,
    compass: Vec<String>,
    audience: Vec<String>,
    details: Vec<(String, String)>,
    translations: Vec<(String, &'static str)>,
    helpful_count: i64,
    my_answer: Option<bool>,
    is_editor: bool,
    printable: bool,
    thanks: bool,
    published: String,
}

#[derive(Deserialize, Default)]
pub struct Thanks {
    #[serde(default)]
    done: String,
}

/// The label of a page's extra detail in the reader's language; `None` for keys not shown.
fn detail_label(lang: Lang, key: &str) -> Option<String> {
    const SHOWN: [&str; 7] = [
        "issue",
        "level",
        "length_minutes",
        "url",
        "era",
        "year",
        "sections",
    ];
    SHOWN
        .contains(&key)
        .then(|| i18n::message(lang, &format!("detail-{key}"), &[]))
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    Query(thanks): Query<Thanks>,
) -> AppResult<Response> {
    if state.store.publish_due_content().await? > 0 {
        reindex_all_content(&state).await;
    }
    let row = state.store.content_page(&slug).await?;
    let is_editor = user.actor.can_edit_content();
    if !row.is_published() && !is_editor {
        return Err(AppError::NotFound(Msg::new("content-refuse-no-page")));
    }
    let (helpful_count, my_answer) = state.store.helpful(row.id, user.person.id).await?;
    let lang = session.lang;
    let extra = row.extra_map();
    let details = extra
        .iter()
        .filter_map(|(k, v)| detail_label(lang, k).map(|label| (label, v.clone())))
        .collect();
    let translations = state
        .store
        .content_translations(&slug)
        .await?
        .into_iter()
        .filter(|(s, _)| *s != slug)
        .map(|(s, lang)| {
            let name = LANGUAGES
                .iter()
                .find(|(c, _)| *c == lang)
                .map_or("", |(_, n)| *n);
            (s, name)
        })
        .collect();
    render(&ContentPage {
        layout: Layout::new(&session, row.title.clone(), "content"),
        type_label: type_label(lang, &row.kind),
        html: markdown::to_html(&row.body),
        compass: row
            .compass_list()
            .iter()
            .map(|c| compass_label(lang, c))
            .collect(),
        audience: row
            .audience_list()
            .iter()
            .filter_map(|a| audience_label(lang, a))
            .collect(),
        details,
        translations,
        helpful_count,
        my_answer,
        is_editor,
        printable: extra.get("printable").is_some_and(|p| p == "true"),
        thanks: thanks.done == "helpful",
        published: row.published_at.map(date_input).unwrap_or_default(),
        row,
    })
}

#[derive(Deserialize, Default)]
pub struct HelpfulForm {
    #[serde(default)]
    helpful: String,
    #[serde(default)]
    comment: String,
}

/// One answer per person: answering again changes the answer, never adds one.
pub async fn helpful(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    Form(form): Form<HelpfulForm>,
) -> AppResult<Response> {
    let row = state.store.content_page(&slug).await?;
    if !row.is_published() {
        return Err(AppError::NotFound(Msg::new("content-refuse-no-page")));
    }
    let helpful = match form.helpful.as_str() {
        "yes" => true,
        "no" => false,
        _ => {
            return Err(AppError::BadRequest(Msg::new(
                "content-refuse-helpful-answer",
            )))
        }
    };
    let mut errors = FieldErrors::new();
    let comment = lmp_domain::validation::optional_text(
        &mut errors,
        "comment",
        "content-field-comment",
        &form.comment,
        1000,
    );
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    state
        .store
        .set_helpful(row.id, user.person.id, helpful, &comment)
        .await?;
    Ok(Redirect::to(&format!("/content/{slug}?done=helpful#helpful")).into_response())
}

// ---------------------------------------------------------------------------------------------
// The editor.

#[derive(Deserialize, Default, Clone)]
pub struct EditorForm {
    #[serde(default)]
    slug: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    summary: String,
    #[serde(default)]
    compass: Vec<String>,
    #[serde(default)]
    topics: String,
    #[serde(default)]
    audience: Vec<String>,
    #[serde(default)]
    language: String,
    #[serde(default)]
    translation_of: String,
    /// Type-specific details, one `key: value` per line.
    #[serde(default)]
    details: String,
    #[serde(default)]
    body: String,
    /// `preview`, `draft`, `publish` or `schedule`.
    #[serde(default)]
    action: String,
    #[serde(default)]
    publish_date: String,
    #[serde(default)]
    publish_time: String,
    #[serde(default)]
    note: String,
}

impl EditorForm {
    fn from_row(row: &ContentRow) -> EditorForm {
        EditorForm {
            slug: row.slug.clone(),
            title: row.title.clone(),
            kind: row.kind.clone(),
            summary: row.summary.clone(),
            compass: row.compass_list(),
            topics: row.topic_list().join(", "),
            audience: row.audience_list(),
            language: row.language.clone(),
            translation_of: row.translation_of.clone().unwrap_or_default(),
            details: row
                .extra_map()
                .iter()
                .map(|(k, v)| format!("{k}: {v}"))
                .collect::<Vec<_>>()
                .join("\n"),
            body: row.body.clone(),
            ..EditorForm::default()
        }
    }

    /// The page the form describes, or what is wrong with it (by field).
    fn to_page(&self) -> Result<PageFile, FieldErrors> {
        let mut errors = FieldErrors::new();
        let kind = ContentType::parse(&self.kind);
        if kind.is_none() {
            errors.add("kind", "editor-error-kind");
        }
        let mut extra = BTreeMap::new();
        for line in self.details.lines().filter(|l| !l.trim().is_empty()) {
            match line.split_once(':') {
                Some((k, v)) => {
                    extra.insert(k.trim().to_string(), v.trim().to_string());
                }
                None => errors.add(
                    "details",
                    Msg::new("editor-error-detail-line").text("name", line.trim()),
                ),
            }
        }
        if self.body.len() > BODY_MAX {
            errors.add(
                "body",
                Msg::new("editor-error-body-long").number("count", BODY_MAX),
            );
        }
        let meta = PageMeta {
            slug: self.slug.trim().to_string(),
            title: self.title.trim().to_string(),
            kind: kind.unwrap_or(ContentType::Page),
            summary: self.summary.trim().to_string(),
            compass: self.compass.clone(),
            topics: self
                .topics
                .split(',')
                .map(|t| t.trim().to_lowercase().replace(' ', "-"))
                .filter(|t| !t.is_empty())
                .collect(),
            audience: self.audience.clone(),
            language: if self.language.is_empty() {
                "en".into()
            } else {
                self.language.clone()
            },
            translation_of: some(&self.translation_of),
            extra,
        };
        for problem in check_meta(&meta) {
            let field = match problem.key() {
                field @ ("slug" | "title" | "summary" | "compass" | "topics" | "audience"
                | "language" | "translation_of") => field,
                _ => "details",
            };
            errors.add(field, problem.message());
        }
        // The same file the folder would hold, read back: one set of rules for both.
        if errors.is_empty() {
            if let Err(problems) = read_file(&to_file(&PageFile {
                meta: meta.clone(),
                body: self.body.clone(),
            })) {
                for p in problems {
                    errors.add("details", p.message());
                }
            }
        }
        if errors.is_empty() {
            Ok(PageFile {
                meta,
                body: self.body.replace("\r\n", "\n"),
            })
        } else {
            Err(errors)
        }
    }
}

#[derive(Template)]
#[template(path = "content_edit.html")]
struct EditorPage {
    layout: Layout,
    existing: Option<String>,
    form: EditorForm,
    preview: Option<String>,
    types: Vec<(&'static str, String)>,
    compass: Vec<(&'static str, String)>,
    audiences: Vec<(&'static str, String)>,
    languages: Vec<(&'static str, &'static str)>,
    errors: FormErrors,
    /// The largest image an upload takes ("12 MB").
    max_size: String,
}

impl EditorPage {
    fn new(
        session: &Session,
        existing: Option<String>,
        form: EditorForm,
        preview: Option<String>,
        errors: FieldErrors,
    ) -> EditorPage {
        let layout = Layout::titled(
            session,
            if existing.is_some() {
                "editor-edit-title"
            } else {
                "editor-new-title"
            },
            "content",
        );
        EditorPage {
            errors: layout.errors(&errors),
            layout,
            existing,
            form,
            preview,
            types: ContentType::ALL
                .iter()
                .map(|t| (t.code(), type_label(session.lang, t.code())))
                .collect(),
            compass: CompassPoint::ALL
                .iter()
                .map(|c| (c.code(), compass_label(session.lang, c.code())))
                .collect(),
            audiences: AUDIENCES
                .iter()
                .map(|(code, label)| {
                    (
                        *code,
                        audience_label(session.lang, code).unwrap_or_else(|| label.to_string()),
                    )
                })
                .collect(),
            languages: LANGUAGES.to_vec(),
            max_size: crate::media::megabytes(crate::media::MAX_BYTES),
        }
    }

    fn has_compass(&self, code: &str) -> bool {
        self.form.compass.iter().any(|c| c == code)
    }

    fn has_audience(&self, code: &str) -> bool {
        self.form.audience.iter().any(|c| c == code)
    }
}

pub async fn new_page(session: Session, CurrentUser(user): CurrentUser) -> AppResult<Response> {
    require_editor(&user)?;
    let form = EditorForm {
        kind: "guide".into(),
        language: "en".into(),
        ..EditorForm::default()
    };
    render(&EditorPage::new(
        &session,
        None,
        form,
        None,
        FieldErrors::new(),
    ))
}

pub async fn edit_page(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
) -> AppResult<Response> {
    require_editor(&user)?;
    let row = state.store.content_page(&slug).await?;
    render(&EditorPage::new(
        &session,
        Some(slug),
        EditorForm::from_row(&row),
        None,
        FieldErrors::new(),
    ))
}

/// The editor's form: `Vec` fields (checkbox groups) need the form read as pairs.
pub struct EditorInput(EditorForm);

impl<S: Send + Sync> axum::extract::FromRequest<S> for EditorInput {
    type Rejection = AppError;

    async fn from_request(request: axum::extract::Request, state: &S) -> Result<Self, AppError> {
        let Form(pairs) = Form::<Vec<(String, String)>>::from_request(request, state).await?;
        let mut form = EditorForm::default();
        for (key, value) in pairs {
            match key.as_str() {
                "slug" => form.slug = value,
                "title" => form.title = value,
                "kind" => form.kind = value,
                "summary" => form.summary = value,
                "compass" => form.compass.push(value),
                "topics" => form.topics = value,
                "audience" => form.audience.push(value),
                "language" => form.language = value,
                "translation_of" => form.translation_of = value,
                "details" => form.details = value,
                "body" => form.body = value,
                "action" => form.action = value,
                "publish_date" => form.publish_date = value,
                "publish_time" => form.publish_time = value,
                "note" => form.note = value,
                _ => {}
            }
        }
        Ok(EditorInput(form))
    }
}

async fn save(
    state: &AppState,
    session: &Session,
    user: &User,
    existing: Option<String>,
    mut form: EditorForm,
) -> AppResult<Response> {
    require_editor(user)?;
    if let Some(slug) = &existing {
        // The address of a published page does not change.
        form.slug = slug.clone();
    } else if form.slug.trim().is_empty() {
        form.slug = lmp_domain::content::slugify(&form.title);
    }
    let page = match form.to_page() {
        Ok(page) => page,
        Err(errors) => {
            let editor = EditorPage::new(session, existing, form, None, errors);
            return render_with(StatusCode::UNPROCESSABLE_ENTITY, &editor);
        }
    };
    if existing.is_none() && state.store.content_page(&page.meta.slug).await.is_ok() {
        let mut errors = FieldErrors::new();
        errors.add("slug", "editor-error-slug-taken");
        let editor = EditorPage::new(session, existing, form, None, errors);
        return render_with(StatusCode::UNPROCESSABLE_ENTITY, &editor);
    }
    let (status, publish_at) = match form.action.as_str() {
        "preview" => {
            let preview = Some(markdown::to_html(&page.body));
            return render(&EditorPage::new(
                session,
                existing,
                form,
                preview,
                FieldErrors::new(),
            ));
        }
        "publish" => ("published", None),
        "schedule" => match parse_date_time(&form.publish_date, &form.publish_time) {
            Some(at) if at > lmp_store::now() => ("scheduled", Some(at)),
            _ => {
                let mut errors = FieldErrors::new();
                errors.add("publish_date", "editor-error-schedule");
                let editor = EditorPage::new(session, existing, form, None, errors);
                return render_with(StatusCode::UNPROCESSABLE_ENTITY, &editor);
            }
        },
        _ => ("draft", None),
    };
    let note = form.note.trim().chars().take(200).collect::<String>();
    let before = match &existing {
        Some(slug) => Some(state.store.content_page(slug).await?),
        None => None,
    };
    let id = state
        .store
        .save_content(&page, status, publish_at, user.person.id, &note)
        .await?;
    let after = state.store.content_page_by_id(id).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "content.save",
            "content",
            Some(id),
            status,
            before
                .as_ref()
                .map(lmp_store::audit::snapshot::content)
                .as_ref(),
            Some(&lmp_store::audit::snapshot::content(&after)),
        )
        .await?;
    reindex_page(state, &page.meta.slug).await;
    Ok(Redirect::to(&format!("/content/{}", page.meta.slug)).into_response())
}

pub async fn create(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    EditorInput(form): EditorInput,
) -> AppResult<Response> {
    save(&state, &session, &user, None, form).await
}

pub async fn update(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    EditorInput(form): EditorInput,
) -> AppResult<Response> {
    state.store.content_page(&slug).await?;
    save(&state, &session, &user, Some(slug), form).await
}

// ---------------------------------------------------------------------------------------------
// Revisions.

#[derive(Template)]
#[template(path = "content_revisions.html")]
struct RevisionsPage {
    layout: Layout,
    slug: String,
    title: String,
    revisions: Vec<(i64, String, String, String)>,
    shown: Option<(i64, Vec<(char, String)>)>,
}

#[derive(Deserialize, Default)]
pub struct RevisionQuery {
    number: Option<i64>,
}

/// The revisions of a page; with `?number=N`, the change from revision N to the page now.
pub async fn revisions(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(slug): Path<String>,
    Query(q): Query<RevisionQuery>,
) -> AppResult<Response> {
    require_editor(&user)?;
    let row = state.store.content_page(&slug).await?;
    let list = state.store.content_revisions(row.id).await?;
    let current = to_file(&row.to_page_file());
    let shown = match q.number {
        Some(n) => {
            let revision = list
                .iter()
                .find(|r| r.number == n)
                .ok_or_else(|| AppError::NotFound(Msg::new("revisions-none")))?;
            let diff = similar::TextDiff::from_lines(&revision.file, &current);
            let lines = diff
                .iter_all_changes()
                .map(|c| {
                    let sign = match c.tag() {
                        similar::ChangeTag::Delete => '-',
                        similar::ChangeTag::Insert => '+',
                        similar::ChangeTag::Equal => ' ',
                    };
                    (sign, c.value().trim_end_matches('\n').to_string())
                })
                .collect();
            Some((n, lines))
        }
        None => None,
    };
    render(&RevisionsPage {
        layout: Layout::new(
            &session,
            i18n::message(
                session.lang,
                "revisions-window-title",
                &[("name", i18n::Arg::Text(&row.title))],
            ),
            "content",
        ),
        revisions: list
            .iter()
            .map(|r| {
                (
                    r.number,
                    crate::names::when(session.lang, r.created_at),
                    r.author_name
                        .clone()
                        .unwrap_or_else(|| i18n::message(session.lang, "revisions-import", &[])),
                    r.note.clone(),
                )
            })
            .collect(),
        slug,
        title: row.title,
        shown,
    })
}

/// Makes an earlier revision the page's text again (as a new revision; nothing is lost).
pub async fn restore(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((slug, number)): Path<(String, i64)>,
) -> AppResult<Response> {
    require_editor(&user)?;
    let row = state.store.content_page(&slug).await?;
    let revision = state
        .store
        .content_revisions(row.id)
        .await?
        .into_iter()
        .find(|r| r.number == number)
        .ok_or_else(|| AppError::NotFound(Msg::new("revisions-none")))?;
    let page = parse_file(&revision.file).map_err(|p| AppError::Internal(p.join("; ")))?;
    if !valid_slug(&page.meta.slug) || page.meta.slug != slug {
        return Err(AppError::Conflict(Msg::new("content-refuse-other-address")));
    }
    state
        .store
        .save_content(
            &page,
            &row.status,
            row.publish_at,
            user.person.id,
            // The note is kept with the revision, in the words of the editor who restored it.
            &i18n::message(
                session.lang,
                "revisions-restored-note",
                &[("count", i18n::Arg::Number(number))],
            ),
        )
        .await?;
    let after = state.store.content_page_by_id(row.id).await?;
    state
        .store
        .audit_change(
            Some(user.person.id),
            "content.restore",
            "content",
            Some(row.id),
            &number.to_string(),
            Some(&lmp_store::audit::snapshot::content(&row)),
            Some(&lmp_store::audit::snapshot::content(&after)),
        )
        .await?;
    reindex_page(&state, &slug).await;
    Ok(Redirect::to(&format!("/content/{slug}/revisions")).into_response())
}

// ---------------------------------------------------------------------------------------------
// What helps.

#[derive(Template)]
#[template(path = "content_report.html")]
struct ReportPage {
    layout: Layout,
    helpful: Vec<lmp_store::content::HelpfulRow>,
    not_found: Vec<(String, i64)>,
}

pub async fn report(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
) -> AppResult<Response> {
    require_editor(&user)?;
    render(&ReportPage {
        layout: Layout::titled(&session, "report-title", "content"),
        helpful: state.store.helpful_report().await?,
        not_found: state.store.searches_not_found(30).await?,
    })
}
