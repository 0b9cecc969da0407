//! CSRF tokens: an HMAC of the browser's session cookie under a key kept in the database.
//!
//! A page puts the token in every form (`csrf` field) and in a `<meta>` tag that `app.js`
//! copies into the `X-CSRF-Token` header of htmx requests. Another site can make the browser
//! send the cookie but cannot read it or the page, so it cannot produce the token. Requests
//! authenticated by a bearer API token carry no ambient credentials and need no CSRF token.

use hmac::{Hmac, Mac};
use sha2::Sha256;

pub const FORM_FIELD: &str = "csrf";
pub const HEADER: &str = "x-csrf-token";

pub fn token(key: &[u8], session_cookie: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"csrf:");
    mac.update(session_cookie.as_bytes());
    hex::encode(mac.finalize().into_bytes())
}

/// Compares in constant time so the token cannot be guessed byte by byte.
pub fn verify(key: &[u8], session_cookie: &str, presented: &str) -> bool {
    let Ok(presented) = hex::decode(presented.trim()) else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes any key length");
    mac.update(b"csrf:");
    mac.update(session_cookie.as_bytes());
    mac.verify_slice(&presented).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_is_valid_only_for_its_cookie_and_key() {
        let t = token(b"key", "cookie-a");
        assert!(verify(b"key", "cookie-a", &t));
        assert!(!verify(b"key", "cookie-b", &t));
        assert!(!verify(b"other", "cookie-a", &t));
        assert!(!verify(b"key", "cookie-a", ""));
        assert!(!verify(b"key", "cookie-a", "zz"));
    }
}
