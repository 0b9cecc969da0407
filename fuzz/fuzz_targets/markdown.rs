//! Markdown as editors write it, rendered for readers: the web crate's `markdown` module,
//! compiled in from its source file so the fuzzer need not build the whole server. The
//! property: whatever the input, the HTML has no script element, no event-handler attribute
//! (`on…=`), no `style`, no `javascript:` link and no image from outside the hub.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[allow(dead_code)]
#[path = "../../crates/web/src/markdown.rs"]
mod markdown;

/// Each tag's name and its attributes' names and values, as html5ever writes them (values
/// always double-quoted, with `"` escaped).
fn tags(html: &str) -> Vec<(String, Vec<(String, String)>)> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let name_end = rest
            .find(|c: char| c.is_whitespace() || c == '>' || c == '/')
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut attributes = Vec::new();
        loop {
            rest = rest.trim_start_matches(|c: char| c.is_whitespace() || c == '/');
            if rest.is_empty() || rest.starts_with('>') {
                break;
            }
            let attr_end = rest
                .find(|c: char| c.is_whitespace() || c == '=' || c == '>')
                .unwrap_or(rest.len());
            let attr = rest[..attr_end].to_ascii_lowercase();
            rest = &rest[attr_end..];
            let mut value = String::new();
            if let Some(after) = rest.strip_prefix("=\"") {
                let close = after.find('"').expect("attribute value is closed");
                value = after[..close].to_string();
                rest = &after[close + 1..];
            }
            attributes.push((attr, value));
        }
        out.push((name, attributes));
    }
    out
}

fn decoded(value: &str) -> String {
    value
        .replace("&amp;", "&")
        .replace("&colon;", ":")
        .chars()
        .filter(|c| !c.is_whitespace() && !c.is_control())
        .collect::<String>()
        .to_ascii_lowercase()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let html = markdown::to_html(text);
    for (name, attributes) in tags(&html) {
        assert!(
            !matches!(
                name.as_str(),
                "script" | "style" | "iframe" | "object" | "embed"
            ),
            "<{name}> in {html:?}"
        );
        for (attr, value) in attributes {
            assert!(!attr.starts_with("on"), "{attr}= on <{name}> in {html:?}");
            assert_ne!(attr, "style", "style= on <{name}> in {html:?}");
            if name == "img" && attr == "src" {
                // Images only from the hub's own uploads.
                assert!(
                    markdown::is_media_path(&value),
                    "img src={value:?} in {html:?}"
                );
            }
            if matches!(attr.as_str(), "href" | "src") {
                let url = decoded(&value);
                assert!(
                    !url.starts_with("javascript:")
                        && !url.starts_with("data:")
                        && !url.starts_with("vbscript:"),
                    "{attr}={value:?} in {html:?}"
                );
            }
        }
    }
    assert!(!html.to_ascii_lowercase().contains("<script"), "{html:?}");
    let _ = markdown::to_text(text);
});
