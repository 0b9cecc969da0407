//! Static assets embedded in the binary, served with long cache lifetimes where the file name
//! carries a version.

use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};

use crate::extract::Path;

struct Asset {
    path: &'static str,
    content_type: &'static str,
    body: &'static [u8],
    immutable: bool,
}

const ASSETS: &[Asset] = &[
    Asset {
        path: "app.css",
        content_type: "text/css; charset=utf-8",
        body: include_bytes!("../static/app.css"),
        immutable: false,
    },
    Asset {
        path: "app.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/app.js"),
        immutable: false,
    },
    Asset {
        path: "pick.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/pick.js"),
        immutable: false,
    },
    Asset {
        path: "live.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/live.js"),
        immutable: false,
    },
    Asset {
        path: "vendor/htmx-2.0.11.min.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/vendor/htmx-2.0.11.min.js"),
        immutable: true,
    },
    Asset {
        path: "favicon.svg",
        content_type: "image/svg+xml",
        body: include_bytes!("../static/favicon.svg"),
        immutable: false,
    },
    Asset {
        path: "push.js",
        content_type: "text/javascript; charset=utf-8",
        body: include_bytes!("../static/push.js"),
        immutable: false,
    },
    Asset {
        path: "icon-192.png",
        content_type: "image/png",
        body: include_bytes!("../static/icon-192.png"),
        immutable: false,
    },
    Asset {
        path: "icon-512.png",
        content_type: "image/png",
        body: include_bytes!("../static/icon-512.png"),
        immutable: false,
    },
];

/// The assets the service worker keeps for use without a connection (`static/sw.js` lists
/// the same paths); their bytes make its version.
pub fn precached() -> impl Iterator<Item = &'static [u8]> {
    ASSETS
        .iter()
        .filter(|a| !a.path.ends_with(".png") && a.path != "pick.js" && a.path != "push.js")
        .map(|a| a.body)
}

pub async fn serve(Path(path): Path<String>) -> Response {
    match ASSETS.iter().find(|a| a.path == path) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (
                    header::CACHE_CONTROL,
                    if asset.immutable {
                        "public, max-age=31536000, immutable"
                    } else {
                        "public, max-age=3600"
                    },
                ),
            ],
            asset.body,
        )
            .into_response(),
        None => (StatusCode::NOT_FOUND, "no such asset").into_response(),
    }
}
