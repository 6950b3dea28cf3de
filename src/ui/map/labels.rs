//! Label placement without overlap: candidates in priority order each take the first free spot
//! beside their point (right, left, above, below); a label with no free spot gives way.

use std::sync::Arc;

use egui::{Align2, Color32, Galley, Painter, Pos2, Rect, Stroke, StrokeKind, Vec2, vec2};

use crate::ui::theme;

/// How a label is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LabelStyle {
    /// A place of the dataset: text on a light halo.
    Place,
    /// A town of the basemap: its dot is drawn only when its label has room.
    Town,
    /// A route's box of lines, tied to the route by a leader line.
    Route,
}

/// A label waiting for a spot: its lines, already laid out, and the point it belongs to.
pub struct MapLabel {
    /// The point the label belongs to.
    pub anchor: Pos2,
    /// See [`LabelCandidate::offset`].
    pub offset: f32,
    /// Its lines of text, top to bottom.
    pub lines: Vec<Arc<Galley>>,
    /// How it is drawn.
    pub style: LabelStyle,
    /// See [`LabelCandidate::rings`].
    pub rings: u8,
}

impl MapLabel {
    fn size(&self) -> Vec2 {
        let w = self.lines.iter().map(|g| g.size().x).fold(0.0, f32::max);
        let h: f32 = self.lines.iter().map(|g| g.size().y).sum();
        match self.style {
            LabelStyle::Route => vec2(w + 12.0, h + 8.0),
            _ => vec2(w + 4.0, h),
        }
    }
}

/// Places and paints `labels`, earlier ones first, around the `obstacles` (markers).
pub fn paint(painter: &Painter, labels: Vec<MapLabel>, obstacles: &[Rect]) {
    let candidates: Vec<LabelCandidate> = labels
        .iter()
        .map(|l| LabelCandidate {
            anchor: l.anchor,
            size: l.size(),
            offset: l.offset,
            rings: l.rings,
        })
        .collect();
    for (label, spot) in
        labels
            .into_iter()
            .zip(place_labels(&candidates, obstacles, painter.clip_rect()))
    {
        let Some(rect) = spot else { continue };
        match label.style {
            LabelStyle::Route => {
                painter.line_segment(
                    [label.anchor, rect.center()],
                    Stroke::new(1.0, theme::ROUTE),
                );
                painter.rect(
                    rect,
                    4.0,
                    Color32::from_white_alpha(240),
                    Stroke::new(1.0, theme::ROUTE),
                    StrokeKind::Inside,
                );
            }
            LabelStyle::Town => {
                painter.circle_filled(label.anchor, 2.2, theme::TOWN);
                painter.rect_filled(rect, 3.0, theme::LABEL_HALO);
            }
            LabelStyle::Place => {
                painter.rect_filled(rect, 3.0, theme::LABEL_HALO);
            }
        }
        let inset = if label.style == LabelStyle::Route {
            vec2(6.0, 4.0)
        } else {
            vec2(2.0, 0.0)
        };
        let mut pos = Align2::LEFT_TOP
            .anchor_size(rect.min + inset, Vec2::ZERO)
            .min;
        for g in label.lines {
            let h = g.size().y;
            painter.galley(pos, g, theme::LABEL);
            pos.y += h;
        }
    }
}

/// A label that wants to stand beside `anchor`.
#[derive(Clone, Copy, Debug)]
pub struct LabelCandidate {
    /// The point the label belongs to.
    pub anchor: Pos2,
    /// The label's size.
    pub size: Vec2,
    /// Distance from the anchor to the label's nearest edge (the marker's radius and a gap).
    pub offset: f32,
    /// How many times to try again at 2, 3, … times the offset when the near spots are taken.
    pub rings: u8,
}

/// Where each candidate's label goes (same order), or `None` where it gives way. Labels avoid
/// `obstacles` (markers, the route's label) and each other, and stay whole inside `bounds`.
pub fn place_labels(
    candidates: &[LabelCandidate],
    obstacles: &[Rect],
    bounds: Rect,
) -> Vec<Option<Rect>> {
    let mut taken: Vec<Rect> = obstacles.to_vec();
    candidates
        .iter()
        .map(|c| {
            let spots = (1..=c.rings.max(1)).flat_map(|ring| {
                let offset = c.offset * ring as f32;
                [
                    Rect::from_min_size(c.anchor + vec2(offset, -c.size.y / 2.0), c.size),
                    Rect::from_min_size(
                        c.anchor + vec2(-offset - c.size.x, -c.size.y / 2.0),
                        c.size,
                    ),
                    Rect::from_min_size(
                        c.anchor + vec2(-c.size.x / 2.0, -offset - c.size.y),
                        c.size,
                    ),
                    Rect::from_min_size(c.anchor + vec2(-c.size.x / 2.0, offset), c.size),
                ]
            });
            let mut free = None;
            for spot in spots {
                // Whole on the map, or not at all: a label cut by the map's edge reads wrong.
                if bounds.contains_rect(spot) && !taken.iter().any(|t| t.intersects(spot)) {
                    free = Some(spot);
                    break;
                }
            }
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
        LabelCandidate {
            anchor: pos2(x, y),
            size: vec2(60.0, 14.0),
            offset: 6.0,
            rings: 1,
        }
    }

    #[test]
    fn crowded_labels_give_way_by_priority_and_never_overlap() {
        // Ten labels on nearly the same point: a few find a side, the rest give way.
        let candidates: Vec<_> = (0..10)
            .map(|i| candidate(100.0 + i as f32, 100.0))
            .collect();
        let placed = place_labels(&candidates, &[], Rect::EVERYTHING);
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
    fn a_label_with_rings_moves_further_out_when_crowded() {
        let near = [Rect::from_center_size(
            pos2(100.0, 100.0),
            vec2(200.0, 60.0),
        )];
        let mut c = candidate(100.0, 100.0);
        assert_eq!(place_labels(&[c], &near, Rect::EVERYTHING)[0], None);
        c.rings = 10;
        let spot =
            place_labels(&[c], &near, Rect::EVERYTHING)[0].expect("found a spot further out");
        assert!(!spot.intersects(near[0]));
    }

    #[test]
    fn a_label_moves_to_the_left_of_an_obstacle() {
        let obstacle = Rect::from_min_size(pos2(105.0, 90.0), vec2(100.0, 20.0));
        let placed = place_labels(&[candidate(100.0, 100.0)], &[obstacle], Rect::EVERYTHING);
        assert!(placed[0].unwrap().max.x <= 100.0);
    }

    #[test]
    fn a_label_that_would_cross_the_map_edge_goes_to_the_other_side() {
        let bounds = Rect::from_min_max(pos2(0.0, 0.0), pos2(120.0, 200.0));
        let placed = place_labels(&[candidate(100.0, 100.0)], &[], bounds);
        let spot = placed[0].expect("a spot on the map");
        assert!(bounds.contains_rect(spot));
        assert!(spot.max.x <= 100.0, "to the left of its point: {spot:?}");
    }
}
