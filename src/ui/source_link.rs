//! A link to a source. Only an http(s) address becomes a link, and it opens in the system browser
//! only when clicked; anything else is shown as text with the reason.

use egui::{Response, RichText, Ui};

use crate::io::is_web_link;

pub fn show(ui: &mut Ui, text: String, url: Option<&str>) -> Response {
    match url {
        Some(url) if is_web_link(url) => ui.hyperlink_to(text, url).on_hover_text(url),
        Some(url) => ui.label(
            RichText::new(format!(
                "{text} (not opened: '{url}' is not an http(s) address)"
            ))
            .weak(),
        ),
        None => ui.label(RichText::new(format!("{text} (no link recorded)")).weak()),
    }
}
