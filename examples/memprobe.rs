fn rss() -> String {
    let s = std::fs::read_to_string("/proc/self/status").unwrap();
    s.lines().filter(|l| l.starts_with("VmRSS") || l.starts_with("VmHWM")).collect::<Vec<_>>().join(" ")
}
fn main() {
    let path = std::env::args().nth(1).unwrap();
    println!("event {} B, place {} B", std::mem::size_of::<zhanaozen_atlas::model::Event>(), std::mem::size_of::<zhanaozen_atlas::model::Place>());
    let text = std::fs::read_to_string(&path).unwrap();
    println!("text read: {}", rss());
    let d = zhanaozen_atlas::io::parse_any(&path, &text).unwrap().dataset;
    println!("parsed: {}", rss());
    drop(text);
    println!("text dropped: {}", rss());
    let s = zhanaozen_atlas::app::AtlasState::new(d, "x".into());
    println!("state: {} {}", rss(), s.dataset.events.len());
}
