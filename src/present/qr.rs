//! QR codes of page addresses, drawn on the server as inline SVG (no image service, no script).

use qrcode::render::svg;
use qrcode::{EcLevel, QrCode};

/// An inline `<svg>` QR code of `url`, labelled for screen readers with `label`. Medium error
/// correction survives a crumpled printout; `None` only for a text too long for any QR code.
pub fn svg(url: &str, label: &str) -> Option<String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M).ok()?;
    let image = code
        .render::<svg::Color<'_>>()
        .min_dimensions(128, 128)
        .quiet_zone(true)
        .build();
    // The renderer writes a standalone document; inline SVG needs neither the XML declaration nor a
    // fixed pixel size (print scales it by CSS).
    let start = image.find("<svg")?;
    let label = label
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('"', "&quot;");
    Some(image[start..].replacen(
        "<svg ",
        &format!("<svg class=\"qr\" role=\"img\" aria-label=\"{label}\" "),
        1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_address_becomes_an_inline_labelled_svg() {
        let svg = svg(
            "https://lotse.example/de/offer/wk-tafel",
            "QR <code> & \"link\"",
        )
        .unwrap();
        assert!(svg.starts_with("<svg class=\"qr\" role=\"img\""), "{svg}");
        assert!(svg.contains("aria-label=\"QR &lt;code> &amp; &quot;link&quot;\""));
        assert!(!svg.contains("<?xml"));
        assert!(svg.trim_end().ends_with("</svg>"));
    }
}
