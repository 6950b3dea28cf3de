//! Time control: the cursor, the part of time the timeline shows, the time window and playback.
//! Every change goes through a method that keeps the cursor inside the dataset's span and the view
//! inside its limits, and says whether it changed anything.

use jiff::Timestamp;

use super::changed::{Changed, set};
use crate::{
    geometry::ease_in_out,
    timeline::{Playback, Speed, TimeView},
};

/// Room left around the dataset's span when the timeline shows all of it, and when zooming out.
pub const TIME_VIEW_PAD: f64 = 0.015;
/// Room the timeline may be zoomed or panned out to beyond the dataset's span.
const TIME_LIMIT_PAD: f64 = 0.08;
/// How long the timeline takes to glide to a tour step's range, in seconds.
const GLIDE_SECONDS: f64 = 0.6;

/// The timeline's view on its way to a tour step's range: where it set out from, where it goes,
/// and the seconds gone by.
#[derive(Clone, Copy, Debug, PartialEq)]
struct Glide {
    from: TimeView,
    to: TimeView,
    elapsed: f64,
}

impl Glide {
    /// The view part way: the width changes geometrically with the eased progress (so two years
    /// to two days neither crawls nor leaps at the end) while the centre moves across.
    fn view(&self) -> TimeView {
        let t = ease_in_out(self.elapsed / GLIDE_SECONDS);
        let (w0, w1) = (
            self.from.seconds().max(1) as f64,
            self.to.seconds().max(1) as f64,
        );
        let width = w0 * (w1 / w0).powf(t);
        let mid = |v: TimeView| (v.start.as_second() as f64 + v.end.as_second() as f64) / 2.0;
        let center = mid(self.from) + (mid(self.to) - mid(self.from)) * t;
        let at = |s: f64| Timestamp::from_second(s.round() as i64).unwrap_or(self.to.start);
        TimeView {
            start: at(center - width / 2.0),
            end: at(center + width / 2.0),
        }
    }
}

/// What the map shows of time.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum TimeMode {
    /// Everything that has happened by the cursor.
    #[default]
    Cumulative,
    /// Only what happens inside the time window.
    Window,
}

/// The cursor and everything that moves it, for one dataset's span.
#[derive(Clone, Debug, PartialEq)]
pub struct TimeControl {
    /// The dataset's first and last instants: the cursor stays between them.
    span: (Timestamp, Timestamp),
    /// The instant the map shows: what has happened by then is active.
    cursor: Timestamp,
    /// The part of time the timeline shows.
    view: TimeView,
    /// A time window chosen by Shift-drag on the axis, earlier end first.
    window: Option<(Timestamp, Timestamp)>,
    /// Whether the map shows everything up to the cursor or only the window.
    mode: TimeMode,
    playback: Playback,
    /// A glide of the view under way (a tour step's range): `view` is where it is now.
    glide: Option<Glide>,
}

impl TimeControl {
    /// The cursor at the end of `span` (everything shown), the timeline showing all of it.
    pub fn new(span: (Timestamp, Timestamp)) -> Self {
        Self {
            span,
            cursor: span.1,
            view: TimeView::fit(span.0, span.1, TIME_VIEW_PAD),
            window: None,
            mode: TimeMode::Cumulative,
            playback: Playback::default(),
            glide: None,
        }
    }

    /// The instant the map shows.
    pub fn cursor(&self) -> Timestamp {
        self.cursor
    }

    /// The dataset's first and last instants.
    pub fn span(&self) -> (Timestamp, Timestamp) {
        self.span
    }

    /// The part of time the timeline shows.
    pub fn view(&self) -> TimeView {
        self.view
    }

    /// The time window, earlier end first, if one is set.
    pub fn window(&self) -> Option<(Timestamp, Timestamp)> {
        self.window
    }

    /// Whether the map shows everything up to the cursor or only the window.
    pub fn mode(&self) -> TimeMode {
        self.mode
    }

    /// Whether playback is on, and its speed and options.
    pub fn playback(&self) -> &Playback {
        &self.playback
    }

    /// The limits of timeline zoom and pan: the dataset's span with room on both sides.
    pub fn limits(&self) -> TimeView {
        TimeView::fit(self.span.0, self.span.1, TIME_LIMIT_PAD)
    }

    /// Moves the cursor, clamped to the span, and keeps it on screen: a cursor moved out of the
    /// timeline's view (by a key, the next event, playback, the tour) takes the view with it.
    pub fn set_cursor(&mut self, t: Timestamp) -> Changed {
        set(&mut self.cursor, t.clamp(self.span.0, self.span.1)) | self.show_cursor()
    }

    /// Every change of the view but a glide's own steps: it ends a glide under way.
    fn set_view(&mut self, view: TimeView) -> Changed {
        self.glide = None;
        set(&mut self.view, view)
    }

    /// Turns the jump from `before` to the view now into a glide: the view goes back to `before`
    /// and travels to where it was set.
    pub fn glide_from(&mut self, before: TimeView) -> Changed {
        if before == self.view {
            return Changed::No;
        }
        self.glide = Some(Glide {
            from: before,
            to: self.view,
            elapsed: 0.0,
        });
        self.view = before;
        Changed::Yes
    }

    /// Whether the view is gliding.
    pub fn gliding(&self) -> bool {
        self.glide.is_some()
    }

    /// Moves a glide under way on by `dt` seconds; it ends exactly where it was going.
    pub fn advance_glide(&mut self, dt: f64) -> Changed {
        let Some(glide) = self.glide.as_mut() else {
            return Changed::No;
        };
        glide.elapsed += dt.max(0.0);
        if glide.elapsed >= GLIDE_SECONDS {
            let to = glide.to;
            self.glide = None;
            return set(&mut self.view, to);
        }
        let view = glide.view();
        set(&mut self.view, view)
    }

    /// Moves the cursor by whole days.
    pub fn step_days(&mut self, days: i64) -> Changed {
        let t =
            Timestamp::from_second(self.cursor.as_second() + days * 86_400).unwrap_or(self.cursor);
        self.set_cursor(t)
    }

    /// Zooms the time axis by `factor` (< 1 zooms in) around `anchor`.
    pub fn zoom(&mut self, anchor: Timestamp, factor: f64) -> Changed {
        let view = self.view.zoom_around(anchor, factor, &self.limits());
        self.set_view(view)
    }

    /// Pans the time axis by so many seconds (positive: later).
    pub fn pan(&mut self, seconds: i64) -> Changed {
        let view = self.view.pan(seconds, &self.limits());
        self.set_view(view)
    }

    /// Shows this range on the time axis (within the limits); a cursor outside it moves to its
    /// start, so that what the map shows is what the timeline frames.
    pub fn show(&mut self, a: Timestamp, b: Timestamp) -> Changed {
        self.show_padded(a, b, TIME_VIEW_PAD)
    }

    /// [`Self::show`] without the margin on either side: the range exactly, as `--span` asks.
    pub fn show_exactly(&mut self, a: Timestamp, b: Timestamp) -> Changed {
        self.show_padded(a, b, 0.0)
    }

    fn show_padded(&mut self, a: Timestamp, b: Timestamp, pad: f64) -> Changed {
        let view = TimeView::fit(a, b, pad).zoom_around(a, 1.0, &self.limits());
        let mut changed = self.set_view(view);
        if !(a.min(b)..=a.max(b)).contains(&self.cursor) {
            changed |= set(&mut self.cursor, a.min(b).clamp(self.span.0, self.span.1));
        }
        changed
    }

    /// Pans the view, keeping its zoom, so that a cursor out of view is a quarter of the way in
    /// from the side it left by.
    pub fn show_cursor(&mut self) -> Changed {
        if self.view.contains(self.cursor) {
            return Changed::No;
        }
        let quarter = self.view.seconds() / 4;
        let seconds = if self.cursor > self.view.end {
            self.cursor.as_second() - self.view.end.as_second() + quarter
        } else {
            self.cursor.as_second() - self.view.start.as_second() - quarter
        };
        let view = self.view.pan(seconds, &self.limits());
        self.set_view(view)
    }

    /// Sets or clears the time window; the map then shows the window, or everything up to the
    /// cursor.
    pub fn set_window(&mut self, window: Option<(Timestamp, Timestamp)>) -> Changed {
        let window = window.map(|(a, b)| (a.min(b), a.max(b)));
        let mode = if window.is_some() {
            TimeMode::Window
        } else {
            TimeMode::Cumulative
        };
        set(&mut self.window, window) | set(&mut self.mode, mode)
    }

    /// Shows everything up to the cursor, or only the time window.
    pub fn set_mode(&mut self, mode: TimeMode) -> Changed {
        set(&mut self.mode, mode)
    }

    /// Starts or stops playback; playing from the end starts again from the beginning.
    pub fn toggle_play(&mut self) -> Changed {
        if !self.playback.playing && self.cursor >= self.span.1 {
            self.cursor = self.span.0;
        }
        self.playback.playing = !self.playback.playing;
        Changed::Yes
    }

    /// Sets how much historical time passes per second of playback.
    pub fn set_speed(&mut self, speed: Speed) -> Changed {
        set(&mut self.playback.speed, speed)
    }

    /// Sets whether playback starts again from the beginning on reaching the end.
    pub fn set_looping(&mut self, on: bool) -> Changed {
        set(&mut self.playback.looping, on)
    }

    /// Sets whether playback jumps over stretches with no events.
    pub fn set_skip_quiet(&mut self, on: bool) -> Changed {
        set(&mut self.playback.skip_quiet, on)
    }

    /// Playback: `dt` seconds of wall time have passed; `next_event` is the start of the first
    /// event after the cursor. The timeline scrolls to keep the cursor in view.
    pub fn advance(&mut self, dt: f64, next_event: Option<Timestamp>) -> Changed {
        if !self.playback.playing {
            return Changed::No;
        }
        let (cursor, playing) = self
            .playback
            .advance(self.cursor, dt, next_event, self.span);
        let changed = set(&mut self.cursor, cursor) | set(&mut self.playback.playing, playing);
        if self.view.contains(cursor) {
            return changed;
        }
        let len = self.view.seconds();
        let start = Timestamp::from_second(cursor.as_second() - len / 10).unwrap_or(cursor);
        let end = Timestamp::from_second(start.as_second() + len).unwrap_or(cursor);
        let view = TimeView { start, end }.zoom_around(start, 1.0, &self.limits());
        changed | self.set_view(view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ts(s: &str) -> Timestamp {
        s.parse().unwrap()
    }

    fn control() -> TimeControl {
        TimeControl::new((ts("2011-05-01T00:00Z"), ts("2011-12-31T00:00Z")))
    }

    #[test]
    fn the_cursor_stays_in_the_span_and_reports_changes() {
        let mut t = control();
        assert_eq!(t.cursor(), t.span().1);
        assert_eq!(t.set_cursor(Timestamp::UNIX_EPOCH), Changed::Yes);
        assert_eq!(t.cursor(), t.span().0);
        assert_eq!(t.set_cursor(Timestamp::UNIX_EPOCH), Changed::No);
        assert_eq!(t.step_days(1), Changed::Yes);
        assert_eq!(t.cursor(), ts("2011-05-02T00:00Z"));
    }

    #[test]
    fn a_glide_travels_from_the_old_view_to_the_new_and_a_user_move_ends_it() {
        let mut t = control();
        let before = t.view();
        let _ = t.show_exactly(ts("2011-12-15T19:00Z"), ts("2011-12-17T19:00Z"));
        let target = t.view();
        assert_eq!(t.glide_from(before), Changed::Yes);
        assert_eq!(t.view(), before, "it sets out from where it was");
        assert!(t.gliding());
        let _ = t.advance_glide(GLIDE_SECONDS / 2.0);
        let mid = t.view();
        // Half way in time, the width half way in its logarithm: between the two, not at either.
        assert!(mid.seconds() < before.seconds() && mid.seconds() > target.seconds());
        let ratio = (before.seconds() as f64 / mid.seconds() as f64).ln()
            / (before.seconds() as f64 / target.seconds() as f64).ln();
        assert!((ratio - 0.5).abs() < 0.01, "{ratio}");
        let _ = t.advance_glide(GLIDE_SECONDS);
        assert_eq!(t.view(), target, "it lands exactly");
        assert!(!t.gliding());
        assert_eq!(t.advance_glide(0.1), Changed::No);
        // Zooming by hand while it glides stops it where it is.
        let _ = t.glide_from(before);
        let _ = t.advance_glide(0.1);
        let _ = t.zoom(t.cursor(), 0.5);
        assert!(!t.gliding());
    }

    #[test]
    fn a_window_switches_the_mode_and_is_ordered() {
        let mut t = control();
        let (a, b) = (ts("2011-12-17T00:00Z"), ts("2011-12-16T00:00Z"));
        assert_eq!(t.set_window(Some((a, b))), Changed::Yes);
        assert_eq!(t.window(), Some((b, a)));
        assert_eq!(t.mode(), TimeMode::Window);
        assert_eq!(t.set_window(None), Changed::Yes);
        assert_eq!(t.mode(), TimeMode::Cumulative);
    }

    #[test]
    fn playback_keeps_the_cursor_in_view() {
        let mut t = control();
        let _ = t.set_cursor(t.span().0);
        let _ = t.show(ts("2011-05-01T00:00Z"), ts("2011-05-03T00:00Z"));
        let _ = t.toggle_play();
        for _ in 0..20 {
            let _ = t.advance(0.25, None);
        }
        assert!(t.view().contains(t.cursor()));
        assert_eq!(t.advance(0.0, None), Changed::No, "dt 0 moves nothing");
    }

    #[test]
    fn a_cursor_moved_out_of_view_takes_the_view_with_it_and_presets_bring_the_cursor() {
        let mut t = control();
        let _ = t.show(ts("2011-06-01T00:00Z"), ts("2011-06-03T00:00Z"));
        assert!(
            t.view().contains(t.cursor()),
            "the preset moved the cursor into its range"
        );
        assert_eq!(t.cursor(), ts("2011-06-01T00:00Z"));
        let length = t.view().seconds();
        let _ = t.set_cursor(ts("2011-09-10T00:00Z"));
        assert!(t.view().contains(ts("2011-09-10T00:00Z")));
        assert_eq!(t.view().seconds(), length, "the zoom is kept");
        let _ = t.step_days(-30);
        assert!(t.view().contains(t.cursor()));
        // A cursor inside the view leaves it alone.
        let view = t.view();
        let _ = t.set_cursor(view.start);
        assert_eq!(t.view(), view);
    }
}
