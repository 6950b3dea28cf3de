//! The command line, run as a user runs it.

use std::process::Command;

fn atlas() -> Command {
    Command::new(env!("CARGO_BIN_EXE_zhanaozen-atlas"))
}

#[test]
fn check_summarises_the_builtin_dataset() {
    let out = atlas().arg("check").output().unwrap();
    assert!(out.status.success());
    let line = String::from_utf8(out.stdout).unwrap();
    assert!(line.starts_with("data/zhanaozen-2011.json: ok: "), "{line}");
    assert!(line.contains("55 events, 11 places, 75 sources"), "{line}");
    assert!(line.contains("May 2011 to "), "{line}");
    assert!(
        line.contains("route transfer-zhanaozen-aktau 142.7 km (straight line 141.1 km)"),
        "{line}"
    );
    assert_eq!(line.lines().count(), 1);
}

#[test]
fn check_reports_a_bad_file_and_fails() {
    let dir = std::env::temp_dir().join(format!("atlas-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("truncated.json");
    std::fs::write(
        &path,
        "{\n  \"format\": \"zhanaozen-atlas/1\",\n  \"events\": [\n",
    )
    .unwrap();
    let out = atlas().arg("check").arg(&path).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains(&format!(
            "{}: line 4, column 0: EOF while parsing",
            path.display()
        )),
        "{err}"
    );
    let missing = atlas()
        .args(["check", "/nonexistent/data.json"])
        .output()
        .unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(
        String::from_utf8(missing.stderr)
            .unwrap()
            .contains("/nonexistent/data.json: cannot read the file")
    );
}

#[test]
fn bad_options_are_refused_before_a_window_opens() {
    let out = atlas().args(["--place", "atlantis"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--place 'atlantis': no such id; the dataset has: zhanaozen, aktau")
    );
    let out = atlas().args(["--date", "2011-13-01"]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("--date: '2011-13-01' is not a real date")
    );
}
