//! Which marks of the timeline carry their event's title, and where: inside a bar when it fits,
//! else just right of the mark when no other mark holds that room in its lane, else cut to the bar
//! with an ellipsis when the bar is wide enough to say something. A label only ever takes room
//! right of its own mark and before the next mark of its lane, so labels never compete for room
//! and none covers a mark or another label; where a lane is crowded, zooming in makes the room.

use super::EventMark;

/// Room left between a label and what is beside it, in pixels.
pub const LABEL_PAD: f32 = 4.0;
/// The narrowest bar a cut title is drawn in: narrower ones say nothing readable.
pub const MIN_CUT_WIDTH: f32 = 48.0;

/// Where a mark's title goes.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum LabelPlace {
    /// Inside the bar, whole.
    Inside,
    /// Right of the mark, from this x.
    Beside(f32),
    /// Inside the bar, cut to its width.
    Cut,
}

/// One mark's label.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MarkLabel {
    /// The mark's index in the layout's marks.
    pub mark: usize,
    /// Where its title goes.
    pub place: LabelPlace,
}

/// Places the titles of `marks`, whose titles are `widths[i]` pixels wide, in a strip ending at
/// `right`.
pub fn place_labels(marks: &[EventMark], widths: &[f32], right: f32) -> Vec<MarkLabel> {
    let lanes = marks.iter().map(|m| m.lane + 1).max().unwrap_or(0);
    // What is taken in each lane: the marks themselves, then the labels placed beside them.
    let mut taken: Vec<Vec<(f32, f32)>> = vec![Vec::new(); lanes];
    for m in marks {
        taken[m.lane].push((m.x_start, m.x_end));
    }
    let mut out = Vec::new();
    for i in 0..marks.len() {
        let m = &marks[i];
        let width = widths[i];
        let bar = m.x_end - m.x_start;
        if width + 2.0 * LABEL_PAD <= bar {
            out.push(MarkLabel {
                mark: i,
                place: LabelPlace::Inside,
            });
            continue;
        }
        let (a, b) = (m.x_end + LABEL_PAD, m.x_end + LABEL_PAD + width);
        let free = b <= right
            && taken[m.lane]
                .iter()
                .all(|&(x0, x1)| b + LABEL_PAD <= x0 || x1 + LABEL_PAD <= a);
        if free {
            taken[m.lane].push((a, b));
            out.push(MarkLabel {
                mark: i,
                place: LabelPlace::Beside(a),
            });
        } else if bar >= MIN_CUT_WIDTH {
            out.push(MarkLabel {
                mark: i,
                place: LabelPlace::Cut,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(lane: usize, x_start: f32, x_end: f32) -> EventMark {
        EventMark {
            event: 0,
            x_start,
            x_end,
            lane,
            is_span: x_end - x_start > 6.0,
        }
    }

    #[test]
    fn titles_go_inside_beside_or_cut_and_never_overlap() {
        let marks = [
            mark(0, 0.0, 300.0),   // a wide bar: its title inside
            mark(0, 310.0, 316.0), // an instant with room to its right
            mark(0, 420.0, 426.0), // an instant whose right is taken by the next mark
            mark(0, 440.0, 500.0), // a bar too short for its title, and its right taken
            mark(0, 505.0, 900.0),
        ];
        let widths = [100.0, 90.0, 90.0, 120.0, 50.0];
        let labels = place_labels(&marks, &widths, 1000.0);
        let at = |i: usize| labels.iter().find(|l| l.mark == i).map(|l| l.place);
        assert_eq!(at(0), Some(LabelPlace::Inside));
        assert_eq!(at(1), Some(LabelPlace::Beside(320.0)));
        assert_eq!(at(2), None);
        assert_eq!(at(3), Some(LabelPlace::Cut));
        assert_eq!(at(4), Some(LabelPlace::Inside));
    }

    #[test]
    fn no_label_covers_another_mark_or_label_or_passes_the_edge() {
        let marks = [
            mark(0, 0.0, 6.0),
            mark(0, 40.0, 46.0),
            mark(1, 0.0, 6.0),
            mark(0, 930.0, 936.0),
        ];
        let widths = [100.0; 4];
        let labels = place_labels(&marks, &widths, 1000.0);
        let placed: Vec<usize> = labels.iter().map(|l| l.mark).collect();
        // The first's title would cover the second mark; the last's would pass the edge.
        assert_eq!(placed, [1, 2]);
    }
}
