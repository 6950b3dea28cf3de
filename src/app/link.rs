//! The command line that reproduces what the window shows (*Copy link to this view*).

use super::AtlasState;
use crate::tiles::MapLayer;

/// The command line that reopens the app on this view: the dataset, the cursor (local time), the
/// selection, the map's zoom and centre. Paths are quoted for a POSIX shell.
pub fn view_command(state: &AtlasState) -> String {
    let mut args: Vec<String> = vec!["zhanaozen-atlas".into()];
    let d = state.dataset();
    if let Some(path) = state.data().path() {
        args.push(path.display().to_string());
    }
    let selection = state.selection();
    if let Some(e) = selection.event {
        args.extend(["--event".into(), d.events[e].id.clone()]);
    } else if let Some(p) = selection.place {
        args.extend(["--place".into(), d.places[p].id.clone()]);
    }
    let local = state
        .cursor()
        .to_zoned_datetime(jiff::tz::TimeZone::fixed(d.offset));
    args.extend([
        "--date".into(),
        local.strftime("%Y-%m-%dT%H:%M").to_string(),
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
