//! The documented format stays true: the JSON Schema beside docs/data-format.md is generated from
//! the loader's own types, and the example in the document loads.

use std::path::Path;

use zhanaozen_atlas::io::{json_schema, parse_dataset_json};

fn docs(name: &str) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("docs")
        .join(name)
}

#[test]
fn the_schema_file_is_generated_from_the_types() {
    let generated = serde_json::to_string_pretty(&json_schema()).unwrap() + "\n";
    let path = docs("data-format.schema.json");
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).unwrap();
    }
    let on_disk = std::fs::read_to_string(&path).expect("docs/data-format.schema.json exists");
    assert!(
        on_disk == generated,
        "docs/data-format.schema.json is stale: run UPDATE_SCHEMA=1 cargo test --test integration schema"
    );
}

#[test]
fn the_example_in_the_format_document_loads() {
    let doc = std::fs::read_to_string(docs("data-format.md")).unwrap();
    let start = doc.find("```json\n").expect("a ```json block") + "```json\n".len();
    let end = start + doc[start..].find("```").unwrap();
    let d = parse_dataset_json("docs/data-format.md", &doc[start..end])
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(d.events.len(), 2);
    assert_eq!(d.claims.len(), 2);
    assert_eq!(d.routes.len(), 1);
}
