//! The interface's strings: every message in English has a Russian translation and back, every id
//! the code asks for exists, and switching the language in the menu changes what is on screen.

use crate::common;

use std::{collections::BTreeSet, path::Path};

use common::{click_menu, harness_at, state};
use egui_kittest::kittest::Queryable as _;
use zhanaozen_atlas::i18n::{Language, message_ids};

fn ids(lang: Language) -> BTreeSet<String> {
    message_ids(lang.ftl()).into_iter().collect()
}

#[test]
fn every_message_has_a_russian_translation_and_no_extra_ones() {
    let en = ids(Language::English);
    let ru = ids(Language::Russian);
    assert!(en.len() > 150, "{} English messages", en.len());
    let missing: Vec<_> = en.difference(&ru).collect();
    assert!(
        missing.is_empty(),
        "not translated into Russian: {missing:?}"
    );
    let extra: Vec<_> = ru.difference(&en).collect();
    assert!(
        extra.is_empty(),
        "Russian messages with no English one: {extra:?}"
    );
}

/// The ids in `tr!(lang, "id"…)` calls of one source file.
fn ids_used(source: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in source.match_indices("tr!(") {
        // Not the end of another macro's name, such as include_str!(.
        if source[..i].ends_with(|c: char| c.is_alphanumeric() || c == '_') {
            continue;
        }
        // Nor an example in a comment.
        let line_start = source[..i].rfind('\n').map_or(0, |n| n + 1);
        if source[line_start..i].trim_start().starts_with("//") {
            continue;
        }
        let rest = &source[i..];
        if let Some(start) = rest.find('"') {
            let id: String = rest[start + 1..]
                .chars()
                .take_while(|&c| c != '"')
                .collect();
            out.push(id);
        }
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_id_the_code_asks_for_is_defined_in_both_languages() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    let (en, ru) = (ids(Language::English), ids(Language::Russian));
    let mut used = 0;
    for file in files {
        for id in ids_used(&std::fs::read_to_string(&file).unwrap()) {
            used += 1;
            assert!(
                en.contains(&id) && ru.contains(&id),
                "{}: '{id}' is not defined",
                file.display()
            );
        }
    }
    assert!(used > 150, "only {used} translated strings found");
}

#[test]
fn the_language_menu_switches_the_interface_to_russian_and_back() {
    let mut h = harness_at(Some("2011-12-16T17:00"));
    assert!(h.query_by_label("Fit region").is_some());
    assert!(h.query_by_label("Fri 16 Dec 2011, 17:00 UTC+5").is_some());
    click_menu(&mut h, "Language", "Русский");
    assert_eq!(state(&h).language(), Language::Russian);
    h.run();
    assert!(h.query_by_label("Вся область").is_some());
    assert!(h.query_by_label("Fit region").is_none());
    // Russian names of the places where the dataset has them, and dates in Russian.
    assert!(h.query_all_by_label("Жанаозен").count() >= 1);
    assert!(h.query_by_label("пт 16 дек 2011, 17:00 UTC+5").is_some());
    click_menu(&mut h, "Язык", "English");
    assert_eq!(state(&h).language(), Language::English);
    assert!(h.query_by_label("Fit region").is_some());
}
