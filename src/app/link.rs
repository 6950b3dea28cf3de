//! The command line that reproduces what the window shows (*Copy link to this view*).

use super::AtlasState;
use crate::tiles::MapLayer;

/// The command line that reopens the app on this view: the dataset, the cursor (local time), the
/// timeline's range, the selection, the map's zoom and centre. Paths are quoted for a POSIX shell.
pub fn view_command(state: &AtlasState) -> String {
    let mut args: Vec<String> = vec!["zhanaozen-atlas".into()];
    let d = state.dataset();
    if let Some(path) = state.data().path() {
        args.push(path.display().to_string());
    }
    let selection = state.selection();
    if let Some(e) = selection.event {
        args.extend(["--event".into(), d.events[e].id.to_string()]);
    } else if let Some(p) = selection.place {
        args.extend(["--place".into(), d.places[p].id.to_string()]);
    }
    let tz = jiff::tz::TimeZone::fixed(d.offset);
    let minute = |t: jiff::Timestamp| {
        t.to_zoned_datetime(tz.clone())
            .strftime("%Y-%m-%dT%H:%M")
            .to_string()
    };
    // `--span` runs to the end of its last minute: the minute before the view's end.
    let view = state.time().view();
    let last_minute = jiff::Timestamp::from_second(view.end.as_second() - 60).unwrap_or(view.end);
    args.extend([
        "--date".into(),
        minute(state.cursor()),
        "--span".into(),
        format!(
            "{}..{}",
            minute(view.start),
            minute(last_minute.max(view.start))
        ),
    ]);
    let center = state.map().center();
    args.extend([
        "--zoom".into(),
        format!("{:.2}", state.map().zoom()),
        "--center".into(),
        format!("{:.5},{:.5}", center.y(), center.x()),
    ]);
    if let MapLayer::Custom { url } = state.settings().map_layer() {
        args.extend(["--tiles".into(), url.clone()]);
    }
    args.iter()
        .map(|a| shlex::try_quote(a).map_or_else(|_| a.clone(), |q| q.into_owned()))
        .collect::<Vec<_>>()
        .join(" ")
}
