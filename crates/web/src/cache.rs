//! Short-lived, per-node caches of what nearly every request reads and rarely changes: the
//! organisation's structure and signed-in users.
//!
//! Several nodes may serve one database, so nothing here is trusted for long: entries expire
//! after a few seconds, and a node drops its own entries at once when it makes the change.
//! A change made on another node (a sign-out, a new region) is seen here within [`USER_TTL`] or
//! [`ORG_TTL`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lmp_store::org::OrgTree;

use crate::auth::User;

pub const ORG_TTL: Duration = Duration::from_secs(10);
pub const USER_TTL: Duration = Duration::from_secs(5);
/// More cached sessions than this and the cache starts over (bounded memory).
const MAX_USERS: usize = 50_000;

#[derive(Default)]
pub struct Caches {
    org: Mutex<Option<(Instant, Arc<OrgTree>)>>,
    users: Mutex<HashMap<String, (Instant, User)>>,
}

impl Caches {
    /// The cached organisation, or `None` when the caller should load it. When the entry has
    /// expired, the first caller to notice gets `None` and reloads, while the others keep
    /// using the old entry for the moment that takes (no stampede of identical queries).
    pub fn org(&self) -> Option<Arc<OrgTree>> {
        let mut guard = self.org.lock().ok()?;
        let (at, org) = guard.as_mut()?;
        if at.elapsed() >= ORG_TTL {
            *at = Instant::now();
            return None;
        }
        Some(org.clone())
    }

    pub fn put_org(&self, org: Arc<OrgTree>) {
        if let Ok(mut guard) = self.org.lock() {
            *guard = Some((Instant::now(), org));
        }
    }

    pub fn forget_org(&self) {
        if let Ok(mut guard) = self.org.lock() {
            *guard = None;
        }
    }

    /// The user of a session, keyed by the session's hash (the secret is not kept). Expiry
    /// works as for [`Caches::org`]: one caller reloads, the others wait for nothing. The
    /// caller that reloads must put the fresh user back, or forget the session if it ended.
    pub fn user(&self, session_hash: &str) -> Option<User> {
        let mut guard = self.users.lock().ok()?;
        let (at, user) = guard.get_mut(session_hash)?;
        if at.elapsed() >= USER_TTL {
            *at = Instant::now();
            return None;
        }
        Some(user.clone())
    }

    pub fn put_user(&self, session_hash: String, user: User) {
        if let Ok(mut guard) = self.users.lock() {
            if guard.len() >= MAX_USERS {
                guard.clear();
            }
            guard.insert(session_hash, (Instant::now(), user));
        }
    }

    pub fn forget_session(&self, session_hash: &str) {
        if let Ok(mut guard) = self.users.lock() {
            guard.remove(session_hash);
        }
    }

    /// Drops every cached session of a person (roles or password changed).
    pub fn forget_person(&self, person_id: i64) {
        if let Ok(mut guard) = self.users.lock() {
            guard.retain(|_, (_, user)| user.person.id != person_id);
        }
    }
}
