//! Markdown as editors write it, made into HTML that is safe to show: rendered with
//! pulldown-cmark (tables, strikethrough, footnotes), then cleaned with ammonia, which keeps
//! ordinary formatting and links and drops scripts, event handlers, styles and anything else
//! that could run or hide in a page. Links to other sites get `rel="noopener noreferrer"`.
//! Images are kept only from the hub's own uploads (`/media/{id}`, see `pages::media`): an
//! image from anywhere else becomes its alt text, so a page never loads (or tracks readers
//! through) another site's picture.

use pulldown_cmark::{html, Event, Options, Parser, Tag, TagEnd};

/// Safe HTML for `markdown`.
pub fn to_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    // For each image opened, whether it is left out (its alt text stays as plain text).
    let mut dropped: Vec<bool> = Vec::new();
    let events = Parser::new_ext(markdown, options).filter(|event| match event {
        Event::Start(Tag::Image { dest_url, .. }) => {
            let drop = !is_media_path(dest_url);
            dropped.push(drop);
            !drop
        }
        Event::End(TagEnd::Image) => !dropped.pop().unwrap_or(false),
        _ => true,
    });
    html::push_html(&mut raw, events);
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        // Raw HTML images get the same rule: no address but our own.
        .attribute_filter(|element, attribute, value| {
            if element == "img" && attribute == "src" && !is_media_path(value) {
                None
            } else {
                Some(value.into())
            }
        })
        .clean(&raw)
        .to_string()
}

/// True for the address of an image the hub serves itself: `/media/12` or `/media/12/thumb`.
pub fn is_media_path(src: &str) -> bool {
    let Some(rest) = src.strip_prefix("/media/") else {
        return false;
    };
    let id = rest.strip_suffix("/thumb").unwrap_or(rest);
    !id.is_empty() && id.len() <= 18 && id.bytes().all(|b| b.is_ascii_digit())
}

/// The text of `markdown` without its markup, for search and summaries.
pub fn to_text(markdown: &str) -> String {
    use pulldown_cmark::{Event, Tag, TagEnd};
    let mut text = String::with_capacity(markdown.len());
    for event in Parser::new(markdown) {
        match event {
            Event::Text(t) | Event::Code(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push(' '),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::Item) => text.push('\n'),
            Event::Start(Tag::Item) => {}
            _ => {}
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formatting_stays_and_scripts_go() {
        let html = to_html("## Steps\n\n1. **Ask** how we might\n2. [Read more](/content/ibps)\n\n<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n[bad](javascript:alert(1))");
        assert!(html.contains("<h2>Steps</h2>"), "{html}");
        assert!(html.contains("<strong>Ask</strong>"));
        assert!(
            html.contains("<a href=\"/content/ibps\" rel=\"noopener noreferrer\">Read more</a>"),
            "{html}"
        );
        assert!(!html.contains("<script"), "{html}");
        assert!(!html.contains("onerror"), "{html}");
        assert!(!html.contains("javascript:"), "{html}");
    }

    #[test]
    fn only_our_own_images_are_shown() {
        let html = to_html(
            "![The team at its huddle board](/media/12)\n\n\
             ![A small picture](/media/7/thumb \"Title\")\n\n\
             ![A tracking pixel](https://tracker.example/p.png)\n\n\
             <img src=\"https://tracker.example/raw.png\" alt=\"raw\">\n\n\
             ![Sneaky](/media/12/../../admin)\n\n\
             ![Data](data:image/png;base64,AAAA)",
        );
        assert!(
            html.contains("<img src=\"/media/12\" alt=\"The team at its huddle board\">"),
            "{html}"
        );
        assert!(
            html.contains("<img src=\"/media/7/thumb\" alt=\"A small picture\""),
            "{html}"
        );
        assert!(!html.contains("tracker.example"), "{html}");
        assert!(!html.contains("admin"), "{html}");
        assert!(!html.contains("data:"), "{html}");
        // An image from elsewhere leaves its alt text, so the reader still learns what was meant.
        assert!(html.contains("A tracking pixel"), "{html}");
        assert_eq!(html.matches("<img").count(), 3, "{html}");
        assert!(html.contains("<img alt=\"raw\">"), "{html}");
    }

    #[test]
    fn media_paths_are_exact() {
        assert!(is_media_path("/media/1"));
        assert!(is_media_path("/media/123/thumb"));
        for bad in [
            "/media/",
            "/media/x",
            "/media/1/thumb/",
            "/media/1?x=1",
            "//evil.example/media/1",
            "https://hub.example/media/1",
            "/media/1/../2",
        ] {
            assert!(!is_media_path(bad), "{bad}");
        }
    }

    #[test]
    fn plain_text_drops_the_markup() {
        assert_eq!(
            to_text("## Why\n\nEveryone is **heard**.\n\n- one\n- two").trim(),
            "Why\nEveryone is heard.\none\ntwo"
        );
    }
}
