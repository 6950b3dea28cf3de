//! Where each event's mark goes: a span from its start to its end (or to the end of its period, for
//! a month- or day-precision date), stacked in lanes so that no two marks overlap. Where every lane
//! is taken, the marks that do not fit are counted in runs ("+N"), never drawn over others.

use super::TimeScale;
use crate::model::Dataset;

/// One event's mark on the timeline.
#[derive(Clone, Debug, PartialEq)]
pub struct EventMark {
    /// The event's index in the dataset.
    pub event: usize,
    /// Where the mark starts, in pixels: the event's start.
    pub x_start: f32,
    /// At least `min_width` past `x_start`.
    pub x_end: f32,
    /// The lane the mark is drawn in, from 0.
    pub lane: usize,
    /// True when the mark is wider than a tick because the date is coarse or the event lasts.
    pub is_span: bool,
}

/// Marks that found no free lane, close together on the axis: drawn as one "+N".
#[derive(Clone, Debug, PartialEq)]
pub struct HiddenRun {
    /// From the first hidden mark's start to the last one's end.
    pub x_start: f32,
    /// Where the run ends, in pixels.
    pub x_end: f32,
    /// How many marks the run holds.
    pub count: usize,
    /// The first of them, in time order.
    pub first: usize,
}

/// The marks that fit in the lanes, and the runs of those that did not.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MarkLayout {
    /// The marks that found a lane, in time order.
    pub marks: Vec<EventMark>,
    /// The runs of marks that did not, drawn as "+N".
    pub hidden: Vec<HiddenRun>,
}

/// Hidden marks closer than this (in pixels) share one run.
const RUN_JOIN_PX: f32 = 40.0;

/// `events` (in time order) with those that start together ordered by `priority`, the highest
/// first: laid out in that order, the selected and the key events take the lanes before the
/// others of their moment, and the rest go to the "+N" when the lanes are full.
pub fn key_events_first(
    dataset: &Dataset,
    events: impl Iterator<Item = usize>,
    priority: impl Fn(usize) -> u8,
) -> Vec<usize> {
    let mut events: Vec<usize> = events.collect();
    // Stable: events of one moment and one priority keep their order.
    events.sort_by_key(|&i| {
        (
            dataset.events[i].start.start,
            std::cmp::Reverse(priority(i)),
        )
    });
    events
}

/// Lays out `events` (indices in time order, usually the visible ones); marks at least `min_width`
/// wide and `gap` apart within a lane, in at most `max_lanes` lanes.
pub fn layout_marks(
    dataset: &Dataset,
    events: impl Iterator<Item = usize>,
    scale: &TimeScale,
    min_width: f32,
    gap: f32,
    max_lanes: usize,
) -> MarkLayout {
    let mut lane_ends: Vec<f32> = Vec::new();
    let mut marks = Vec::new();
    let mut hidden: Vec<HiddenRun> = Vec::new();
    for i in events {
        let e = &dataset.events[i];
        let x_start = scale.x_of(e.start.start);
        let end = dataset.event_end(e);
        let natural_end = scale.x_of(end);
        let x_end = natural_end.max(x_start + min_width);
        let lane = match lane_ends.iter().position(|&end| end + gap <= x_start) {
            Some(l) => l,
            None if lane_ends.len() < max_lanes.max(1) => {
                lane_ends.push(f32::NEG_INFINITY);
                lane_ends.len() - 1
            }
            None => {
                match hidden.last_mut() {
                    Some(run) if x_start <= run.x_end + RUN_JOIN_PX => {
                        run.x_end = run.x_end.max(x_end);
                        run.count += 1;
                    }
                    _ => hidden.push(HiddenRun {
                        x_start,
                        x_end,
                        count: 1,
                        first: i,
                    }),
                }
                continue;
            }
        };
        lane_ends[lane] = lane_ends[lane].max(x_end);
        marks.push(EventMark {
            event: i,
            x_start,
            x_end,
            lane,
            is_span: natural_end - x_start > min_width,
        });
    }
    MarkLayout { marks, hidden }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::builtin_dataset;

    #[test]
    fn key_events_take_the_lanes_first() {
        let d = builtin_dataset();
        let clashes = d.event_by_id("zhanaozen-clashes").unwrap();
        let day: Vec<usize> = (0..d.events.len())
            .filter(|&i| d.events[i].start == d.events[clashes].start)
            .collect();
        assert!(day.len() > 2 && day[0] != clashes, "{day:?}");
        let ordered = key_events_first(&d, day.iter().copied(), |i| u8::from(i == clashes));
        assert_eq!(ordered[0], clashes);
        assert_eq!(ordered.len(), day.len());
    }

    #[test]
    fn marks_in_a_lane_never_overlap_and_month_dates_are_spans() {
        let d = builtin_dataset();
        let (a, b) = d.time_span().unwrap();
        let scale = TimeScale::padded(a, b, 0.02, 0.0, 1200.0);
        // With lanes enough for every mark, none overlaps another in its lane; with fewer, only
        // the last lane takes the overflow.
        let few = layout_marks(&d, 0..d.events.len(), &scale, 6.0, 2.0, 4);
        assert!(few.marks.iter().all(|m| m.lane < 4));
        let hidden: usize = few.hidden.iter().map(|r| r.count).sum();
        assert!(hidden > 0, "four lanes cannot hold the record at 1,200 px");
        assert_eq!(
            few.marks.len() + hidden,
            d.events.len(),
            "every mark drawn or counted"
        );
        for lane in 0..4 {
            let in_lane: Vec<_> = few.marks.iter().filter(|m| m.lane == lane).collect();
            for (m, n) in in_lane.iter().zip(in_lane.iter().skip(1)) {
                assert!(n.x_start >= m.x_end + 2.0, "{m:?} {n:?}");
            }
        }
        let marks = layout_marks(&d, 0..d.events.len(), &scale, 6.0, 2.0, d.events.len()).marks;
        assert_eq!(marks.len(), d.events.len());
        for m in &marks {
            for n in &marks {
                if m.event < n.event && m.lane == n.lane {
                    assert!(
                        n.x_start >= m.x_end + 2.0 || m.x_start >= n.x_end + 2.0,
                        "{m:?} {n:?}"
                    );
                }
            }
        }
        let month = d.event_by_id("ozenmunaigas-strike-begins").unwrap();
        let mark = &marks[month];
        assert!(mark.is_span);
        // A whole month on a 1,200-pixel axis of about 18 months: about 65 pixels.
        assert!(mark.x_end - mark.x_start > 40.0, "{mark:?}");
        let minute = d.event_by_id("shetpe-train-blocked").unwrap();
        assert!(!marks[minute].is_span);
    }
}
