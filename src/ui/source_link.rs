//! A link to a source. Only an http(s) address becomes a link, and it opens in the system browser
//! only when clicked; anything else is shown as text with the reason.

use egui::{Response, RichText, Ui};

use crate::{i18n::Language, io::is_web_link, tr};

/// Shows `text` as a link to `url` if it is a web address, else as text saying why not.
pub fn source_link_ui(ui: &mut Ui, lang: Language, text: String, url: Option<&str>) -> Response {
    match url {
        Some(url) if is_web_link(url) => ui.hyperlink_to(text, url).on_hover_text(url),
        Some(url) => {
            ui.label(RichText::new(tr!(lang, "link-not-opened", text = text, url = url)).weak())
        }
        None => ui.label(RichText::new(tr!(lang, "link-none", text = text)).weak()),
    }
}
