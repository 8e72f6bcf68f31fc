//! The QR decoder itself, behind one function so that the pipeline does not depend on it.

use image::GrayImage;

/// Every QR code zxing-cpp reads in `img` (any rotation, either polarity).
pub fn decode(img: &GrayImage) -> Vec<String> {
    let Ok(view) = zxingcpp::ImageView::from_slice(
        img.as_raw(),
        img.width(),
        img.height(),
        zxingcpp::ImageFormat::Lum,
    ) else {
        return Vec::new();
    };
    zxingcpp::read()
        .formats(zxingcpp::BarcodeFormat::QRCode)
        .try_harder(true)
        .try_rotate(true)
        .try_invert(true)
        .from(view)
        .map(|codes| {
            codes
                .iter()
                .filter(|c| c.is_valid())
                .map(|c| c.text())
                .collect()
        })
        .unwrap_or_default()
}
