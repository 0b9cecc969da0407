//! Short-lived, per-node caches of what nearly every request reads and rarely changes: the
//! organisation's structure, the Path to Performance criteria in force, and signed-in users.
//!
//! Several nodes may serve one database, so nothing here is trusted for long: entries expire
//! after a few seconds, and a node drops its own entries at once when it makes the change.
//! A change made on another node (a sign-out, a new region) is seen here within [`USER_TTL`] or
//! [`ORG_TTL`].

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use lmp_store::org::OrgTree;
use lmp_store::p2p::{CriterionRow, Year};

use crate::auth::User;

pub const ORG_TTL: Duration = Duration::from_secs(10);
pub const USER_TTL: Duration = Duration::from_secs(5);
/// More cached sessions than this and the cache starts over (bounded memory).
const MAX_USERS: usize = 50_000;

/// One cached value that expires after `ttl`.
pub struct Fresh<T> {
    ttl: Duration,
    slot: Mutex<Option<(Instant, Arc<T>)>>,
}

impl<T> Fresh<T> {
    pub fn new(ttl: Duration) -> Fresh<T> {
        Fresh {
            ttl,
            slot: Mutex::new(None),
        }
    }

    /// The cached value, or `None` when the caller should load it. When the entry has
    /// expired, the first caller to notice gets `None` and reloads, while the others keep
    /// using the old entry for the moment that takes (no stampede of identical queries).
    pub fn get(&self) -> Option<Arc<T>> {
        let mut guard = self.slot.lock().ok()?;
        let (at, value) = guard.as_mut()?;
        if at.elapsed() >= self.ttl {
            *at = Instant::now();
            return None;
        }
        Some(value.clone())
    }

    pub fn put(&self, value: Arc<T>) {
        if let Ok(mut guard) = self.slot.lock() {
            *guard = Some((Instant::now(), value));
        }
    }

    pub fn forget(&self) {
        if let Ok(mut guard) = self.slot.lock() {
            *guard = None;
        }
    }
}

/// The agreement year in force and its criteria, as stored and as the domain's rules take them.
pub struct CurrentCriteria {
    pub year: Year,
    pub rows: Vec<CriterionRow>,
    pub criteria: Vec<lmp_domain::p2p::Criterion>,
}

pub struct Caches {
    pub org: Fresh<OrgTree>,
    pub criteria: Fresh<CurrentCriteria>,
    users: Mutex<HashMap<String, (Instant, User)>>,
}

impl Default for Caches {
    fn default() -> Caches {
        Caches {
            org: Fresh::new(ORG_TTL),
            criteria: Fresh::new(ORG_TTL),
            users: Mutex::default(),
        }
    }
}

impl Caches {
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
