//! The search index as the web layer keeps it: which rows become which documents, who may see
//! each (the same rules as the pages: projects past the idea stage, published practices,
//! shared decisions and people for everyone signed in; a team's other decisions for those who
//! read the team), keeping the index in step after each change, and a full rebuild.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Arc;

use lmp_search::{Access, Doc, Kind, SearchError, SearchIndex, Viewer};
use lmp_store::search_source::{IndexSource, SourceRow};
use lmp_store::Store;

use crate::auth::User;
use crate::pages::content::search_doc;

fn split(list: &str) -> Vec<String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

fn doc(kind: Kind, row: SourceRow) -> Doc {
    let url = match kind {
        Kind::Project => format!("/projects/{}", row.id),
        Kind::Practice => format!("/practices/{}", row.id),
        Kind::Decision => format!("/proposals/{}", row.id),
        Kind::Person => format!("/people/{}", row.id),
        Kind::Content => String::new(),
    };
    let access = match row.team_id {
        Some(team_id) => Access::Team {
            team_id,
            region_id: row.region_id.unwrap_or(0),
            facility_id: row.facility_id.unwrap_or(0),
        },
        None => Access::Everyone,
    };
    Doc {
        kind,
        id: row.id,
        title: row.title,
        summary: row.summary,
        body: row.body,
        url,
        content_type: None,
        compass: split(&row.compass),
        topics: split(&row.topic)
            .into_iter()
            .map(|t| t.to_lowercase())
            .collect(),
        audience: Vec::new(),
        region: row.region_name,
        language: "en".into(),
        date: row.date,
        access,
    }
}

/// What `user` may see in search results: everything for administrators; their teams; and
/// the regions and facilities their scoped site roles cover.
pub async fn viewer(store: &Store, user: &User) -> Viewer {
    use lmp_domain::access::Scope;
    if user.actor.is_admin() {
        return Viewer::everything();
    }
    let teams = store
        .memberships(user.person.id)
        .await
        .map(|m| m.into_iter().map(|m| m.team_id).collect())
        .unwrap_or_default();
    let mut viewer = Viewer {
        everything: false,
        teams,
        regions: Vec::new(),
        facilities: Vec::new(),
    };
    for (role, scope) in &user.actor.site_roles {
        if !role.is_scoped() {
            continue;
        }
        match scope {
            Scope::National => viewer.everything = true,
            Scope::Region(r) => viewer.regions.push(*r),
            Scope::Facility(f) => viewer.facilities.push(*f),
        }
    }
    viewer
}

/// Brings one row of `kind` in step with this node's index (added, changed, or gone), and
/// tells the other nodes to do the same (through the live channel, with PostgreSQL).
pub async fn refresh(store: &Store, index: &SearchIndex, kind: Kind, id: i64) {
    refresh_here(store, index, kind, id).await;
    announce(store, kind, id).await;
}

/// Tells the other nodes (with PostgreSQL) that one row of `kind` changed.
pub async fn announce(store: &Store, kind: Kind, id: i64) {
    let _ = store.notify(&format!("search {} {id}", kind.code())).await;
}

/// A search notice from another node (`search <kind> <id>`); false when `notice` is not one.
pub async fn on_notice(store: &Store, index: &SearchIndex, notice: &str) -> bool {
    let mut words = notice.split(' ');
    if words.next() != Some("search") {
        return false;
    }
    let kind = words.next().and_then(Kind::parse);
    let id = words.next().and_then(|w| w.parse::<i64>().ok());
    if let (Some(kind), Some(id)) = (kind, id) {
        refresh_here(store, index, kind, id).await;
    }
    true
}

async fn refresh_here(store: &Store, index: &SearchIndex, kind: Kind, id: i64) {
    let rows = match kind {
        Kind::Project => store.index_projects(Some(id)).await,
        Kind::Practice => store.index_practices(Some(id)).await,
        Kind::Decision => store.index_decisions(Some(id)).await,
        Kind::Person => store.index_people(Some(id)).await,
        Kind::Content => {
            let result = match store.content_page_by_id(id).await {
                Ok(row) if row.is_published() => index.upsert(&[search_doc(&row)]),
                Ok(_) | Err(lmp_store::StoreError::NotFound(_)) => index.delete(kind, id),
                Err(e) => {
                    tracing::warn!("search: cannot read content {id}: {e}");
                    return;
                }
            };
            if let Err(e) = result {
                tracing::warn!("search: content {id} not updated: {e}");
            }
            return;
        }
    };
    let result = match rows {
        Ok(rows) if rows.is_empty() => index.delete(kind, id),
        Ok(rows) => index.upsert(&rows.into_iter().map(|r| doc(kind, r)).collect::<Vec<_>>()),
        Err(e) => {
            tracing::warn!("search: cannot read {} {id}: {e}", kind.code());
            return;
        }
    };
    if let Err(e) = result {
        tracing::warn!("search: {} {id} not updated: {e}", kind.code());
    }
}

/// The published content pages, as documents (a few hundred at most, so read at once).
async fn published_content(store: &Store) -> Result<Vec<Doc>, lmp_store::StoreError> {
    Ok(store
        .all_content()
        .await?
        .iter()
        .filter(|r| r.is_published())
        .map(search_doc)
        .collect())
}

/// Every document the index should hold.
pub async fn all_docs(store: &Store) -> Result<Vec<Doc>, lmp_store::StoreError> {
    let mut docs = published_content(store).await?;
    for (kind, rows) in [
        (Kind::Practice, store.index_practices(None).await?),
        (Kind::Project, store.index_projects(None).await?),
        (Kind::Decision, store.index_decisions(None).await?),
        (Kind::Person, store.index_people(None).await?),
    ] {
        docs.extend(rows.into_iter().map(|r| doc(kind, r)));
    }
    Ok(docs)
}

/// How many rows a rebuild reads from the database at a time.
const REBUILD_PAGE: i64 = 2_000;

/// Rebuilds the whole index from the database; `progress` hears the count so far and the total.
///
/// The rows are read a page at a time and handed to the indexer through a small queue, so the
/// memory a rebuild needs does not grow with the organisation (216,000 documents at demo
/// scale). If reading fails part way, the old index stays.
pub async fn rebuild(
    store: &Store,
    index: &SearchIndex,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> anyhow::Result<usize> {
    let content = published_content(store).await?;
    let mut total = content.len();
    for which in IndexSource::ALL {
        total += usize::try_from(store.index_count(which).await?).unwrap_or(0);
    }

    let (sender, mut receiver) =
        tokio::sync::mpsc::channel::<Result<Doc, SearchError>>(REBUILD_PAGE as usize);
    let indexed = Arc::new(AtomicUsize::new(0));
    let task = {
        let index = index.clone();
        let indexed = indexed.clone();
        tokio::task::spawn_blocking(move || {
            let docs = std::iter::from_fn(|| receiver.blocking_recv());
            index.rebuild(docs, &|n| indexed.store(n, Ordering::Relaxed))
        })
    };

    let read = async {
        for doc in content {
            sender.send(Ok(doc)).await?;
        }
        for which in IndexSource::ALL {
            let kind = source_kind(which);
            let mut after = i64::MIN;
            loop {
                let rows = match store.index_page(which, after, REBUILD_PAGE).await {
                    Ok(rows) => rows,
                    Err(e) => {
                        sender.send(Err(SearchError::Source(e.to_string()))).await?;
                        return Ok(());
                    }
                };
                let Some(last) = rows.last() else { break };
                after = last.id;
                let full = rows.len() as i64 == REBUILD_PAGE;
                for row in rows {
                    sender.send(Ok(doc(kind, row))).await?;
                }
                progress(indexed.load(Ordering::Relaxed), total);
                if !full {
                    break;
                }
            }
        }
        Ok::<(), tokio::sync::mpsc::error::SendError<Result<Doc, SearchError>>>(())
    };
    // A send fails only when the indexer stopped early; its own error says why.
    let _ = read.await;
    drop(sender);
    let count = task.await??;
    progress(count, total.max(count));
    Ok(count)
}

/// The index's kind for each kind of source row.
fn source_kind(which: IndexSource) -> Kind {
    match which {
        IndexSource::Projects => Kind::Project,
        IndexSource::Practices => Kind::Practice,
        IndexSource::Decisions => Kind::Decision,
        IndexSource::People => Kind::Person,
    }
}
