//! Live meeting pages: server-sent events that tell every open meeting page what changed, so
//! it fetches that part again through the normal, access-checked routes.
//!
//! A notice names a meeting and a part (`agenda`, `attendance`, `minutes`, `status`,
//! `proposal-40`), never content: hidden results, anonymous stances and names cannot leak
//! through the live channel because it carries none.
//!
//! With SQLite (one node) a notice goes straight to this node's subscribers. With PostgreSQL
//! it goes out by `NOTIFY`, and each node's listener task hands it to its own subscribers, so
//! people connected to different nodes see the same updates.

use std::collections::HashMap;
use std::convert::Infallible;
use std::sync::Mutex;
use std::time::Duration;

use axum::response::sse::{Event, KeepAlive, Sse};
use lmp_store::Store;
use tokio::sync::{broadcast, watch};

/// How many notices a slow subscriber may fall behind before it is told to reload.
const BUFFER: usize = 64;

/// The subscribers of every meeting open on this node.
pub struct Live {
    meetings: Mutex<HashMap<i64, broadcast::Sender<String>>>,
    /// Turns true when the node shuts down: every stream ends so the connections can close
    /// (pages reconnect by themselves, to another node behind a load balancer).
    closing: watch::Sender<bool>,
}

impl Default for Live {
    fn default() -> Live {
        Live {
            meetings: Mutex::default(),
            closing: watch::channel(false).0,
        }
    }
}

impl Live {
    /// Ends every event stream of this node, now and any opened later.
    pub fn close_all(&self) {
        self.closing.send_replace(true);
    }

    /// Tells every page of `meeting` (on every node) that `part` changed.
    pub async fn publish(&self, store: &Store, meeting: i64, part: &str) {
        let notice = format!("{meeting} {part}");
        match store.notify(&notice).await {
            Ok(true) => {}
            Ok(false) => self.deliver(&notice),
            Err(e) => {
                tracing::warn!("live notice not sent through the database: {e}");
                self.deliver(&notice);
            }
        }
    }

    /// Hands a notice (`"{meeting} {part}"`) to this node's subscribers of that meeting.
    pub fn deliver(&self, notice: &str) {
        let Some((meeting, part)) = notice.split_once(' ') else {
            return;
        };
        let Ok(meeting) = meeting.parse::<i64>() else {
            return;
        };
        let mut meetings = self.meetings.lock().expect("live lock");
        if let Some(sender) = meetings.get(&meeting) {
            if sender.send(part.to_string()).is_err() {
                // Nobody listens any more.
                meetings.remove(&meeting);
            }
        }
    }

    fn subscribe(&self, meeting: i64) -> broadcast::Receiver<String> {
        let mut meetings = self.meetings.lock().expect("live lock");
        meetings
            .entry(meeting)
            .or_insert_with(|| broadcast::channel(BUFFER).0)
            .subscribe()
    }

    /// The event stream of one meeting for one page.
    pub fn stream(
        &self,
        meeting: i64,
    ) -> Sse<impl futures_core::Stream<Item = Result<Event, Infallible>>> {
        let receiver = self.subscribe(meeting);
        let closing = self.closing.subscribe();
        let first = Event::default().event("ready").data("connected");
        let stream = futures_util::stream::unfold(
            (Some(first), receiver, closing),
            |(first, mut receiver, mut closing)| async move {
                if let Some(first) = first {
                    return Some((Ok(first), (None, receiver, closing)));
                }
                let received = tokio::select! {
                    received = receiver.recv() => received,
                    _ = closing.wait_for(|closed| *closed) => return None,
                };
                let event = match received {
                    Ok(part) => Event::default().event("change").data(part),
                    Err(broadcast::error::RecvError::Lagged(_)) => {
                        Event::default().event("change").data("all")
                    }
                    Err(broadcast::error::RecvError::Closed) => return None,
                };
                Some((Ok(event), (None, receiver, closing)))
            },
        );
        Sse::new(stream).keep_alive(KeepAlive::new().interval(Duration::from_secs(20)))
    }
}

/// With PostgreSQL, listens for the notices of every node and delivers them here — meeting
/// changes to the pages watching, search changes to this node's index; reconnects after a
/// lost connection (pages are then told to refresh everything).
pub fn spawn_listener(state: crate::state::AppState) {
    tokio::spawn(async move {
        loop {
            let mut listener = match state.store.listen().await {
                Ok(Some(listener)) => listener,
                Ok(None) => return,
                Err(e) => {
                    tracing::warn!("live listener cannot connect: {e}");
                    tokio::time::sleep(Duration::from_secs(2)).await;
                    continue;
                }
            };
            loop {
                match listener.next().await {
                    Ok(notice) => {
                        if !crate::search::on_notice(&state.store, &state.search, &notice).await {
                            state.live.deliver(&notice);
                        }
                    }
                    Err(e) => {
                        tracing::warn!("live listener lost its connection: {e}");
                        state.live.deliver_to_all("all");
                        break;
                    }
                }
            }
        }
    });
}

impl Live {
    /// Tells every meeting page on this node to refresh `part`.
    fn deliver_to_all(&self, part: &str) {
        let meetings = self.meetings.lock().expect("live lock");
        for sender in meetings.values() {
            let _ = sender.send(part.to_string());
        }
    }
}
