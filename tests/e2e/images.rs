//! Images in content pages over HTTP: an editor uploads a photo and gets it back shrunk to a
//! display size and a thumbnail, camera metadata gone; members cannot upload, nor can a form
//! without its CSRF token; what is not an image is refused with the form kept and nothing
//! stored; a page shows its image with the alt text, and who sees the image follows the page.

use std::io::Cursor;

use fantoccini::Locator;
use image::codecs::jpeg::JpegEncoder;
use image::{DynamicImage, ImageEncoder, ImageFormat, Rgb, RgbImage, RgbaImage};
use lmp_domain::access::Scope;
use lmp_domain::{PageRequest, SiteRole};
use lmp_store::Backend;
use lmp_tests::browser::Browser;
use lmp_tests::{on_both_databases, HttpSession, TestApp};

on_both_databases!(
    an_editor_uploads_a_large_png_and_gets_two_smaller_sizes,
    a_photo_comes_back_without_its_camera_metadata,
    members_and_forms_without_the_token_cannot_upload,
    what_is_not_an_image_is_refused_with_the_form_kept,
    a_page_shows_its_image_and_readers_see_what_the_page_shows
);

/// Signs in a person who is a content editor and nothing more (not an administrator).
async fn editor(app: &TestApp) -> HttpSession {
    let person = app.person_id("leader@example.org").await;
    app.store
        .grant_site_role(person, SiteRole::ContentEditor, Scope::National)
        .await
        .expect("grant the editor role");
    app.sign_in("leader@example.org").await
}

fn encode(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    picture.write_to(&mut out, format).expect("encode");
    out.into_inner()
}

/// A 3000 × 2000 PNG with something in it (a gradient with stripes).
fn large_png() -> Vec<u8> {
    let picture = RgbImage::from_fn(3000, 2000, |x, y| {
        Rgb([
            (x / 12) as u8,
            (y / 8) as u8,
            if (x / 50) % 2 == 0 { 40 } else { 200 },
        ])
    });
    encode(DynamicImage::ImageRgb8(picture), ImageFormat::Png)
}

/// Posts the upload form as a browser would: the CSRF token (when `with_csrf`), the alt text
/// and the file, named and typed as given.
async fn upload(
    session: &HttpSession,
    alt: &str,
    file_name: &str,
    mime: &str,
    bytes: Vec<u8>,
    with_csrf: bool,
) -> reqwest::Response {
    let mut form = reqwest::multipart::Form::new();
    if with_csrf {
        form = form.text("csrf", session.csrf());
    }
    form = form.text("alt", alt.to_string()).part(
        "image",
        reqwest::multipart::Part::bytes(bytes)
            .file_name(file_name.to_string())
            .mime_str(mime)
            .expect("mime"),
    );
    session
        .client
        .post(format!("{}/content/images", session.base))
        .multipart(form)
        .send()
        .await
        .expect("POST")
}

/// Uploads through the images page and returns the new image's id from the redirect.
async fn upload_ok(
    session: &HttpSession,
    alt: &str,
    file_name: &str,
    mime: &str,
    bytes: Vec<u8>,
) -> i64 {
    let (status, _) = session.page("/content/images").await;
    assert_eq!(status, 200);
    let response = upload(session, alt, file_name, mime, bytes, true).await;
    let status = response.status().as_u16();
    let location = response
        .headers()
        .get("location")
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    assert_eq!(status, 303, "{}", response.text().await.unwrap_or_default());
    location
        .strip_prefix("/content/images?uploaded=")
        .and_then(|id| id.parse().ok())
        .unwrap_or_else(|| panic!("the upload redirects to the images page: {location}"))
}

struct Served {
    status: u16,
    content_type: String,
    cache_control: String,
    nosniff: bool,
    bytes: Vec<u8>,
}

async fn fetch(session: &HttpSession, path: &str) -> Served {
    let response = session
        .client
        .get(format!("{}{path}", session.base))
        .send()
        .await
        .expect("GET");
    let header = |name: &str| {
        response
            .headers()
            .get(name)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string()
    };
    Served {
        status: response.status().as_u16(),
        content_type: header("content-type"),
        cache_control: header("cache-control"),
        nosniff: header("x-content-type-options") == "nosniff",
        bytes: response.bytes().await.expect("body").to_vec(),
    }
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn stored_images(app: &TestApp) -> i64 {
    app.store
        .image_page(PageRequest::new(None, None))
        .await
        .expect("images")
        .total
}

async fn an_editor_uploads_a_large_png_and_gets_two_smaller_sizes(app: TestApp) {
    let editor = editor(&app).await;
    let original = large_png();
    let id = upload_ok(
        &editor,
        "Our huddle board at the start of the day shift",
        "board.png",
        "image/png",
        original.clone(),
    )
    .await;

    // The images page names the new image with the line to paste.
    let (_, page) = editor.page(&format!("/content/images?uploaded={id}")).await;
    let line = format!("![Our huddle board at the start of the day shift](/media/{id})");
    assert!(page.contains(&line), "{page}");
    assert!(
        page.contains(&format!("src=\"/media/{id}/thumb\"")),
        "{page}"
    );

    let shown = fetch(&editor, &format!("/media/{id}")).await;
    assert_eq!(shown.status, 200);
    assert!(
        shown.content_type == "image/png" || shown.content_type == "image/jpeg",
        "{}",
        shown.content_type
    );
    assert!(
        shown.cache_control.contains("immutable"),
        "{}",
        shown.cache_control
    );
    assert!(
        shown.cache_control.contains("max-age="),
        "{}",
        shown.cache_control
    );
    assert!(shown.nosniff);
    assert_ne!(shown.bytes, original, "the image is re-encoded");
    let display = image::load_from_memory(&shown.bytes).expect("the display size decodes");
    // 3000 × 2000 scaled to 1600 across keeps the 3:2 shape.
    assert_eq!(display.width(), 1600);
    assert!(
        (1066..=1067).contains(&display.height()),
        "{}",
        display.height()
    );

    let thumb = fetch(&editor, &format!("/media/{id}/thumb")).await;
    assert_eq!(thumb.status, 200);
    assert_eq!(thumb.content_type, shown.content_type);
    let small = image::load_from_memory(&thumb.bytes).expect("the thumbnail decodes");
    assert_eq!(small.width(), 400);
    assert!((266..=267).contains(&small.height()), "{}", small.height());

    // The upload is in the audit log under the editor's name.
    let log = app.store.audit_of("image", id).await.expect("audit");
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].action, "image.upload");
    assert_eq!(
        log[0].actor_id,
        Some(app.person_id("leader@example.org").await)
    );
    assert!(log[0].detail.contains("board.png"), "{}", log[0].detail);

    // No such image is a plain 404.
    assert_eq!(
        fetch(&editor, &format!("/media/{}", id + 1000))
            .await
            .status,
        404
    );
}

async fn a_photo_comes_back_without_its_camera_metadata(app: TestApp) {
    let editor = editor(&app).await;
    let photo = RgbImage::from_fn(640, 480, |x, y| {
        Rgb([(x % 256) as u8, (y % 256) as u8, 120])
    });
    // EXIF as a camera writes it (little-endian TIFF) with one text entry standing in for GPS.
    let marker = b"GPS 51.4778N 0.0015W, the photographer's home\0";
    let mut exif = b"II*\0\x08\0\0\0\x01\0\x0e\x01\x02\0".to_vec();
    exif.extend_from_slice(&(marker.len() as u32).to_le_bytes());
    exif.extend_from_slice(&26u32.to_le_bytes());
    exif.extend_from_slice(&0u32.to_le_bytes());
    exif.extend_from_slice(marker);
    let mut original = Vec::new();
    let mut encoder = JpegEncoder::new_with_quality(&mut original, 92);
    encoder.set_exif_metadata(exif).expect("EXIF");
    encoder
        .write_image(photo.as_raw(), 640, 480, image::ExtendedColorType::Rgb8)
        .expect("JPEG");
    assert!(contains(&original, b"photographer's home"));
    assert!(contains(&original, b"Exif\0\0"));

    let id = upload_ok(
        &editor,
        "Two co-leads signing the charter",
        "IMG_0042.JPG",
        "image/jpeg",
        original.clone(),
    )
    .await;
    for path in [format!("/media/{id}"), format!("/media/{id}/thumb")] {
        let served = fetch(&editor, &path).await;
        assert_eq!(served.status, 200);
        assert_eq!(served.content_type, "image/jpeg", "a photo stays a JPEG");
        assert_ne!(served.bytes, original);
        assert!(
            !contains(&served.bytes, b"photographer's home"),
            "{path} keeps the EXIF text"
        );
        assert!(
            !contains(&served.bytes, b"Exif\0\0"),
            "{path} keeps an EXIF block"
        );
        let decoded = image::load_from_memory(&served.bytes).expect("decodes");
        if path.ends_with("thumb") {
            assert_eq!((decoded.width(), decoded.height()), (400, 300));
        } else {
            assert_eq!(
                (decoded.width(), decoded.height()),
                (640, 480),
                "never enlarged or cut"
            );
        }
    }
}

async fn members_and_forms_without_the_token_cannot_upload(app: TestApp) {
    let png = encode(
        DynamicImage::ImageRgba8(RgbaImage::new(40, 30)),
        ImageFormat::Png,
    );

    let member = app.sign_in("member@example.org").await;
    let (status, _) = member.page("/content/images").await;
    assert_eq!(status, 403, "members do not see the images page");
    member.page("/content").await;
    let refused = upload(
        &member,
        "A picture",
        "a.png",
        "image/png",
        png.clone(),
        true,
    )
    .await;
    assert_eq!(refused.status().as_u16(), 403);
    let body = refused.text().await.unwrap();
    assert!(body.contains("content editors"), "{body}");

    let editor = editor(&app).await;
    editor.page("/content/images").await;
    let refused = upload(
        &editor,
        "A picture",
        "a.png",
        "image/png",
        png.clone(),
        false,
    )
    .await;
    assert_eq!(refused.status().as_u16(), 403, "no CSRF token, no upload");
    let mut forged = reqwest::multipart::Form::new()
        .text("csrf", "not-the-token")
        .text("alt", "A picture");
    forged = forged.part(
        "image",
        reqwest::multipart::Part::bytes(png)
            .file_name("a.png")
            .mime_str("image/png")
            .unwrap(),
    );
    let refused = editor
        .client
        .post(app.url("/content/images"))
        .multipart(forged)
        .send()
        .await
        .unwrap();
    assert_eq!(
        refused.status().as_u16(),
        403,
        "a wrong CSRF token, no upload"
    );

    assert_eq!(stored_images(&app).await, 0, "nothing was stored");
    assert!(app.store.audit_of("image", 1).await.unwrap().is_empty());
}

async fn what_is_not_an_image_is_refused_with_the_form_kept(app: TestApp) {
    let editor = editor(&app).await;
    editor.page("/content/images").await;

    // A text file renamed .png, sent as image/png.
    let text = b"name,score\nAlex,3\nSam,4\n".to_vec();
    let response = upload(
        &editor,
        "Scores from the pilot",
        "scores.png",
        "image/png",
        text,
        true,
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("Nothing was uploaded"), "{page}");
    assert!(
        page.contains("not a PNG, JPEG, WebP or GIF image"),
        "{page}"
    );
    assert!(
        page.contains("value=\"Scores from the pilot\""),
        "the alt text stays: {page}"
    );

    // Looks like a PNG, but is cut short.
    let mut broken = large_png();
    broken.truncate(2000);
    let response = upload(
        &editor,
        "A broken picture",
        "broken.png",
        "image/png",
        broken,
        true,
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("could not be read"), "{page}");

    // A tiny GIF whose header claims 10,000 × 5,000 pixels: refused before it is unpacked.
    let mut bomb = encode(
        DynamicImage::ImageRgba8(RgbaImage::new(1, 1)),
        ImageFormat::Gif,
    );
    bomb[6..8].copy_from_slice(&10_000u16.to_le_bytes());
    bomb[8..10].copy_from_slice(&5_000u16.to_le_bytes());
    let response = upload(
        &editor,
        "A huge picture",
        "huge.gif",
        "image/gif",
        bomb,
        true,
    )
    .await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("10000 × 5000 pixels"), "{page}");

    // More than 12 MB.
    let response = upload(
        &editor,
        "A heavy picture",
        "heavy.png",
        "image/png",
        vec![7u8; 13 * 1024 * 1024],
        true,
    )
    .await;
    let status = response.status().as_u16();
    let page = response.text().await.unwrap();
    assert_eq!(status, 422, "{page}");
    assert!(
        page.contains("the largest image the hub takes is 12 MB"),
        "{page}"
    );

    // A good image without a description.
    let png = encode(
        DynamicImage::ImageRgba8(RgbaImage::new(40, 30)),
        ImageFormat::Png,
    );
    let response = upload(&editor, "   ", "a.png", "image/png", png, true).await;
    assert_eq!(response.status().as_u16(), 422);
    let page = response.text().await.unwrap();
    assert!(page.contains("for people who cannot see it"), "{page}");
    assert!(
        page.contains("aria-invalid=\"true\" aria-describedby=\"alt-error\""),
        "{page}"
    );

    assert_eq!(stored_images(&app).await, 0, "nothing was stored");
}

async fn a_page_shows_its_image_and_readers_see_what_the_page_shows(app: TestApp) {
    let editor = editor(&app).await;
    let member = app.sign_in("member@example.org").await;
    let anonymous = app.anonymous();
    let photo = encode(
        DynamicImage::ImageRgb8(RgbImage::from_fn(800, 600, |x, _| {
            Rgb([(x % 256) as u8, 80, 160])
        })),
        ImageFormat::Jpeg,
    );
    let used = upload_ok(
        &editor,
        "Staff and managers around one table",
        "table.jpg",
        "image/jpeg",
        photo.clone(),
    )
    .await;
    let unused = upload_ok(&editor, "A spare picture", "spare.jpg", "image/jpeg", photo).await;

    let body = format!(
        "## Who was there\n\n![Staff and managers around one table](/media/{used})\n\nEveryone spoke once before anyone spoke twice.\n\n![Someone else's picture](https://images.example.net/x.png)"
    );
    let mut fields = vec![
        ("title", "A table for everyone"),
        ("kind", "article"),
        ("summary", "How one unit seated its partnership meeting."),
        ("details", "issue: Winter 2026"),
        ("topics", "meetings"),
        ("compass", "service"),
        ("audience", "frontline"),
        ("language", "en"),
        ("body", body.as_str()),
        ("action", "draft"),
    ];
    editor.page("/content/new").await;
    let saved = editor.post_form("/content/new", &fields).await;
    assert_eq!(saved.status().as_u16(), 303);
    let slug = "a-table-for-everyone";

    // The editor sees the draft with its image; readers see neither yet.
    let (_, page) = editor.page(&format!("/content/{slug}")).await;
    let img = format!("<img src=\"/media/{used}\" alt=\"Staff and managers around one table\">");
    assert!(page.contains(&img), "{page}");
    assert!(
        !page.contains("images.example.net"),
        "images from elsewhere are not shown"
    );
    assert!(page.contains("Someone else&#39;s picture") || page.contains("Someone else's picture"));
    assert_eq!(member.page(&format!("/content/{slug}")).await.0, 404);
    assert_eq!(fetch(&member, &format!("/media/{used}")).await.status, 404);

    // Published: the member reads the page and sees its image at both sizes.
    fields[9] = ("action", "publish");
    editor.page(&format!("/content/{slug}/edit")).await;
    let saved = editor
        .post_form(&format!("/content/{slug}/edit"), &fields)
        .await;
    assert_eq!(saved.status().as_u16(), 303);
    let (status, page) = member.page(&format!("/content/{slug}")).await;
    assert_eq!(status, 200);
    assert!(page.contains(&img), "{page}");
    let shown = fetch(&member, &format!("/media/{used}")).await;
    assert_eq!(shown.status, 200);
    assert_eq!(shown.content_type, "image/jpeg");
    image::load_from_memory(&shown.bytes).expect("decodes");
    assert_eq!(
        fetch(&member, &format!("/media/{used}/thumb")).await.status,
        200
    );
    // An image no published page shows stays with the editors.
    assert_eq!(
        fetch(&member, &format!("/media/{unused}")).await.status,
        404
    );
    assert_eq!(
        fetch(&editor, &format!("/media/{unused}")).await.status,
        200
    );

    // Someone not signed in is treated as for the page: sent to sign in, shown nothing.
    let page_status = fetch(&anonymous, &format!("/content/{slug}")).await.status;
    let image = fetch(&anonymous, &format!("/media/{used}")).await;
    assert_eq!(image.status, page_status);
    assert_ne!(image.status, 200);
    assert!(
        !image.content_type.starts_with("image/"),
        "{}",
        image.content_type
    );
}

/// The same in Chromium: the upload form on the editor page and on the images page pass
/// axe-core, a chosen file uploads, the line to paste is shown, and the thumbnail loads under
/// the page's Content-Security-Policy.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_editor_uploads_through_the_form_in_a_browser() {
    let Some(browser) = Browser::start().await else {
        return;
    };
    let app = TestApp::spawn(Backend::Sqlite).await.expect("server");
    browser.sign_in(&app.base, "admin@example.org").await;
    browser.goto(&app.url("/content/new")).await;
    browser.wait_text("#h-images", "Images for this page").await;
    browser
        .check_accessibility("the editor with its image upload")
        .await;
    browser.goto(&app.url("/content/images")).await;
    browser.wait_text("h1", "Images").await;
    browser.check_accessibility("the images page, empty").await;

    let file = std::env::temp_dir().join(format!("lmp-upload-{}.png", std::process::id()));
    let picture = RgbImage::from_fn(900, 600, |x, y| Rgb([(x % 256) as u8, (y % 256) as u8, 60]));
    std::fs::write(
        &file,
        encode(DynamicImage::ImageRgb8(picture), ImageFormat::Png),
    )
    .expect("write the test image");
    browser
        .fill("#alt", "The ward's improvement whiteboard")
        .await;
    browser
        .client
        .find(Locator::Css("#image"))
        .await
        .expect("the file field")
        .send_keys(file.to_str().expect("path"))
        .await
        .expect("choose the file");
    browser
        .click("form[action='/content/images'] button[type=submit]")
        .await;
    let notice = browser
        .wait_text("[role=status]", "The image is uploaded")
        .await;
    let _ = std::fs::remove_file(&file);
    assert!(
        notice.contains("![The ward's improvement whiteboard](/media/"),
        "{notice}"
    );
    browser
        .check_accessibility("the images page after an upload")
        .await;
    let mut width = 0;
    for _ in 0..50 {
        width = browser
            .client
            .execute(
                "const i = document.querySelector('img.media-thumb'); return i && i.complete ? i.naturalWidth : 0;",
                vec![],
            )
            .await
            .expect("script")
            .as_u64()
            .unwrap_or(0);
        if width > 0 {
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert_eq!(width, 400, "the thumbnail loads in the page");
    browser.finish().await;
}
