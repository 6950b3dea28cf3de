//! Label placement without overlap: candidates in priority order each take the first free spot
//! beside their point (right, left, above, below); a label with no free spot gives way.

use egui::{Pos2, Rect, Vec2, vec2};

/// A label that wants to stand beside `anchor`.
#[derive(Clone, Copy, Debug)]
pub struct LabelCandidate {
    pub anchor: Pos2,
    pub size: Vec2,
    /// Distance from the anchor to the label's nearest edge (the marker's radius and a gap).
    pub offset: f32,
}

/// Where each candidate's label goes (same order), or `None` where it gives way. Labels avoid
/// `obstacles` (markers, the route's label) and each other.
pub fn place_labels(candidates: &[LabelCandidate], obstacles: &[Rect]) -> Vec<Option<Rect>> {
    let mut taken: Vec<Rect> = obstacles.to_vec();
    candidates
        .iter()
        .map(|c| {
            let spots = [
                Rect::from_min_size(c.anchor + vec2(c.offset, -c.size.y / 2.0), c.size),
                Rect::from_min_size(c.anchor + vec2(-c.offset - c.size.x, -c.size.y / 2.0), c.size),
                Rect::from_min_size(c.anchor + vec2(-c.size.x / 2.0, -c.offset - c.size.y), c.size),
                Rect::from_min_size(c.anchor + vec2(-c.size.x / 2.0, c.offset), c.size),
            ];
            let free = spots.into_iter().find(|s| !taken.iter().any(|t| t.intersects(*s)));
            taken.extend(free);
            free
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use egui::pos2;

    fn candidate(x: f32, y: f32) -> LabelCandidate {
        LabelCandidate { anchor: pos2(x, y), size: vec2(60.0, 14.0), offset: 6.0 }
    }

    #[test]
    fn crowded_labels_give_way_by_priority_and_never_overlap() {
        // Ten labels on nearly the same point: a few find a side, the rest give way.
        let candidates: Vec<_> = (0..10).map(|i| candidate(100.0 + i as f32, 100.0)).collect();
        let placed = place_labels(&candidates, &[]);
        assert!(placed[0].is_some(), "the first has priority");
        let rects: Vec<Rect> = placed.iter().flatten().copied().collect();
        assert!(rects.len() < 10);
        for (i, a) in rects.iter().enumerate() {
            for b in &rects[i + 1..] {
                assert!(!a.intersects(*b), "{a:?} overlaps {b:?}");
            }
        }
    }

    #[test]
    fn a_label_moves_to_the_left_of_an_obstacle() {
        let obstacle = Rect::from_min_size(pos2(105.0, 90.0), vec2(100.0, 20.0));
        let placed = place_labels(&[candidate(100.0, 100.0)], &[obstacle]);
        assert!(placed[0].unwrap().max.x <= 100.0);
    }
}
