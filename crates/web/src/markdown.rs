//! Markdown as editors write it, made into HTML that is safe to show: rendered with
//! pulldown-cmark (tables, strikethrough, footnotes), then cleaned with ammonia, which keeps
//! ordinary formatting and links and drops scripts, event handlers, styles and anything else
//! that could run or hide in a page. Links to other sites get `rel="noopener noreferrer"`.

use pulldown_cmark::{html, Options, Parser};

/// Safe HTML for `markdown`.
pub fn to_html(markdown: &str) -> String {
    let mut options = Options::empty();
    options.insert(Options::ENABLE_TABLES);
    options.insert(Options::ENABLE_STRIKETHROUGH);
    options.insert(Options::ENABLE_FOOTNOTES);
    let mut raw = String::with_capacity(markdown.len() * 3 / 2);
    html::push_html(&mut raw, Parser::new_ext(markdown, options));
    ammonia::Builder::default()
        .url_schemes(["http", "https", "mailto"].into())
        .link_rel(Some("noopener noreferrer"))
        .clean(&raw)
        .to_string()
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
    fn plain_text_drops_the_markup() {
        assert_eq!(
            to_text("## Why\n\nEveryone is **heard**.\n\n- one\n- two").trim(),
            "Why\nEveryone is heard.\none\ntwo"
        );
    }
}
