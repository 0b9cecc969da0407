//! What the hub makes of an uploaded image: the file is recognised by its content (PNG, JPEG,
//! WebP or GIF; the name and the browser's claimed type are ignored), checked against size
//! limits before it is decoded (so a small file that unpacks to billions of pixels is refused
//! from its header), turned upright by its EXIF orientation, and re-encoded at two sizes: at
//! most [`DISPLAY_MAX`] pixels on its longest side for pages and [`THUMB_MAX`] for lists, never
//! enlarged. Re-encoding writes only pixels, so camera metadata (EXIF, GPS, comments) is gone.
//!
//! Drawings and screenshots (PNG and GIF uploads) stay PNG so text stays sharp, unless that
//! makes them large and they have no transparency; photos become JPEG. An image with
//! transparency is always PNG. A GIF keeps its first frame.
//!
//! This is slow, CPU-bound work: callers run it on the blocking pool.

use lmp_domain::Msg;
use std::io::Cursor;

use image::codecs::jpeg::JpegEncoder;
use image::codecs::png::PngEncoder;
use image::imageops::FilterType;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// The largest file taken, in bytes.
pub const MAX_BYTES: usize = 12 * 1024 * 1024;
/// The most pixels an upload may have (width × height), so decoding cannot exhaust memory.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The longest side of the size shown on pages.
pub const DISPLAY_MAX: u32 = 1600;
/// The longest side of the thumbnail.
pub const THUMB_MAX: u32 = 400;
/// No side may be longer than this, whatever the pixel count.
const MAX_SIDE: u32 = 20_000;
/// A PNG without transparency larger than this is stored as JPEG instead.
const PNG_BUDGET: usize = 1536 * 1024;
const JPEG_QUALITY: u8 = 85;

/// The two sizes made from an upload, ready to store.
#[derive(Debug)]
pub struct Processed {
    pub content_type: &'static str,
    pub width: u32,
    pub height: u32,
    pub data: Vec<u8>,
    pub thumb_width: u32,
    pub thumb_height: u32,
    pub thumb: Vec<u8>,
}

/// Why an upload was refused; each has a message for the person who sent it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The file is too large to take at all.
    TooLarge { bytes: usize },
    /// Not a PNG, JPEG, WebP or GIF by its content.
    NotAnImage,
    /// Looked like an image but could not be read.
    Unreadable,
    /// More pixels (or a longer side) than the hub takes.
    TooManyPixels { width: u32, height: u32 },
}

impl Refusal {
    /// What the person who sent the file is told (`errors.ftl`).
    pub fn message(&self) -> Msg {
        match self {
            Refusal::TooLarge { bytes } => Msg::new("images-refuse-too-large")
                .text("size", megabytes(*bytes))
                .text("max", megabytes(MAX_BYTES)),
            Refusal::NotAnImage => Msg::new("images-refuse-not-image"),
            Refusal::Unreadable => Msg::new("images-refuse-unreadable"),
            Refusal::TooManyPixels { width, height } => Msg::new("images-refuse-pixels")
                .number("width", *width)
                .number("height", *height)
                .number("millions", MAX_PIXELS / 1_000_000)
                .number("side", MAX_SIDE),
        }
    }
}

/// "3.4 MB": sizes as people read them.
pub fn megabytes(bytes: usize) -> String {
    let mb = bytes as f64 / (1024.0 * 1024.0);
    if mb >= 10.0 || mb.fract() < 0.05 {
        format!("{mb:.0} MB")
    } else if mb >= 0.1 {
        format!("{mb:.1} MB")
    } else {
        format!("{} KB", (bytes / 1024).max(1))
    }
}

/// Decodes `bytes` and makes the display size and the thumbnail.
pub fn process(bytes: &[u8]) -> Result<Processed, Refusal> {
    if bytes.len() > MAX_BYTES {
        return Err(Refusal::TooLarge { bytes: bytes.len() });
    }
    let format = image::guess_format(bytes).map_err(|_| Refusal::NotAnImage)?;
    if !matches!(
        format,
        ImageFormat::Png | ImageFormat::Jpeg | ImageFormat::WebP | ImageFormat::Gif
    ) {
        return Err(Refusal::NotAnImage);
    }
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    // The largest picture allowed at 16 bits per channel with alpha, and a little room.
    limits.max_alloc = Some(MAX_PIXELS * 8 + 16 * 1024 * 1024);
    let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(refusal_of)?;
    let (width, height) = decoder.dimensions();
    if u64::from(width) * u64::from(height) > MAX_PIXELS || width > MAX_SIDE || height > MAX_SIDE {
        return Err(Refusal::TooManyPixels { width, height });
    }
    if width == 0 || height == 0 {
        return Err(Refusal::Unreadable);
    }
    let orientation = decoder
        .orientation()
        .unwrap_or(image::metadata::Orientation::NoTransforms);
    let mut picture = DynamicImage::from_decoder(decoder).map_err(refusal_of)?;
    picture.apply_orientation(orientation);

    let display = shrink(&picture, DISPLAY_MAX, FilterType::CatmullRom);
    drop(picture);
    let thumb = shrink(&display, THUMB_MAX, FilterType::Triangle);

    let transparent =
        display.color().has_alpha() && display.to_rgba8().pixels().any(|p| p.0[3] < u8::MAX);
    let drawing = matches!(format, ImageFormat::Png | ImageFormat::Gif);
    let (content_type, data, thumb_data) = if transparent {
        ("image/png", png(&display, true)?, png(&thumb, true)?)
    } else {
        let lossless = if drawing {
            Some(png(&display, false)?).filter(|d| d.len() <= PNG_BUDGET)
        } else {
            None
        };
        match lossless {
            Some(data) => ("image/png", data, png(&thumb, false)?),
            None => ("image/jpeg", jpeg(&display)?, jpeg(&thumb)?),
        }
    };
    Ok(Processed {
        content_type,
        width: display.width(),
        height: display.height(),
        data,
        thumb_width: thumb.width(),
        thumb_height: thumb.height(),
        thumb: thumb_data,
    })
}

/// `picture` with its longest side at most `max`, never enlarged.
fn shrink(picture: &DynamicImage, max: u32, filter: FilterType) -> DynamicImage {
    if picture.width().max(picture.height()) <= max {
        picture.clone()
    } else {
        picture.resize(max, max, filter)
    }
}

fn png(picture: &DynamicImage, alpha: bool) -> Result<Vec<u8>, Refusal> {
    let pixels = if alpha {
        DynamicImage::ImageRgba8(picture.to_rgba8())
    } else {
        DynamicImage::ImageRgb8(picture.to_rgb8())
    };
    let mut out = Vec::new();
    pixels
        .write_with_encoder(PngEncoder::new(&mut out))
        .map_err(|_| Refusal::Unreadable)?;
    Ok(out)
}

fn jpeg(picture: &DynamicImage) -> Result<Vec<u8>, Refusal> {
    let pixels = DynamicImage::ImageRgb8(picture.to_rgb8());
    let mut out = Vec::new();
    pixels
        .write_with_encoder(JpegEncoder::new_with_quality(&mut out, JPEG_QUALITY))
        .map_err(|_| Refusal::Unreadable)?;
    Ok(out)
}

fn refusal_of(error: image::ImageError) -> Refusal {
    match error {
        image::ImageError::Limits(_) => Refusal::TooManyPixels {
            width: 0,
            height: 0,
        },
        image::ImageError::Unsupported(_) => Refusal::NotAnImage,
        _ => Refusal::Unreadable,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use image::{ImageEncoder, Rgb, RgbImage, Rgba, RgbaImage};

    fn encode(picture: DynamicImage, format: ImageFormat) -> Vec<u8> {
        let mut out = Cursor::new(Vec::new());
        picture.write_to(&mut out, format).expect("encode");
        out.into_inner()
    }

    fn decoded(bytes: &[u8]) -> DynamicImage {
        image::load_from_memory(bytes).expect("the hub's output decodes")
    }

    #[test]
    fn a_large_photo_is_shrunk_to_both_sizes_keeping_its_shape() {
        let photo = RgbImage::from_fn(2400, 1200, |x, y| {
            Rgb([(x % 256) as u8, (y % 256) as u8, 90])
        });
        let out = process(&encode(DynamicImage::ImageRgb8(photo), ImageFormat::Jpeg)).unwrap();
        assert_eq!(out.content_type, "image/jpeg");
        assert_eq!((out.width, out.height), (1600, 800));
        assert_eq!((out.thumb_width, out.thumb_height), (400, 200));
        let shown = decoded(&out.data);
        assert_eq!((shown.width(), shown.height()), (1600, 800));
        let small = decoded(&out.thumb);
        assert_eq!((small.width(), small.height()), (400, 200));
    }

    #[test]
    fn a_small_image_is_not_enlarged_and_transparency_stays_png() {
        let icon = RgbaImage::from_fn(120, 80, |x, _| {
            Rgba([200, 30, 30, if x < 60 { 0 } else { 255 }])
        });
        let out = process(&encode(DynamicImage::ImageRgba8(icon), ImageFormat::Png)).unwrap();
        assert_eq!(out.content_type, "image/png");
        assert_eq!((out.width, out.height), (120, 80));
        assert_eq!((out.thumb_width, out.thumb_height), (120, 80));
        let shown = decoded(&out.data).to_rgba8();
        assert_eq!(
            shown.get_pixel(10, 10).0[3],
            0,
            "transparent pixels stay transparent"
        );
        assert_eq!(shown.get_pixel(100, 10).0[3], 255);
    }

    #[test]
    fn camera_metadata_does_not_survive() {
        let photo = RgbImage::from_fn(64, 48, |x, y| Rgb([x as u8 * 3, y as u8 * 4, 100]));
        // A minimal EXIF block (little-endian TIFF, one ImageDescription entry) with a marker.
        let marker = b"GPS 51.4778N 0.0015W home of the photographer\0";
        let mut exif = b"II*\0\x08\0\0\0\x01\0\x0e\x01\x02\0".to_vec();
        exif.extend_from_slice(&(marker.len() as u32).to_le_bytes());
        exif.extend_from_slice(&26u32.to_le_bytes());
        exif.extend_from_slice(&0u32.to_le_bytes());
        exif.extend_from_slice(marker);
        let mut upload = Vec::new();
        let mut encoder = JpegEncoder::new_with_quality(&mut upload, 90);
        encoder.set_exif_metadata(exif).unwrap();
        encoder
            .write_image(photo.as_raw(), 64, 48, image::ExtendedColorType::Rgb8)
            .unwrap();
        assert!(
            contains(&upload, b"home of the photographer"),
            "the test upload has EXIF"
        );
        let out = process(&upload).unwrap();
        assert!(!contains(&out.data, b"home of the photographer"));
        assert!(!contains(&out.data, b"Exif"));
        assert!(!contains(&out.thumb, b"Exif"));
        assert_eq!(decoded(&out.data).width(), 64);
    }

    fn contains(haystack: &[u8], needle: &[u8]) -> bool {
        haystack.windows(needle.len()).any(|w| w == needle)
    }

    #[test]
    fn what_is_not_an_image_is_refused_by_its_content() {
        assert_eq!(
            process(b"name,score\nAlex,3\n").unwrap_err(),
            Refusal::NotAnImage
        );
        let mut broken = encode(
            DynamicImage::ImageRgb8(RgbImage::new(50, 50)),
            ImageFormat::Png,
        );
        broken.truncate(40);
        assert_eq!(process(&broken).unwrap_err(), Refusal::Unreadable);
        // A BMP is an image, but not one of the four formats taken.
        let mut bmp = b"BM".to_vec();
        bmp.extend_from_slice(&[0; 60]);
        assert_eq!(process(&bmp).unwrap_err(), Refusal::NotAnImage);
    }

    #[test]
    fn a_decompression_bomb_is_refused_from_its_header() {
        // A tiny GIF whose header claims 10,000 × 5,000 pixels (50 million).
        let mut gif = encode(
            DynamicImage::ImageRgba8(RgbaImage::new(1, 1)),
            ImageFormat::Gif,
        );
        gif[6..8].copy_from_slice(&10_000u16.to_le_bytes());
        gif[8..10].copy_from_slice(&5_000u16.to_le_bytes());
        assert_eq!(
            process(&gif).unwrap_err(),
            Refusal::TooManyPixels {
                width: 10_000,
                height: 5_000
            }
        );
        assert!(
            process(&vec![0u8; MAX_BYTES + 1]).unwrap_err()
                == Refusal::TooLarge {
                    bytes: MAX_BYTES + 1
                }
        );
    }
}
