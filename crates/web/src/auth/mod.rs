//! Who is asking: password sign-in, sessions kept in the database, personal API tokens, and
//! the CSRF check every state-changing request passes.

pub mod csrf;
pub mod password;
pub mod session;

pub use session::{CurrentUser, Session, User};
