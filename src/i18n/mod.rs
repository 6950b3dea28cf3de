//! The interface's words, in English and Russian: one Fluent file per language
//! (`assets/i18n/en.ftl`, `assets/i18n/ru.ftl`), embedded in the binary.
//!
//! UI code asks for a message by id with [`tr!`](crate::tr); a missing id shows as the id itself
//! (and a test fails), never as an empty label. Dataset text (event titles, sources) is the
//! dataset's own and is not translated; place names come from the dataset in each language it has.

use std::sync::OnceLock;

use fluent_bundle::{FluentResource, concurrent::FluentBundle};
use serde::{Deserialize, Serialize};

pub use fluent_bundle::{FluentArgs, FluentValue};

use crate::model::DateNames;

const ENGLISH_FTL: &str = include_str!("../../assets/i18n/en.ftl");
const RUSSIAN_FTL: &str = include_str!("../../assets/i18n/ru.ftl");

/// The languages of the interface.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Language {
    /// English, the default.
    #[default]
    #[serde(rename = "en")]
    English,
    /// Russian.
    #[serde(rename = "ru")]
    Russian,
}

impl Language {
    /// Every language, in the order the Language menu lists them.
    pub const ALL: [Language; 2] = [Language::English, Language::Russian];

    /// The BCP 47 code, which is also the key of place names in the dataset.
    pub fn code(self) -> &'static str {
        match self {
            Language::English => "en",
            Language::Russian => "ru",
        }
    }

    /// The language with this code: "en" or "ru".
    pub fn from_code(code: &str) -> Result<Language, String> {
        Self::ALL
            .into_iter()
            .find(|l| l.code() == code)
            .ok_or_else(|| format!("'{code}': the interface speaks en and ru"))
    }

    /// The language's name in itself, for the language menu.
    pub fn native_name(self) -> &'static str {
        match self {
            Language::English => "English",
            Language::Russian => "Русский",
        }
    }

    /// The Fluent source of this language.
    pub fn ftl(self) -> &'static str {
        match self {
            Language::English => ENGLISH_FTL,
            Language::Russian => RUSSIAN_FTL,
        }
    }

    /// The message `id`, with `args` filled in.
    pub fn format(self, id: &str, args: Option<&FluentArgs>) -> String {
        let bundle = self.bundle();
        let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
            log::warn!("no {} text for '{id}'", self.code());
            return id.to_string();
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        if !errors.is_empty() {
            log::warn!("{} text '{id}': {errors:?}", self.code());
        }
        text.into_owned()
    }

    /// Month and weekday names for dates shown in this language.
    pub fn date_names(self) -> &'static DateNames {
        static NAMES: [OnceLock<DateNames>; 2] = [OnceLock::new(), OnceLock::new()];
        NAMES[self as usize].get_or_init(|| {
            let list = |id: &str| -> Vec<String> {
                self.format(id, None)
                    .split_whitespace()
                    .map(str::to_string)
                    .collect()
            };
            DateNames::new(
                list("date-months"),
                list("date-months-short"),
                list("date-months-short-standalone"),
                list("date-weekdays-short"),
                self.format("date-about", None),
            )
            .unwrap_or_else(|e| panic!("{} date names: {e}", self.code()))
        })
    }

    fn bundle(self) -> &'static FluentBundle<FluentResource> {
        static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 2] =
            [OnceLock::new(), OnceLock::new()];
        BUNDLES[self as usize].get_or_init(|| {
            let id = self.code().parse().expect("a valid language id");
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // No Unicode isolation marks around arguments: egui's fonts have no glyphs for them.
            bundle.set_use_isolating(false);
            let resource = FluentResource::try_new(self.ftl().to_string())
                .unwrap_or_else(|(_, errors)| panic!("{}.ftl: {errors:?}", self.code()));
            bundle
                .add_resource(resource)
                .unwrap_or_else(|errors| panic!("{}.ftl: {errors:?}", self.code()));
            bundle
        })
    }
}

/// The message ids defined in a Fluent source, in file order.
pub fn message_ids(ftl: &str) -> Vec<String> {
    let resource = match FluentResource::try_new(ftl.to_string()) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    resource
        .entries()
        .filter_map(|entry| match entry {
            fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
            _ => None,
        })
        .collect()
}

/// A translated message: `tr!(lang, "id")` or `tr!(lang, "id", count = n, name = text)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:literal) => {
        $lang.format($id, None)
    };
    ($lang:expr, $id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $(args.set(stringify!($name), $crate::i18n::FluentValue::from($value));)+
        $lang.format($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plural_forms_follow_each_language() {
        let en = |n: usize| tr!(Language::English, "count-events", count = n);
        let ru = |n: usize| tr!(Language::Russian, "count-events", count = n);
        assert_eq!(en(1), "1 event");
        assert_eq!(en(55), "55 events");
        assert_eq!(ru(1), "1 событие");
        assert_eq!(ru(3), "3 события");
        assert_eq!(ru(55), "55 событий");
        assert_eq!(ru(21), "21 событие");
    }

    #[test]
    fn a_missing_id_shows_itself() {
        assert_eq!(Language::Russian.format("no-such-id", None), "no-such-id");
    }

    #[test]
    fn russian_months_take_the_case_their_place_asks_for() {
        let names = Language::Russian.date_names();
        let may = jiff::civil::date(2011, 5, 27);
        assert_eq!(names.day_month_year(may), "27 мая 2011");
        assert_eq!(names.month_short_year(may), "май 2011");
        assert_eq!(names.month_year(may), "май 2011");
    }

    #[test]
    fn date_names_are_complete() {
        for lang in Language::ALL {
            let names = lang.date_names();
            assert_eq!(
                names.month(12),
                if lang == Language::English {
                    "December"
                } else {
                    "декабрь"
                }
            );
        }
    }
}
