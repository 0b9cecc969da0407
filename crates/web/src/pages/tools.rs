//! Improvement tools on a project: fishbone (cause and effect), PICK chart, process map, waste
//! walk and driver diagram. Each is a page of items with its diagram drawn here as SVG (and a
//! list of the same content for screen readers and print), a print view, and forms that work
//! without scripts; `/static/pick.js` adds drag and drop between the PICK chart's quadrants.
//!
//! Access is the project's: whoever may read the project reads its tools; co-leads, the
//! project's owners and administrators change them.

use std::fmt::Write;

use askama::Template;
use axum::extract::State;
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use lmp_domain::improvement::pdsa::ChangeKind;
use lmp_domain::improvement::project::ProjectStatus;
use lmp_domain::improvement::tools::{
    self as rules, check_item, check_tool, count_by_waste, swap_index, ItemAnswers, ItemKind,
    Quadrant, StepKind, ToolKind, Waste, MAX_ITEMS,
};
use lmp_domain::{FieldErrors, Msg};
use lmp_store::improvement::{CycleInput, Project};
use lmp_store::tools::{ItemInput, Tool, ToolItem};
use serde::Deserialize;

use super::{parse_id, render, render_with};
use crate::auth::{CurrentUser, Session, User};
use crate::authz;
use crate::error::{AppError, AppResult};
use crate::extract::{Form, Path, Query};
use crate::i18n::{self, Arg, FormErrors, Lang};
use crate::state::AppState;
use crate::views::Layout;

type Access = authz::ProjectAccess;

/// Read: whoever may read the project. Change: co-leads, the project's owners,
/// administrators. The same rule as the project page, through the same `authz` check.
async fn access(state: &AppState, user: &User, project_id: i64) -> AppResult<Access> {
    authz::project_access(state, user, project_id).await
}

fn require_edit(access: &Access) -> AppResult<()> {
    access.require_edit(Msg::new("tool-only-editors"))
}

/// The tool, if it belongs to the project.
async fn tool_of(state: &AppState, project_id: i64, tool_id: i64) -> AppResult<(Tool, ToolKind)> {
    let tool = state.store.tool(tool_id).await?;
    if tool.project_id != project_id {
        return Err(AppError::NotFound(Msg::new("tool-no-tool")));
    }
    let kind = ToolKind::parse(&tool.kind)
        .ok_or_else(|| AppError::Internal(format!("tool {tool_id} has kind {}", tool.kind)))?;
    Ok((tool, kind))
}

/// The item, if it belongs to the tool.
async fn item_of(state: &AppState, tool_id: i64, item_id: i64) -> AppResult<ToolItem> {
    let item = state.store.tool_item(item_id).await?;
    if item.tool_id != tool_id {
        return Err(AppError::NotFound(Msg::new("tool-no-item")));
    }
    Ok(item)
}

fn field(fields: &[(String, String)], name: &str) -> String {
    fields
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.trim().to_string())
        .unwrap_or_default()
}

fn tool_href(project_id: i64, tool_id: i64) -> String {
    format!("/projects/{project_id}/tools/{tool_id}")
}

// ---------------------------------------------------------------------------------------------
// What the templates show
// ---------------------------------------------------------------------------------------------

/// An item id as templates pass it (by value or by reference).
pub trait ItemId {
    fn item_id(&self) -> i64;
}

impl ItemId for i64 {
    fn item_id(&self) -> i64 {
        *self
    }
}

impl ItemId for i32 {
    fn item_id(&self) -> i64 {
        i64::from(*self)
    }
}

impl<T: ItemId + ?Sized> ItemId for &T {
    fn item_id(&self) -> i64 {
        (**self).item_id()
    }
}

/// What was typed into one form of the page, shown again with its errors. A form is named by
/// its purpose and the item it belongs to: ("add", parent id or 0), ("edit", item id),
/// ("move", item id), ("head", 0).
pub struct Draft {
    form: &'static str,
    id: i64,
    values: Vec<(String, String)>,
    /// The form's problems, worded in the page's language.
    pub errors: FormErrors,
}

impl Draft {
    fn none() -> Draft {
        Draft {
            form: "",
            id: 0,
            values: Vec::new(),
            errors: FormErrors::none(),
        }
    }

    fn of(
        lang: Lang,
        form: &'static str,
        id: i64,
        values: Vec<(String, String)>,
        errors: &FieldErrors,
    ) -> Draft {
        Draft {
            form,
            id,
            values,
            errors: FormErrors::new(lang, errors),
        }
    }

    fn is(&self, form: &str, id: impl ItemId) -> bool {
        !self.form.is_empty() && self.form == form && self.id == id.item_id()
    }

    /// What was typed in `field` of this form, or `default` when the draft is another form's.
    pub fn or<'a>(&'a self, form: &str, id: impl ItemId, field: &str, default: &'a str) -> &'a str {
        if self.is(form, id) {
            self.values
                .iter()
                .find(|(k, _)| k == field)
                .map(|(_, v)| v.as_str())
                .unwrap_or("")
        } else {
            default
        }
    }

    /// What was typed in `field` of this form, or nothing.
    pub fn value(&self, form: &str, id: impl ItemId, field: &str) -> &str {
        self.or(form, id, field, "")
    }

    /// The message for `field` of this form.
    pub fn error(&self, form: &str, id: impl ItemId, field: &str) -> Option<&str> {
        if self.is(form, id) {
            self.errors.get(field)
        } else {
            None
        }
    }

    /// True when this form's `field` has a message.
    pub fn bad(&self, form: &str, id: impl ItemId, field: &str) -> bool {
        self.error(form, id, field).is_some()
    }

    /// True when the draft is this form's (so a closed `<details>` opens again).
    pub fn open(&self, form: &str, id: impl ItemId) -> bool {
        self.is(form, id)
    }
}

/// One item of a tool as the templates show it, with the items under it.
pub struct Node {
    pub id: i64,
    pub text: String,
    pub note: String,
    pub tag: String,
    pub waste: String,
    /// The catalogue ids of the tag's and the waste's labels, for the page (empty when none).
    pub tag_id: String,
    pub waste_id: String,
    pub cycle_id: Option<i64>,
    pub first: bool,
    pub last: bool,
    pub children: Vec<Node>,
}

fn node(item: &ToolItem, first: bool, last: bool, children: Vec<Node>) -> Node {
    let kind = ItemKind::parse(&item.kind);
    let tag_id = match kind {
        Some(ItemKind::Idea) => Quadrant::parse(&item.tag).map(Quadrant::label_id),
        Some(ItemKind::Step) => StepKind::parse(&item.tag).map(StepKind::label_id),
        _ => None,
    }
    .unwrap_or_default()
    .to_string();
    Node {
        id: item.id,
        text: item.text.clone(),
        note: item.note.clone(),
        tag: item.tag.clone(),
        waste: item.waste.clone(),
        tag_id,
        waste_id: Waste::parse(&item.waste)
            .map_or("", Waste::label_id)
            .to_string(),
        cycle_id: item.cycle_id,
        first,
        last,
        children,
    }
}

/// A message of the catalogue with no values, in `lang`.
fn word(lang: Lang, id: &str) -> String {
    i18n::message(lang, id, &[])
}

/// The items as a tree, siblings in position order.
fn tree(items: &[ToolItem]) -> Vec<Node> {
    fn under(items: &[ToolItem], parent: Option<i64>, depth: usize) -> Vec<Node> {
        let mine: Vec<&ToolItem> = items.iter().filter(|i| i.parent_id == parent).collect();
        let n = mine.len();
        mine.iter()
            .enumerate()
            .map(|(i, item)| {
                let children = if depth < 4 {
                    under(items, Some(item.id), depth + 1)
                } else {
                    Vec::new()
                };
                node(item, i == 0, i + 1 == n, children)
            })
            .collect()
    }
    under(items, None, 0)
}

pub struct QuadrantView {
    pub code: &'static str,
    pub label: String,
    pub description: String,
    pub ideas: Vec<Node>,
}

pub struct WasteGroup {
    pub code: &'static str,
    pub label: String,
    pub observations: Vec<Node>,
}

/// Everything a tool shows, for its page and its print view.
pub struct ToolData {
    pub svg: String,
    pub nodes: Vec<Node>,
    /// The PICK chart's two rows (high payoff, low payoff), easy before hard in each.
    pub pick_rows: Vec<(String, Vec<QuadrantView>)>,
    pub groups: Vec<WasteGroup>,
    /// Waste code, label, example and count (waste walk and process map).
    pub counts: Vec<(&'static str, String, String, usize)>,
    /// How many items have a waste marked.
    pub wasted: usize,
    pub total: usize,
}

fn data_of(lang: Lang, kind: ToolKind, tool: &Tool, items: &[ToolItem]) -> ToolData {
    let t = |id: &str| i18n::message(lang, id, &[]);
    let mut nodes = tree(items);
    let wastes = items.iter().filter_map(|i| Waste::parse(&i.waste));
    let counts = count_by_waste(wastes)
        .into_iter()
        .map(|(w, n)| (w.code(), t(w.label_id()), t(w.example_id()), n))
        .collect::<Vec<_>>();
    let mut data = ToolData {
        svg: String::new(),
        nodes: Vec::new(),
        pick_rows: Vec::new(),
        groups: Vec::new(),
        wasted: counts.iter().map(|c| c.3).sum(),
        counts,
        total: items.len(),
    };
    match kind {
        ToolKind::Fishbone => data.svg = fishbone_svg(lang, &tool.subject, &nodes),
        ToolKind::ProcessMap => data.svg = process_svg(lang, &tool.title, &nodes),
        ToolKind::DriverDiagram => data.svg = driver_svg(lang, &tool.subject, &nodes),
        ToolKind::WasteWalk => {
            let list = data
                .counts
                .iter()
                .map(|(_, label, _, n)| format!("{label}: {n}"))
                .collect::<Vec<_>>()
                .join(", ");
            let summary = i18n::message(
                lang,
                "tool-waste-summary",
                &[
                    ("count", Arg::Number(items.len() as i64)),
                    ("list", Arg::Text(&list)),
                ],
            );
            data.svg = waste_bars(&data.counts, &summary);
            data.groups = Waste::ALL
                .iter()
                .map(|w| WasteGroup {
                    code: w.code(),
                    label: t(w.label_id()),
                    observations: Vec::new(),
                })
                .collect();
            for n in nodes.drain(..) {
                if let Some(group) = data.groups.iter_mut().find(|g| g.code == n.waste) {
                    group.observations.push(n);
                }
            }
            data.groups.retain(|g| !g.observations.is_empty());
        }
        ToolKind::Pick => {
            let mut quadrants: Vec<QuadrantView> = Quadrant::ALL
                .iter()
                .map(|q| QuadrantView {
                    code: q.code(),
                    label: t(q.label_id()),
                    description: t(q.description_id()),
                    ideas: Vec::new(),
                })
                .collect();
            for n in nodes.drain(..) {
                let code = Quadrant::parse(&n.tag).unwrap_or(Quadrant::Possible).code();
                if let Some(q) = quadrants.iter_mut().find(|q| q.code == code) {
                    q.ideas.push(n);
                }
            }
            // Quadrant::ALL is in reading order: the high-payoff row, then the low.
            let low = quadrants.split_off(2);
            data.pick_rows = vec![(t("tool-row-high"), quadrants), (t("tool-row-low"), low)];
        }
    }
    data.nodes = nodes;
    data
}

/// The header of a tool page: the project, the tool and what the user may do.
pub struct Head {
    pub project_id: i64,
    pub project_title: String,
    pub project_active: bool,
    pub href: String,
    pub kind: &'static str,
    pub kind_label: String,
    pub purpose: String,
    pub subject_label: String,
    pub title: String,
    pub subject: String,
    pub can_edit: bool,
    pub flash: Option<String>,
}

/// The choices offered on the forms.
pub struct Options {
    pub wastes: Vec<(&'static str, String)>,
    pub step_kinds: Vec<(&'static str, String)>,
    pub quadrants: Vec<(&'static str, String)>,
}

fn options(lang: Lang) -> Options {
    let t = |id: &str| i18n::message(lang, id, &[]);
    Options {
        wastes: Waste::ALL
            .iter()
            .map(|w| (w.code(), t(w.label_id())))
            .collect(),
        step_kinds: StepKind::ALL
            .iter()
            .map(|k| (k.code(), t(k.label_id())))
            .collect(),
        quadrants: Quadrant::ALL
            .iter()
            .map(|q| (q.code(), t(q.label_id())))
            .collect(),
    }
}

#[derive(Template)]
#[template(path = "tool_show.html")]
struct ToolPage {
    layout: Layout,
    h: Head,
    d: Draft,
    data: ToolData,
    o: Options,
}

#[derive(Template)]
#[template(path = "tool_print.html")]
struct ToolPrintPage {
    layout: Layout,
    h: Head,
    d: Draft,
    data: ToolData,
    o: Options,
}

#[allow(clippy::too_many_arguments)]
async fn tool_parts(
    state: &AppState,
    lang: Lang,
    access: Access,
    tool: Tool,
    kind: ToolKind,
    flash: Option<String>,
    can_edit: bool,
) -> AppResult<(Head, ToolData)> {
    let items = state.store.tool_items(tool.id).await?;
    let data = data_of(lang, kind, &tool, &items);
    let head = Head {
        project_id: access.project.id,
        project_title: access.project.title,
        project_active: access.project.status == ProjectStatus::Active.code(),
        href: tool_href(tool.project_id, tool.id),
        kind: kind.code(),
        kind_label: word(lang, kind.label_id()),
        purpose: word(lang, kind.purpose_id()),
        subject_label: word(lang, kind.subject_id()),
        title: tool.title,
        subject: tool.subject,
        can_edit,
        flash,
    };
    Ok((head, data))
}

/// The tool's page, with `draft` shown in its form and `status` (422 when it has errors).
async fn tool_page(
    state: &AppState,
    session: &Session,
    access: Access,
    tool: Tool,
    kind: ToolKind,
    draft: Draft,
    flash: Option<String>,
    status: StatusCode,
) -> AppResult<Response> {
    let can_edit = access.can_edit;
    let title = format!("{} · {}", tool.title, access.project.title);
    let (h, data) = tool_parts(state, session.lang, access, tool, kind, flash, can_edit).await?;
    render_with(
        status,
        &ToolPage {
            layout: Layout::new(session, title, "teams"),
            h,
            d: draft,
            data,
            o: options(session.lang),
        },
    )
}

// ---------------------------------------------------------------------------------------------
// Handlers
// ---------------------------------------------------------------------------------------------

#[derive(Template)]
#[template(path = "tool_new.html")]
struct NewToolPage {
    layout: Layout,
    project_id: i64,
    project_title: String,
    kinds: Vec<(&'static str, String, String)>,
    kind: String,
    title: String,
    subject: String,
    errors: FormErrors,
}

fn new_tool_page(
    session: &Session,
    project: &Project,
    kind: String,
    title: String,
    subject: String,
    errors: FieldErrors,
) -> NewToolPage {
    NewToolPage {
        layout: Layout::titled(session, "tool-new-title", "teams"),
        project_id: project.id,
        project_title: project.title.clone(),
        kinds: ToolKind::ALL
            .iter()
            .map(|k| {
                (
                    k.code(),
                    word(session.lang, k.label_id()),
                    word(session.lang, k.purpose_id()),
                )
            })
            .collect(),
        kind,
        title,
        subject,
        errors: FormErrors::new(session.lang, &errors),
    }
}

#[derive(Deserialize)]
pub struct NewQuery {
    #[serde(default)]
    kind: String,
}

pub async fn new_tool(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Query(query): Query<NewQuery>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    render(&new_tool_page(
        &session,
        &access.project,
        query.kind,
        String::new(),
        String::new(),
        FieldErrors::new(),
    ))
}

#[derive(Deserialize)]
pub struct ToolForm {
    #[serde(default)]
    kind: String,
    #[serde(default)]
    title: String,
    #[serde(default)]
    subject: String,
}

pub async fn create(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path(project_id): Path<i64>,
    Form(form): Form<ToolForm>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let kind = ToolKind::parse(form.kind.trim());
    let checked = check_tool(
        kind.unwrap_or(ToolKind::Fishbone),
        &form.title,
        &form.subject,
    );
    let (kind, (title, subject)) = match (kind, checked) {
        (Some(kind), Ok(checked)) => (kind, checked),
        (kind, checked) => {
            let mut errors = checked.err().unwrap_or_default();
            if kind.is_none() {
                errors.add("kind", "tool-choose-kind");
            }
            return render_with(
                StatusCode::UNPROCESSABLE_ENTITY,
                &new_tool_page(
                    &session,
                    &access.project,
                    form.kind,
                    form.title,
                    form.subject,
                    errors,
                ),
            );
        }
    };
    let starters: Vec<ItemInput> = kind
        .starter_items()
        .into_iter()
        .map(|(k, name)| ItemInput {
            kind: k.code().into(),
            // Written once, in the language of the person creating the tool.
            text: word(session.lang, name),
            ..ItemInput::default()
        })
        .collect();
    let id = state
        .store
        .create_tool(
            project_id,
            kind.code(),
            &title,
            &subject,
            user.person.id,
            &starters,
        )
        .await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "tool.create",
            "project",
            Some(project_id),
            &format!("{}: {title}", kind.code()),
        )
        .await?;
    Ok(Redirect::to(&format!("{}?done=created", tool_href(project_id, id))).into_response())
}

#[derive(Deserialize)]
pub struct DoneQuery {
    #[serde(default)]
    done: String,
}

fn flash(lang: Lang, done: &str) -> Option<String> {
    let id = match done {
        "created" => "tool-flash-created",
        "saved" => "tool-flash-saved",
        "added" => "tool-flash-added",
        "removed" => "tool-flash-removed",
        "moved" => "tool-flash-moved",
        _ => return None,
    };
    Some(i18n::message(lang, id, &[]))
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id)): Path<(i64, i64)>,
    Query(done): Query<DoneQuery>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    tool_page(
        &state,
        &session,
        access,
        tool,
        kind,
        Draft::none(),
        flash(session.lang, &done.done),
        StatusCode::OK,
    )
    .await
}

/// A clean page for printing: the diagram and the lists, no navigation and no forms.
pub async fn print(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    let title = format!("{} · {}", tool.title, access.project.title);
    let (h, data) = tool_parts(&state, session.lang, access, tool, kind, None, false).await?;
    render(&ToolPrintPage {
        layout: Layout::new(&session, title, "teams"),
        h,
        d: Draft::none(),
        data,
        o: options(session.lang),
    })
}

/// Saves the tool's title and subject.
pub async fn save(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    match check_tool(kind, &field(&fields, "title"), &field(&fields, "subject")) {
        Ok((title, subject)) => {
            state.store.update_tool(tool_id, &title, &subject).await?;
            Ok(
                Redirect::to(&format!("{}?done=saved", tool_href(project_id, tool_id)))
                    .into_response(),
            )
        }
        Err(errors) => {
            tool_page(
                &state,
                &session,
                access,
                tool,
                kind,
                Draft::of(session.lang, "head", 0, fields, &errors),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

pub async fn delete(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id)): Path<(i64, i64)>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    state.store.delete_tool(tool_id).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "tool.delete",
            "project",
            Some(project_id),
            &format!("{}: {}", kind.code(), tool.title),
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}#tools")).into_response())
}

fn answers(fields: &[(String, String)]) -> ItemAnswers {
    ItemAnswers {
        text: field(fields, "text"),
        note: field(fields, "note"),
        tag: field(fields, "tag"),
        waste: field(fields, "waste"),
        payoff: field(fields, "payoff"),
        effort: field(fields, "effort"),
    }
}

fn input_of(kind: ItemKind, item: rules::CheckedItem) -> ItemInput {
    ItemInput {
        kind: kind.code().into(),
        text: item.text,
        note: item.note,
        tag: item.tag,
        waste: item.waste.map(|w| w.code().to_string()).unwrap_or_default(),
    }
}

/// Adds an item: a category or cause, an idea, a step, an observation, a driver or change idea.
pub async fn add_item(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id)): Path<(i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    let Some(item_kind) = ItemKind::parse(&field(&fields, "kind")).filter(|k| kind.holds(*k))
    else {
        return Err(AppError::BadRequest(Msg::new("tool-refuse-kind")));
    };
    let items = state.store.tool_items(tool_id).await?;
    let parent_id = parse_id(&field(&fields, "parent"));
    let parent_kind = match parent_id {
        Some(id) => {
            let parent = items
                .iter()
                .find(|i| i.id == id)
                .ok_or(AppError::NotFound(Msg::new("tool-no-item")))?;
            ItemKind::parse(&parent.kind)
        }
        None => None,
    };
    if !item_kind.fits_under(parent_kind) {
        return Err(AppError::BadRequest(Msg::new("tool-refuse-cannot-go")));
    }
    let checked = if items.len() >= MAX_ITEMS {
        let mut errors = FieldErrors::new();
        errors.add(
            "text",
            Msg::new("tool-too-many-items").number("max", MAX_ITEMS),
        );
        Err(errors)
    } else {
        check_item(item_kind, &answers(&fields))
    };
    match checked {
        Ok(item) => {
            let id = state
                .store
                .add_tool_item(tool_id, parent_id, &input_of(item_kind, item))
                .await?;
            Ok(Redirect::to(&format!(
                "{}?done=added#item-{id}",
                tool_href(project_id, tool_id)
            ))
            .into_response())
        }
        Err(errors) => {
            tool_page(
                &state,
                &session,
                access,
                tool,
                kind,
                Draft::of(session.lang, "add", parent_id.unwrap_or(0), fields, &errors),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// Changes an item's text (and for a step its shape and waste, for an observation where and
/// which waste); its place in the tool stays.
pub async fn save_item(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id, item_id)): Path<(i64, i64, i64)>,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    let item = item_of(&state, tool_id, item_id).await?;
    let item_kind = ItemKind::parse(&item.kind)
        .ok_or_else(|| AppError::Internal(format!("item {item_id} has kind {}", item.kind)))?;
    let mut typed = answers(&fields);
    if item_kind == ItemKind::Idea && typed.tag.is_empty() {
        // Renaming an idea keeps its quadrant.
        typed.tag = item.tag.clone();
    }
    match check_item(item_kind, &typed) {
        Ok(checked) => {
            let mut input = input_of(item_kind, checked);
            if item_kind != ItemKind::Observation && item_kind != ItemKind::Step {
                input.waste = item.waste.clone();
            }
            state.store.update_tool_item(item_id, &input).await?;
            Ok(Redirect::to(&format!(
                "{}?done=saved#item-{item_id}",
                tool_href(project_id, tool_id)
            ))
            .into_response())
        }
        Err(errors) => {
            tool_page(
                &state,
                &session,
                access,
                tool,
                kind,
                Draft::of(session.lang, "edit", item_id, fields, &errors),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await
        }
    }
}

/// Removes an item and everything under it.
pub async fn remove_item(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id, item_id)): Path<(i64, i64, i64)>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    tool_of(&state, project_id, tool_id).await?;
    let item = item_of(&state, tool_id, item_id).await?;
    state.store.delete_tool_item(item_id).await?;
    let anchor = item
        .parent_id
        .map(|p| format!("#item-{p}"))
        .unwrap_or_default();
    Ok(Redirect::to(&format!(
        "{}?done=removed{anchor}",
        tool_href(project_id, tool_id)
    ))
    .into_response())
}

/// Moves an item: a PICK idea to another quadrant (`quadrant`), anything else one place up or
/// down among its siblings (`direction`). A script asking for JSON gets the new place as JSON
/// instead of a redirect.
pub async fn move_item(
    State(state): State<AppState>,
    session: Session,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id, item_id)): Path<(i64, i64, i64)>,
    headers: HeaderMap,
    Form(fields): Form<Vec<(String, String)>>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    let (tool, kind) = tool_of(&state, project_id, tool_id).await?;
    let item = item_of(&state, tool_id, item_id).await?;
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    if item.kind == ItemKind::Idea.code() {
        let Some(quadrant) = Quadrant::parse(&field(&fields, "quadrant")) else {
            let mut errors = FieldErrors::new();
            errors.add("quadrant", "tool-choose-quadrant");
            if wants_json {
                return Err(AppError::Validation(errors));
            }
            return tool_page(
                &state,
                &session,
                access,
                tool,
                kind,
                Draft::of(session.lang, "move", item_id, fields, &errors),
                None,
                StatusCode::UNPROCESSABLE_ENTITY,
            )
            .await;
        };
        state
            .store
            .set_tool_item_tag(item_id, quadrant.code())
            .await?;
        if wants_json {
            return Ok(axum::Json(serde_json::json!({
                "id": item_id,
                "quadrant": quadrant.code(),
                "label": word(session.lang, quadrant.label_id()),
                "can_become_cycle": quadrant.can_become_cycle(),
            }))
            .into_response());
        }
    } else {
        let up = match field(&fields, "direction").as_str() {
            "up" => true,
            "down" => false,
            _ => return Err(AppError::BadRequest(Msg::new("tool-refuse-up-down"))),
        };
        let mut siblings: Vec<i64> = state
            .store
            .tool_items(tool_id)
            .await?
            .into_iter()
            .filter(|i| i.parent_id == item.parent_id)
            .map(|i| i.id)
            .collect();
        let index = siblings.iter().position(|id| *id == item_id).unwrap_or(0);
        if let Some(other) = swap_index(index, siblings.len(), up) {
            siblings.swap(index, other);
            state
                .store
                .reorder_tool_items(tool_id, item.parent_id, &siblings)
                .await?;
        }
    }
    Ok(Redirect::to(&format!(
        "{}?done=moved#item-{item_id}",
        tool_href(project_id, tool_id)
    ))
    .into_response())
}

/// Turns an idea in the Implement quadrant into the project's next PDSA cycle, and opens it.
pub async fn make_cycle(
    State(state): State<AppState>,
    CurrentUser(user): CurrentUser,
    Path((project_id, tool_id, item_id)): Path<(i64, i64, i64)>,
) -> AppResult<Response> {
    let access = access(&state, &user, project_id).await?;
    require_edit(&access)?;
    tool_of(&state, project_id, tool_id).await?;
    let item = item_of(&state, tool_id, item_id).await?;
    if item.kind != ItemKind::Idea.code() {
        return Err(AppError::BadRequest(Msg::new("tool-refuse-pick-only")));
    }
    if let Some(cycle) = item.cycle_id {
        return Ok(Redirect::to(&format!("/projects/{project_id}/cycles/{cycle}")).into_response());
    }
    if !Quadrant::parse(&item.tag).is_some_and(Quadrant::can_become_cycle) {
        return Err(AppError::Conflict(Msg::new("tool-refuse-implement-only")));
    }
    if access.project.status != ProjectStatus::Active.code() {
        return Err(AppError::Conflict(Msg::new("proj-refuse-cycles-active")));
    }
    let input = CycleInput {
        change_idea: item.text.chars().take(300).collect(),
        started_on: crate::views::date_input(lmp_store::now()),
        change_kind: ChangeKind::WorkflowOrProcess.code().into(),
        ..CycleInput::default()
    };
    let cycle = state
        .store
        .create_cycle(project_id, &input, user.person.id)
        .await?;
    state.store.link_tool_item_cycle(item_id, cycle).await?;
    state
        .store
        .audit(
            Some(user.person.id),
            "pdsa.create",
            "project",
            Some(project_id),
            &input.change_idea,
        )
        .await?;
    Ok(Redirect::to(&format!("/projects/{project_id}/cycles/{cycle}")).into_response())
}

// ---------------------------------------------------------------------------------------------
// Diagrams
// ---------------------------------------------------------------------------------------------

const INK: &str = "#1b1f23";
const MUTED: &str = "#4a5560";
const BRAND: &str = "#0b5563";
const TINT: &str = "#f3f6f8";
const DANGER: &str = "#a4161a";

/// Escapes text for SVG (XML).
fn xml(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// `text` cut to `max` characters, with an ellipsis when cut.
fn clip(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut cut: String = text.chars().take(max.saturating_sub(1)).collect();
        cut.push('…');
        cut
    }
}

/// Greedy word wrap into at most `lines` lines of `width` characters; the last line is clipped
/// with an ellipsis when the text does not fit; words longer than a line are cut.
fn wrap(text: &str, width: usize, lines: usize) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let mut word = word.to_string();
        while word.chars().count() > width {
            let head: String = word.chars().take(width).collect();
            let tail: String = word.chars().skip(width).collect();
            if !current.is_empty() {
                out.push(std::mem::take(&mut current));
            }
            out.push(head);
            word = tail;
        }
        let needed =
            current.chars().count() + usize::from(!current.is_empty()) + word.chars().count();
        if needed > width && !current.is_empty() {
            out.push(std::mem::take(&mut current));
        }
        if !current.is_empty() {
            current.push(' ');
        }
        current.push_str(&word);
    }
    if !current.is_empty() {
        out.push(current);
    }
    if out.len() > lines {
        let rest = out[lines - 1..].join(" ");
        out.truncate(lines - 1);
        out.push(clip(&rest, width));
    }
    out
}

/// `<text>` with one `<tspan>` per line, centred on (x, y).
fn text_block(svg: &mut String, x: f64, y: f64, lines: &[String], size: f64, fill: &str) {
    let line_h = size * 1.25;
    let top = y - line_h * (lines.len() as f64 - 1.0) / 2.0 + size * 0.35;
    let _ = write!(
        svg,
        r#"<text x="{x:.1}" y="{top:.1}" text-anchor="middle" font-size="{size}" fill="{fill}">"#
    );
    for (i, line) in lines.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<tspan x="{x:.1}" dy="{}">{}</tspan>"#,
            if i == 0 { 0.0 } else { line_h },
            xml(line)
        );
    }
    svg.push_str("</text>");
}

/// A fishbone: the effect in a box at the head, the spine running to it, one bone per
/// category (alternately above and below), and the causes along each bone.
fn fishbone_svg(lang: Lang, effect: &str, categories: &[Node]) -> String {
    let n = categories.len();
    let cols = n.div_ceil(2).max(1);
    let most = categories
        .iter()
        .map(|c| c.children.len())
        .max()
        .unwrap_or(0)
        .max(2);
    let row = 18.0;
    let bone_h = (most as f64 + 1.0) * row + 20.0;
    let slant = bone_h * 0.45;
    let (left, col_w, label_h) = (20.0, 240.0, 26.0);
    let spine_y = 14.0 + label_h + bone_h;
    let head_x = left + cols as f64 * col_w + 20.0;
    let (head_w, head_h) = (180.0, 80.0);
    let width = head_x + head_w + 10.0;
    let height = spine_y + bone_h + label_h + 14.0;
    let causes: usize = categories.iter().map(|c| c.children.len()).sum();
    let effect_text = if effect.trim().is_empty() {
        word(lang, "tool-svg-effect-missing")
    } else {
        effect.to_string()
    };
    let summary = i18n::message(
        lang,
        "tool-svg-fishbone-summary",
        &[
            ("effect", Arg::Text(&effect_text)),
            ("categories", Arg::Number(n as i64)),
            ("causes", Arg::Number(causes as i64)),
        ],
    );
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="diagram" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(&summary)
    );
    // Spine and head.
    let _ = write!(
        svg,
        r#"<line x1="{left}" y1="{spine_y:.1}" x2="{head_x:.1}" y2="{spine_y:.1}" stroke="{BRAND}" stroke-width="4"/>"#
    );
    let _ = write!(
        svg,
        r#"<polygon points="{:.1},{:.1} {head_x:.1},{spine_y:.1} {:.1},{:.1}" fill="{BRAND}"/>"#,
        head_x - 14.0,
        spine_y - 8.0,
        head_x - 14.0,
        spine_y + 8.0
    );
    let _ = write!(
        svg,
        r#"<rect x="{head_x:.1}" y="{:.1}" width="{head_w}" height="{head_h}" rx="6" fill="{TINT}" stroke="{BRAND}" stroke-width="2"/>"#,
        spine_y - head_h / 2.0
    );
    text_block(
        &mut svg,
        head_x + head_w / 2.0,
        spine_y,
        &wrap(&effect_text, 24, 4),
        13.0,
        INK,
    );
    for (i, category) in categories.iter().enumerate() {
        let above = i % 2 == 0;
        let col = i / 2;
        let end_x = left + (col as f64 + 1.0) * col_w;
        let start_x = end_x - slant;
        let start_y = if above {
            spine_y - bone_h
        } else {
            spine_y + bone_h
        };
        let _ = write!(
            svg,
            r#"<line x1="{start_x:.1}" y1="{start_y:.1}" x2="{end_x:.1}" y2="{spine_y:.1}" stroke="{BRAND}" stroke-width="2.5"/>"#
        );
        let label_y = if above { start_y - 8.0 } else { start_y + 18.0 };
        let _ = write!(
            svg,
            r#"<text x="{start_x:.1}" y="{label_y:.1}" text-anchor="middle" font-size="14" font-weight="700" fill="{INK}">{}</text>"#,
            xml(&clip(&category.text, 30))
        );
        let m = category.children.len();
        for (k, cause) in category.children.iter().enumerate() {
            // From the outer end of the bone towards the spine, evenly spaced.
            let t = (k as f64 + 1.0) / (m as f64 + 1.0);
            let x = start_x + (end_x - start_x) * t;
            let y = start_y + (spine_y - start_y) * t;
            let _ = write!(
                svg,
                r#"<line x1="{:.1}" y1="{y:.1}" x2="{x:.1}" y2="{y:.1}" stroke="{MUTED}" stroke-width="1"/><text x="{:.1}" y="{:.1}" text-anchor="end" font-size="11" fill="{INK}">{}</text>"#,
                x - 12.0,
                x - 14.0,
                y + 4.0,
                xml(&clip(&cause.text, 32))
            );
        }
    }
    if n == 0 {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="middle" font-size="13" fill="{MUTED}">{}</text>"#,
            left + col_w / 2.0,
            spine_y - 12.0,
            xml(&word(lang, "tool-svg-no-category"))
        );
    }
    svg.push_str("</svg>");
    svg
}

/// Horizontal bars of the wastes seen, one per waste (zeros included), the count at the end.
fn waste_bars(counts: &[(&str, String, String, usize)], summary: &str) -> String {
    let (row, left, width) = (28.0, 170.0, 640.0);
    let bar_w = width - left - 60.0;
    let height = row * counts.len() as f64 + 10.0;
    let max = counts.iter().map(|c| c.3).max().unwrap_or(0).max(1) as f64;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="diagram" width="{width}" height="{height:.0}" viewBox="0 0 {width} {height:.0}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(summary)
    );
    for (i, (_, label, _, n)) in counts.iter().enumerate() {
        let y = 5.0 + row * i as f64;
        let w = bar_w * (*n as f64) / max;
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="13" fill="{INK}">{}</text><rect x="{left}" y="{:.1}" width="{w:.1}" height="{:.1}" fill="{BRAND}"/><text x="{:.1}" y="{:.1}" font-size="13" fill="{INK}">{n}</text>"#,
            left - 8.0,
            y + 17.0,
            xml(label),
            y + 4.0,
            row - 10.0,
            left + w + 6.0,
            y + 17.0
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A process map: the steps top to bottom with arrows between them; a step is a box, a
/// decision a diamond, a wait a "D"; a step with waste has a red outline and the waste named
/// beside it.
fn process_svg(lang: Lang, title: &str, steps: &[Node]) -> String {
    let (cx, shape_w, shape_h, pitch, top) = (230.0, 300.0, 60.0, 92.0, 16.0);
    let width = 640.0;
    let height = top * 2.0 + pitch * (steps.len().max(1) as f64) - (pitch - shape_h);
    let with_waste = steps.iter().filter(|s| !s.waste.is_empty()).count();
    let summary = i18n::message(
        lang,
        "tool-svg-process-summary",
        &[
            ("title", Arg::Text(title)),
            ("steps", Arg::Number(steps.len() as i64)),
            ("wasted", Arg::Number(with_waste as i64)),
        ],
    );
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="diagram" width="{width}" height="{height:.0}" viewBox="0 0 {width} {height:.0}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(&summary)
    );
    if steps.is_empty() {
        let _ = write!(
            svg,
            r#"<text x="{cx}" y="{:.1}" text-anchor="middle" font-size="13" fill="{MUTED}">{}</text>"#,
            top + shape_h / 2.0,
            xml(&word(lang, "tool-svg-no-step"))
        );
    }
    for (i, step) in steps.iter().enumerate() {
        let y0 = top + pitch * i as f64;
        let x0 = cx - shape_w / 2.0;
        let x1 = cx + shape_w / 2.0;
        let wasteful = !step.waste.is_empty();
        let stroke = if wasteful { DANGER } else { BRAND };
        let stroke_w = if wasteful { 3.0 } else { 2.0 };
        let kind = StepKind::parse(&step.tag).unwrap_or(StepKind::Step);
        let (lines, chars) = match kind {
            StepKind::Decision => (2, 26),
            _ => (2, 38),
        };
        match kind {
            StepKind::Step => {
                let _ = write!(
                    svg,
                    r#"<rect x="{x0}" y="{y0:.1}" width="{shape_w}" height="{shape_h}" rx="4" fill="{TINT}" stroke="{stroke}" stroke-width="{stroke_w}"/>"#
                );
            }
            StepKind::Decision => {
                let _ = write!(
                    svg,
                    r#"<polygon points="{cx},{y0:.1} {x1},{:.1} {cx},{:.1} {x0},{:.1}" fill="{TINT}" stroke="{stroke}" stroke-width="{stroke_w}"/>"#,
                    y0 + shape_h / 2.0,
                    y0 + shape_h,
                    y0 + shape_h / 2.0
                );
            }
            StepKind::Wait => {
                let r = shape_h / 2.0;
                let _ = write!(
                    svg,
                    r#"<path d="M{x0},{y0:.1} H{:.1} A{r},{r} 0 0 1 {:.1},{:.1} H{x0} Z" fill="{TINT}" stroke="{stroke}" stroke-width="{stroke_w}"/>"#,
                    x1 - r,
                    x1 - r,
                    y0 + shape_h
                );
            }
        }
        text_block(
            &mut svg,
            cx,
            y0 + shape_h / 2.0,
            &wrap(&step.text, chars, lines),
            12.0,
            INK,
        );
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" text-anchor="end" font-size="13" font-weight="700" fill="{MUTED}">{}</text>"#,
            x0 - 10.0,
            y0 + shape_h / 2.0 + 4.0,
            i + 1
        );
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{:.1}" font-size="11" fill="{MUTED}">{}</text>"#,
            x1 + 14.0,
            y0 + 16.0,
            xml(&word(lang, kind.label_id()))
        );
        if wasteful {
            let _ = write!(
                svg,
                r#"<text x="{:.1}" y="{:.1}" font-size="12" font-weight="700" fill="{DANGER}">{}</text>"#,
                x1 + 14.0,
                y0 + 36.0,
                xml(&i18n::message(
                    lang,
                    "tool-svg-waste",
                    &[("waste", Arg::Text(&word(lang, &step.waste_id)))]
                ))
            );
        }
        if i + 1 < steps.len() {
            let a = y0 + shape_h;
            let b = y0 + pitch;
            let _ = write!(
                svg,
                r#"<line x1="{cx}" y1="{a:.1}" x2="{cx}" y2="{:.1}" stroke="{MUTED}" stroke-width="2"/><polygon points="{:.1},{:.1} {cx},{b:.1} {:.1},{:.1}" fill="{MUTED}"/>"#,
                b - 8.0,
                cx - 6.0,
                b - 9.0,
                cx + 6.0,
                b - 9.0
            );
        }
    }
    svg.push_str("</svg>");
    svg
}

/// A driver diagram: four columns (aim, primary drivers, secondary drivers, change ideas),
/// each node in a box joined to its parent.
fn driver_svg(lang: Lang, aim: &str, primaries: &[Node]) -> String {
    /// Rows a node takes: one per change idea below it, at least one.
    fn rows(node: &Node) -> usize {
        node.children.iter().map(rows).sum::<usize>().max(1)
    }
    struct Placed<'a> {
        col: usize,
        row_from: usize,
        rows: usize,
        text: &'a str,
        parent: Option<usize>,
    }
    fn place<'a>(
        nodes: &'a [Node],
        col: usize,
        mut row: usize,
        parent: Option<usize>,
        out: &mut Vec<Placed<'a>>,
    ) {
        for n in nodes {
            let index = out.len();
            out.push(Placed {
                col,
                row_from: row,
                rows: rows(n),
                text: &n.text,
                parent,
            });
            place(&n.children, col + 1, row, Some(index), out);
            row += rows(n);
        }
    }
    let aim_text = if aim.trim().is_empty() {
        word(lang, "tool-svg-aim-missing")
    } else {
        aim.to_string()
    };
    let total_rows: usize = primaries.iter().map(rows).sum::<usize>().max(1);
    let mut placed = vec![Placed {
        col: 0,
        row_from: 0,
        rows: total_rows,
        text: &aim_text,
        parent: None,
    }];
    place(primaries, 1, 0, Some(0), &mut placed);
    let (col_w, box_w, row_h, box_h, top, left) = (196.0, 168.0, 66.0, 54.0, 40.0, 10.0);
    let width = left * 2.0 + col_w * 3.0 + box_w;
    let height = top + row_h * total_rows as f64 + 10.0;
    let count = |col: usize| placed.iter().filter(|p| p.col == col).count();
    let summary = i18n::message(
        lang,
        "tool-svg-driver-summary",
        &[
            ("aim", Arg::Text(&aim_text)),
            ("primary", Arg::Number(count(1) as i64)),
            ("secondary", Arg::Number(count(2) as i64)),
            ("change", Arg::Number(count(3) as i64)),
        ],
    );
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="diagram" width="{width:.0}" height="{height:.0}" viewBox="0 0 {width:.0} {height:.0}" role="img" aria-label="{}" xmlns="http://www.w3.org/2000/svg">"#,
        xml(&summary)
    );
    for (col, heading) in [
        "tool-svg-col-aim",
        "tool-svg-col-primary",
        "tool-svg-col-secondary",
        "tool-svg-col-change",
    ]
    .iter()
    .enumerate()
    {
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="22" text-anchor="middle" font-size="13" font-weight="700" fill="{MUTED}">{}</text>"#,
            left + col_w * col as f64 + box_w / 2.0,
            xml(&word(lang, heading))
        );
    }
    let centre = |p: &Placed| {
        (
            left + col_w * p.col as f64,
            top + row_h * (p.row_from as f64 + p.rows as f64 / 2.0),
        )
    };
    for p in &placed {
        if let Some(parent) = p.parent {
            let (px, py) = centre(&placed[parent]);
            let (x, y) = centre(p);
            let mid = px + box_w + (col_w - box_w) / 2.0;
            let _ = write!(
                svg,
                r#"<path d="M{:.1},{py:.1} H{mid:.1} V{y:.1} H{x:.1}" fill="none" stroke="{MUTED}" stroke-width="1.5"/>"#,
                px + box_w
            );
        }
    }
    for p in &placed {
        let (x, y) = centre(p);
        let (fill, stroke) = if p.col == 0 {
            (TINT, BRAND)
        } else {
            ("#ffffff", BRAND)
        };
        let _ = write!(
            svg,
            r#"<rect x="{x:.1}" y="{:.1}" width="{box_w}" height="{box_h}" rx="5" fill="{fill}" stroke="{stroke}" stroke-width="{}"/>"#,
            y - box_h / 2.0,
            if p.col == 0 { 2.5 } else { 1.5 }
        );
        text_block(
            &mut svg,
            x + box_w / 2.0,
            y,
            &wrap(p.text, 26, 3),
            11.0,
            INK,
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64, parent: Option<i64>, kind: &str, text: &str) -> ToolItem {
        ToolItem {
            id,
            tool_id: 1,
            parent_id: parent,
            kind: kind.into(),
            position: id,
            text: text.into(),
            note: String::new(),
            tag: String::new(),
            waste: String::new(),
            cycle_id: None,
        }
    }

    #[test]
    fn text_is_wrapped_and_clipped() {
        assert_eq!(wrap("one two three", 7, 3), vec!["one two", "three"]);
        assert_eq!(wrap("one two three four", 7, 2), vec!["one two", "three …"]);
        assert_eq!(wrap("abcdefghij", 4, 3), vec!["abcd", "efgh", "ij"]);
        assert!(wrap("", 10, 2).is_empty());
        assert_eq!(clip("abcdef", 4), "abc…");
        assert_eq!(clip("abc", 4), "abc");
    }

    #[test]
    fn the_tree_follows_parents_in_order() {
        let items = vec![
            item(1, None, "category", "People"),
            item(2, None, "category", "Methods"),
            item(3, Some(1), "cause", "Short-staffed"),
            item(4, Some(1), "cause", "New starters"),
        ];
        let nodes = tree(&items);
        assert_eq!(nodes.len(), 2);
        assert_eq!(nodes[0].children.len(), 2);
        assert!(nodes[0].first && !nodes[0].last && nodes[1].last);
        assert_eq!(nodes[0].children[1].text, "New starters");
    }

    #[test]
    fn diagrams_escape_text_and_draw_every_item() {
        let items = vec![
            item(1, None, "category", "People & <roles>"),
            item(2, Some(1), "cause", "\"Quoted\" cause"),
        ];
        let svg = fishbone_svg(Lang::En, "Waits <script>", &tree(&items));
        assert!(svg.contains("role=\"img\""));
        assert!(svg.contains("People &amp; &lt;roles&gt;"));
        assert!(svg.contains("&quot;Quoted&quot; cause"));
        assert!(svg.contains("Waits &lt;script&gt;"));
        assert!(!svg.contains("<script"));

        let mut step = item(1, None, "step", "Check in");
        step.tag = "decision".into();
        step.waste = "waiting".into();
        let mut steps = tree(&[step, item(2, None, "step", "Wait")]);
        steps[1].tag = "wait".into();
        let svg = process_svg(Lang::En, "Clinic", &steps);
        assert!(svg.contains("<polygon points=\"230,16.0"));
        assert!(svg.contains("Waste: Waiting"));
        assert!(svg.contains("1 marked as waste"));

        let items = vec![
            item(1, None, "primary", "Staffing"),
            item(2, Some(1), "secondary", "Lunch cover"),
            item(3, Some(2), "change", "Stagger lunches"),
            item(4, Some(2), "change", "Float nurse"),
            item(5, None, "primary", "Supplies"),
        ];
        let svg = driver_svg(Lang::En, "Cut waits", &tree(&items));
        assert_eq!(svg.matches("<rect").count(), 6);
        assert_eq!(svg.matches("<path").count(), 5);
        assert!(svg.contains("2 primary drivers, 1 secondary driver and 2 change ideas"));
    }
}
