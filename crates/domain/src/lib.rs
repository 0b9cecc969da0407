//! The partnership hub's vocabulary and rules, free of I/O.
//!
//! Everything here can be unit-tested without a database or a web server: the sides a person
//! belongs to, the roles they may hold in a team, who may read or change what, and the field
//! validation every form and API shares.
//!
//! Architecture invariant: this crate depends on nothing that does I/O (no sqlx, axum, tantivy).

pub mod access;
pub mod calendar;
pub mod content;
pub mod decisions;
pub mod improvement;
pub mod learning;
pub mod message;
pub mod next_steps;
pub mod notifications;
pub mod org;
pub mod p2p;
pub mod page;
pub mod qi;
pub mod roles;
pub mod roster_import;
pub mod sso;
pub mod validation;

pub use access::{Actor, TeamAccess};
pub use message::{Msg, MsgArg};
pub use org::Side;
pub use page::{Page, PageRequest};
pub use roles::{SiteRole, TeamRole};
pub use validation::{FieldErrors, ValidationError};
