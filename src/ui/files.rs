//! Files the user saves or opens: a download made from text in memory, and the text of a file
//! chosen in an `<input type="file">`. Nothing leaves the browser.

use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, HtmlInputElement, Url};

/// Offers `text` as a download called `file_name`, through a Blob, an object URL and a
/// clicked `<a download>` (the only way a page can save a file without a server).
pub fn download_text(file_name: &str, text: &str, mime: &str) -> Result<(), String> {
    let fail = |_: JsValue| {
        "This browser did not let the app save a file. Try another browser, or allow downloads for this site.".to_owned()
    };
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or_else(|| fail(JsValue::NULL))?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).map_err(fail)?;
    let url = Url::create_object_url_with_blob(&blob).map_err(fail)?;
    let link: HtmlAnchorElement = document
        .create_element("a")
        .map_err(fail)?
        .dyn_into()
        .map_err(|_| fail(JsValue::NULL))?;
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    // The click has started the download; the URL only holds the Blob in memory.
    let _ = Url::revoke_object_url(&url);
    Ok(())
}

/// JSON text indented by two spaces, for people to read or edit; as it was if it is not JSON.
pub fn indent_json(text: &str) -> String {
    js_sys::JSON::parse(text)
        .ok()
        .and_then(|value| {
            js_sys::JSON::stringify_with_replacer_and_space(
                &value,
                &JsValue::NULL,
                &JsValue::from_f64(2.0),
            )
            .ok()
        })
        .and_then(|text| text.as_string())
        .unwrap_or_else(|| text.to_owned())
}

/// The first file chosen in a file input: its size in bytes, and the input to read it from.
pub fn chosen_file(input: &HtmlInputElement) -> Option<web_sys::File> {
    input.files().and_then(|files| files.get(0))
}

/// The file's text (read as UTF-8), or why it could not be read.
pub async fn read_text(file: &web_sys::File) -> Result<String, String> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|_| "The file could not be read. Check it is still there and that this browser may open it, then choose it again.".to_owned())?;
    text.as_string()
        .ok_or_else(|| "The file could not be read as text.".to_owned())
}
