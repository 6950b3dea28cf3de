//! What a view shows, computed from the state for the UI to draw: which places are markers and
//! which are gathered into clusters on the map, the histogram of the events in the map's view,
//! and how many events the map shows. Plain functions of the state, tested without egui.

use super::{AtlasState, TimeMode};
use crate::{
    geometry::{CELL_PX, MercatorView, cluster, mercator},
    model::{PlaceIndex, visits},
    timeline::{Bucket, Recency, Resolution, count_buckets},
};

/// What the map's caption says of its event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptionTense {
    /// The event has begun and has not ended by the cursor.
    UnderWay,
    /// The latest event to have begun by the cursor, already over.
    Latest,
    /// Before the first event: the one still to come.
    Next,
}

/// Above this many places in view, markers are clustered.
pub const CLUSTER_ABOVE: usize = 300;

/// The most search results listed under the search box; the count says how many match in all.
pub const SEARCH_RESULTS: usize = 8;

/// The most events drawn around one place; the place's badge counts them all.
pub const MARKS_PER_PLACE: usize = 8;
/// The most events a frame reads for the marks around places (the frame path stays bounded at a
/// million events: places beyond it show their badge without marks).
pub const MARK_READ_BUDGET: usize = 600;

/// An event drawn at its place on the map, and where it stands at the cursor.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PlaceEventMark {
    /// The event.
    pub event: crate::model::EventIndex,
    /// Recent (emphasised) or older (quiet); events still to come have no mark.
    pub recency: Recency,
}

/// Whether a place's marks (newest first, from [`AtlasState::place_event_marks`]) begin with a
/// recent event: the place is then news.
pub fn leads_with_news(marks: &[PlaceEventMark]) -> bool {
    marks
        .first()
        .is_some_and(|m| matches!(m.recency, Recency::Recent { .. }))
}

/// A marker standing for several places: a click zooms in on it.
#[derive(Clone, Debug, PartialEq)]
pub struct ClusterMarker {
    /// One of its places, for a stable id.
    pub first: PlaceIndex,
    /// How many places it stands for.
    pub count: usize,
    /// Where it is drawn, in screen points.
    pub center: [f32; 2],
    /// Whether any of its places has had an event by the cursor.
    pub active: bool,
}

/// The places of a map view: drawn one by one, or gathered.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MapScene {
    /// Places drawn as their own markers, with their screen position.
    pub places: Vec<(PlaceIndex, [f32; 2])>,
    /// Markers that each stand for several places.
    pub clusters: Vec<ClusterMarker>,
}

impl AtlasState {
    /// The event the map's caption names, so that a still view says what is happening: the latest
    /// event (of those the filter passes) to have begun by the cursor, or before the first, the
    /// next one. O(log n).
    pub fn caption_event(&self) -> Option<(usize, CaptionTense)> {
        let d = self.dataset();
        let begun = self.filtered_started_by_cursor();
        match begun.checked_sub(1).and_then(|k| self.shown.nth_passing(k)) {
            Some(e) => {
                let tense = if self.cursor() < d.event_end(&d.events[e]) {
                    CaptionTense::UnderWay
                } else {
                    CaptionTense::Latest
                };
                Some((e, tense))
            }
            None => self.shown.nth_passing(0).map(|e| (e, CaptionTense::Next)),
        }
    }

    /// The markers of `view`, for places within `margin` points of the screen rectangle `clip`
    /// (min, max). Past [`CLUSTER_ABOVE`] places in view, all but the focus places and the
    /// selection are clustered: by the dataset's grid of cells where it has one for this zoom (a
    /// frame then reads cells, not places), else by screen cell.
    pub fn map_scene(&self, view: &MercatorView, clip: ([f32; 2], [f32; 2])) -> MapScene {
        let d = self.dataset();
        let inside = |p: [f32; 2]| {
            clip.0[0] <= p[0] && p[0] <= clip.1[0] && clip.0[1] <= p[1] && p[1] <= clip.1[1]
        };
        let screen = |p: PlaceIndex| {
            let position = d.places[p].position;
            view.to_screen(mercator(position.x(), position.y()))
        };
        let (min, max) = (view.to_mercator(clip.0), view.to_mercator(clip.1));
        let selected = self.selection().place;
        let alone = |p: PlaceIndex| d.places[p].focus || selected == Some(p);
        let zoom = (view.world_px / 256.0).log2();
        let mut scene = MapScene::default();
        let cells = (d.places.len() > CLUSTER_ABOVE)
            .then(|| d.place_cells_in(zoom, min, max))
            .flatten()
            .filter(|cells| cells.iter().map(|c| c.count as usize).sum::<usize>() > CLUSTER_ABOVE);
        if let Some(cells) = cells {
            let lone_selected = selected.filter(|&p| !d.places[p].focus);
            scene.places.extend(
                d.focus_places()
                    .iter()
                    .copied()
                    .chain(lone_selected)
                    .map(|p| (p, screen(p)))
                    .filter(|&(_, pos)| inside(pos)),
            );
            let cursor = self.cursor().as_second();
            for c in cells {
                let center = view.to_screen(c.centroid());
                let first = c.first as usize;
                match c.count {
                    _ if !inside(center) => {}
                    1 if alone(first) => {}
                    1 => scene.places.push((first, center)),
                    n => scene.clusters.push(ClusterMarker {
                        first,
                        count: n as usize,
                        center,
                        active: c.since <= cursor,
                    }),
                }
            }
            return scene;
        }
        let in_view: Vec<(PlaceIndex, [f32; 2])> = d
            .places_within(min, max)
            .into_iter()
            .map(|p| (p, screen(p)))
            .filter(|&(_, pos)| inside(pos))
            .collect();
        if in_view.len() <= CLUSTER_ABOVE {
            scene.places = in_view;
            return scene;
        }
        let (keep, rest): (Vec<_>, Vec<_>) = in_view.into_iter().partition(|&(p, _)| alone(p));
        scene.places = keep;
        for c in cluster(rest.into_iter(), CELL_PX as f32) {
            if let [only] = c.members[..] {
                scene.places.push((only, c.center));
            } else {
                scene.clusters.push(ClusterMarker {
                    first: c.members[0],
                    count: c.members.len(),
                    center: c.center,
                    active: c.members.iter().any(|&p| self.is_place_active(p)),
                });
            }
        }
        scene
    }

    /// The events to draw around `place`, newest first: at most [`MARKS_PER_PLACE`] of those the
    /// map shows (filter, and cursor or time window), each with its recency against the recent
    /// window. Reads at most `budget` events (taken from it), from a binary search over the place's
    /// time-sorted events: never a scan of them all.
    pub fn place_event_marks(&self, place: PlaceIndex, budget: &mut usize) -> Vec<PlaceEventMark> {
        let d = self.dataset();
        let events = d.events_at(place);
        let (until, window_mode) = match (self.time().mode(), self.time().window()) {
            (TimeMode::Window, Some((_, b))) => (b, true),
            _ => (self.cursor(), false),
        };
        let begun = events.partition_point(|&e| d.events[e].start.start <= until);
        let recent = self.settings().recent_window();
        let mut out = Vec::new();
        for &e in events[..begun].iter().rev() {
            if out.len() == MARKS_PER_PLACE || *budget == 0 {
                break;
            }
            *budget -= 1;
            if !self.is_event_shown(e) {
                continue;
            }
            // In a fixed time window, everything it holds is what the user asked to see.
            let recency = if window_mode {
                Recency::Recent { age: 0.0 }
            } else {
                recent.recency(d.events[e].start.start, self.cursor())
            };
            out.push(PlaceEventMark { event: e, recency });
        }
        out
    }

    /// The events the search lists under its box, in time order: the first
    /// `SEARCH_RESULTS` (8) that pass the filter while a search text matches; none without one.
    /// O(k log n) through the filter's prefix counts.
    pub fn search_results(&self) -> Vec<crate::model::EventIndex> {
        let shown = self.shown();
        if shown.filter().query.trim().is_empty() || shown.no_match() {
            return Vec::new();
        }
        (0..SEARCH_RESULTS)
            .map_while(|k| shown.nth_passing(k))
            .collect()
    }

    /// Whether the place had an event within the recent window before the cursor (of those the
    /// map shows): its marker is then drawn as news. O(log k) and a few reads.
    pub fn is_place_recent(&self, place: PlaceIndex) -> bool {
        let mut budget = MARKS_PER_PLACE;
        leads_with_news(&self.place_event_marks(place, &mut budget))
    }

    /// The histogram of the events in the map's view (as it was drawn last), in the timeline's
    /// visible range: O(events in that range).
    pub fn map_view_buckets(&self, resolution: Resolution) -> Vec<Bucket> {
        let d = self.dataset();
        let view = self.time().view();
        let visible = self.map().screen_view().visible();
        let tz = jiff::tz::TimeZone::fixed(d.offset);
        let in_view = d.candidates_overlapping(view.start, view.end).filter(|&i| {
            visits::record(1);
            let e = &d.events[i];
            self.shown().passes(i)
                && e.place.is_some_and(|p| {
                    let pos = d.places[p].position;
                    let m = mercator(pos.x(), pos.y());
                    visible.min[0] <= m[0]
                        && m[0] <= visible.max[0]
                        && visible.min[1] <= m[1]
                        && m[1] <= visible.max[1]
                })
        });
        count_buckets(in_view.map(|i| d.events[i].start.start), resolution, &tz)
    }

    /// How many events the map shows now: those that pass the filter and have happened, or, in
    /// window mode, those that overlap the window.
    pub fn shown_now_count(&self) -> usize {
        match (self.time().mode(), self.time().window()) {
            (TimeMode::Window, Some((a, b))) => self
                .dataset()
                .candidates_overlapping(a, b)
                .filter(|&e| self.is_event_shown(e))
                .count(),
            _ => self.filtered_started_by_cursor(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{app::Intent, app::apply, io::builtin_dataset, model::Precision};

    #[test]
    fn a_small_dataset_draws_every_place_in_view_and_no_cluster() {
        let s = AtlasState::new(builtin_dataset(), "test".into());
        let z = s.dataset().place_by_id("zhanaozen").unwrap();
        let p = s.dataset().places[z].position;
        let view = MercatorView::new(mercator(p.x(), p.y()), 7.0, [500.0, 400.0], [500.0, 400.0]);
        let scene = s.map_scene(&view, ([0.0, 0.0], [1000.0, 800.0]));
        assert!(scene.clusters.is_empty());
        assert!(scene.places.iter().any(|&(q, _)| q == z));
    }

    #[test]
    fn each_voice_keeps_its_latest_figure_by_the_cursor() {
        let mut s = AtlasState::new(builtin_dataset(), "test".into());
        let end_of_2011 = "2011-12-31T23:00+05:00".parse::<jiff::Timestamp>().unwrap();
        let _ = apply(&mut s, Intent::SetCursor(end_of_2011));
        let voices = s.dataset().latest_claims("death toll", s.cursor());
        let kinds: std::collections::BTreeSet<_> = voices.iter().map(|c| c.claimant).collect();
        assert!(kinds.len() >= 4, "{kinds:?}");
        for c in &voices {
            assert!(c.as_of.is_some_and(|m| m.start <= end_of_2011), "{}", c.id);
            let same = |o: &&&crate::model::Claim| {
                o.claimant_name == c.claimant_name && o.claimant == c.claimant
            };
            assert_eq!(voices.iter().filter(same).count(), 1, "one row per voice");
        }
        // A claim dated only "December 2011" is not shown on 17 December: it may come later.
        let mid_december = "2011-12-17T06:00+05:00".parse::<jiff::Timestamp>().unwrap();
        let _ = apply(&mut s, Intent::SetCursor(mid_december));
        assert!(
            s.dataset()
                .latest_claims("death toll", s.cursor())
                .iter()
                .all(|c| c.as_of.is_some_and(|m| m.precision >= Precision::Day))
        );
    }

    #[test]
    fn the_window_count_counts_what_overlaps_the_window() {
        let mut s = AtlasState::new(builtin_dataset(), "test".into());
        let all = s.shown_now_count();
        assert_eq!(
            all,
            s.dataset().events.len(),
            "at the end, everything has happened"
        );
        let day = (
            "2011-12-16T00:00+05:00".parse::<jiff::Timestamp>().unwrap(),
            "2011-12-17T00:00+05:00".parse::<jiff::Timestamp>().unwrap(),
        );
        let _ = apply(&mut s, Intent::SetWindow(Some(day)));
        let n = s.shown_now_count();
        assert!(n > 0 && n < all, "{n}");
    }

    #[test]
    fn the_caption_names_the_latest_event_and_says_whether_it_is_under_way() {
        let mut s = AtlasState::new(crate::io::builtin_dataset(), "test".into());
        let d = s.dataset().clone();
        let clashes = d.event_by_id("zhanaozen-clashes").unwrap();
        let _ = crate::app::apply(
            &mut s,
            crate::app::Intent::SetCursor("2011-12-16T09:00:00Z".parse().unwrap()),
        );
        let (e, tense) = s.caption_event().unwrap();
        assert_eq!(
            d.events[e].start, d.events[clashes].start,
            "an event of 16 December"
        );
        assert_eq!(tense, CaptionTense::UnderWay);
        let _ = crate::app::apply(&mut s, crate::app::Intent::CursorToStart);
        let (e, _) = s.caption_event().unwrap();
        assert_eq!(
            d.events[e].start, d.events[0].start,
            "one of the first events"
        );
        let _ = crate::app::apply(
            &mut s,
            crate::app::Intent::SetCursor("2011-12-18T00:00:00Z".parse().unwrap()),
        );
        let (e, _) = s.caption_event().unwrap();
        assert!(d.events[e].start.start <= s.cursor());
        assert!(
            d.events
                .get(e + 1)
                .is_none_or(|n| n.start.start > s.cursor())
        );
    }

    #[test]
    fn a_place_draws_its_shown_events_by_recency_and_never_those_to_come() {
        let mut s = AtlasState::new(crate::io::builtin_dataset(), "test".into());
        let d = s.dataset().clone();
        let zhanaozen = d.place_by_id("zhanaozen").unwrap();
        let clashes = d.event_by_id("zhanaozen-clashes").unwrap();
        let marks_at = |s: &mut AtlasState, t: &str| {
            let _ = apply(s, Intent::SetCursor(t.parse().unwrap()));
            let mut budget = MARK_READ_BUDGET;
            s.place_event_marks(zhanaozen, &mut budget)
        };
        let before = marks_at(&mut s, "2011-12-15T12:00:00Z");
        assert!(
            before.iter().all(|m| m.event != clashes),
            "not before it began"
        );
        assert!(
            before
                .iter()
                .all(|m| d.events[m.event].start.start <= s.cursor())
        );
        let during = marks_at(&mut s, "2011-12-16T12:00:00Z");
        let mark = during.iter().find(|m| m.event == clashes).unwrap();
        assert!(matches!(mark.recency, Recency::Recent { age } if age < 0.2));
        assert!(s.is_place_recent(zhanaozen));
        // Newest first, and no more than the cap.
        assert!(during.len() <= MARKS_PER_PLACE);
        assert!(during.windows(2).all(|w| w[0].event > w[1].event));
        // Half a year on, with a week's window, the December events are older news.
        let later = marks_at(&mut s, "2012-06-15T00:00:00Z");
        let mark = later.iter().find(|m| m.event == clashes);
        assert!(mark.is_none_or(|m| m.recency == Recency::Older));
        let _ = apply(
            &mut s,
            Intent::SetRecentWindow(crate::timeline::RecentWindow::Everything),
        );
        let all = marks_at(&mut s, "2012-06-15T00:00:00Z");
        assert!(
            all.iter()
                .all(|m| matches!(m.recency, Recency::Recent { .. }))
        );
        // The budget bounds the reads.
        let mut budget = 2;
        let _ = s.place_event_marks(zhanaozen, &mut budget);
        assert_eq!(budget, 0);
    }
}
