//! Colours shared by the map, the timeline and the panels, so a category looks the same everywhere.

use egui::Color32;

use crate::basemap::AreaRole;

/// Outside the basemap's box: neither land nor sea is known there.
pub const NO_DATA: Color32 = Color32::from_rgb(0xe9, 0xe7, 0xe2);
/// The sea and lakes.
pub const SEA: Color32 = Color32::from_rgb(0xb9, 0xd3, 0xe6);
/// The coastline.
pub const COASTLINE: Color32 = Color32::from_rgb(0x6c, 0x93, 0xb3);
/// The outline of the Mangystau Region.
pub const FOCUS_REGION_OUTLINE: Color32 = Color32::from_rgb(0x8a, 0x3b, 0x12);
/// The outlines of Kazakhstan's other regions.
pub const REGION_OUTLINE: Color32 = Color32::from_rgb(0xb8, 0xae, 0x9c);
/// Kazakhstan's border.
pub const KZ_BORDER: Color32 = Color32::from_rgb(0x8c, 0x80, 0x8c);
/// Other countries' borders.
pub const OTHER_BORDER: Color32 = Color32::from_rgb(0xb0, 0xa8, 0xb0);
/// A town of the basemap, and a place without events.
pub const TOWN: Color32 = Color32::from_rgb(0x55, 0x55, 0x55);
/// Label text on the map.
pub const LABEL: Color32 = Color32::from_rgb(0x22, 0x22, 0x22);
/// The light halo behind a label.
pub const LABEL_HALO: Color32 = Color32::from_rgba_premultiplied(0xf4, 0xf1, 0xea, 0xd0);
/// A place with an event in the recent window before the cursor: news.
pub const RECENT_PLACE: Color32 = Color32::from_rgb(0xc0, 0x1f, 0x1f);
/// A place whose events are older than the recent window.
pub const ACTIVE_PLACE: Color32 = Color32::from_rgb(0xb0, 0x7a, 0x50);
/// A place whose events have not happened yet.
pub const FADED_PLACE: Color32 = Color32::from_rgb(0xa8, 0xa0, 0x98);
/// What the user has selected.
pub const SELECTION: Color32 = Color32::from_rgb(0x1f, 0x5f, 0xd0);
/// A route and its label.
pub const ROUTE: Color32 = Color32::from_rgb(0x7a, 0x1f, 0x8f);
/// The timeline's cursor and time window.
pub const CURSOR: Color32 = Color32::from_rgb(0x1f, 0x5f, 0xd0);
/// Disputed facts, claims and warnings.
pub const DISPUTED: Color32 = Color32::from_rgb(0x9a, 0x5b, 0x00);
/// The outline of the region under the pointer.
pub const HOVER_OUTLINE: Color32 = Color32::from_rgb(0x2f, 0x5d, 0x8a);

/// A panel's title (the dataset's, an event's, a place's): heading size in the theme's strongest
/// text colour, where egui's heading keeps the body's grey.
pub fn title(text: &str) -> egui::RichText {
    egui::RichText::new(text).heading().strong()
}

/// The smallest text the app draws, in points: nothing on screen is smaller.
pub const MIN_TEXT_SIZE: f32 = 12.0;

/// Raises egui's small text (9 points by default) to [`MIN_TEXT_SIZE`]: notes, the legend and
/// captions stay readable.
pub fn readable_text_sizes(style: &mut egui::Style) {
    for (text_style, font) in &mut style.text_styles {
        if *text_style == egui::TextStyle::Small || font.size < MIN_TEXT_SIZE {
            font.size = font.size.max(MIN_TEXT_SIZE);
        }
    }
}

/// The fill of a basemap area of this role.
pub fn area_fill(role: AreaRole) -> Color32 {
    match role {
        AreaRole::FocusCountry => Color32::from_rgb(0xf4, 0xf0, 0xe6),
        AreaRole::NeighbourCountry => Color32::from_rgb(0xe4, 0xe1, 0xda),
        AreaRole::ContextCountry => Color32::from_rgb(0xdc, 0xda, 0xd5),
        AreaRole::Sea | AreaRole::Lake => SEA,
        AreaRole::FocusRegion => Color32::from_rgb(0xfb, 0xe9, 0xcf),
        AreaRole::Region => Color32::TRANSPARENT,
    }
}

/// The colour of a claimant's line on the claims chart.
pub fn claimant_color(c: crate::model::Claimant) -> Color32 {
    use crate::model::Claimant::*;
    match c {
        Government => Color32::from_rgb(0x15, 0x65, 0xc0),
        Prosecutor => Color32::from_rgb(0x00, 0x83, 0x8f),
        Court => Color32::from_rgb(0x45, 0x5a, 0x64),
        Opposition => Color32::from_rgb(0xef, 0x8f, 0x00),
        RightsGroup => Color32::from_rgb(0x2e, 0x7d, 0x32),
        Witness => Color32::from_rgb(0xc6, 0x28, 0x28),
        Media => Color32::from_rgb(0x8e, 0x24, 0xaa),
        International => Color32::from_rgb(0x6d, 0x4c, 0x41),
    }
}

/// The colour of an event category in `dataset`: the built-in record's categories keep their own
/// colours; any other dataset's get Paul Tol's colour-blind-safe "muted" scheme, most frequent
/// category first, and those beyond its nine share [`OTHER_CATEGORY`].
pub fn category_color(dataset: &crate::model::Dataset, category: &str) -> Color32 {
    let categories = dataset.categories();
    let record_like = categories.len() <= RECORD_CATEGORIES
        && categories
            .iter()
            .all(|c| record_category_color(&c.0).is_some());
    if record_like && let Some(color) = record_category_color(category) {
        return color;
    }
    dataset
        .category_rank(category)
        .and_then(|rank| TOL_MUTED.get(rank).copied())
        .unwrap_or(OTHER_CATEGORY)
}

/// Paul Tol's "muted" qualitative scheme (personal.sron.nl/~pault), told apart with the common
/// colour-vision deficiencies.
const TOL_MUTED: [Color32; 9] = [
    Color32::from_rgb(0x33, 0x22, 0x88),
    Color32::from_rgb(0xcc, 0x66, 0x77),
    Color32::from_rgb(0x11, 0x77, 0x33),
    Color32::from_rgb(0xdd, 0xcc, 0x77),
    Color32::from_rgb(0x88, 0xcc, 0xee),
    Color32::from_rgb(0x88, 0x22, 0x55),
    Color32::from_rgb(0x44, 0xaa, 0x99),
    Color32::from_rgb(0x99, 0x99, 0x33),
    Color32::from_rgb(0xaa, 0x44, 0x99),
];

/// Categories past the palette's nine.
pub const OTHER_CATEGORY: Color32 = Color32::from_rgb(0x75, 0x75, 0x75);

/// How many categories the built-in record's table has.
const RECORD_CATEGORIES: usize = 13;

/// The built-in record's own colours, chosen to mean something (violence red, the transfer as the
/// route); `None` for any other category.
fn record_category_color(category: &str) -> Option<Color32> {
    Some(match category {
        "strike" => Color32::from_rgb(0x2e, 0x7d, 0x32),
        "dismissal" => Color32::from_rgb(0x55, 0x8b, 0x2f),
        "protest" => Color32::from_rgb(0xef, 0x8f, 0x00),
        "violence" => Color32::from_rgb(0xc6, 0x28, 0x28),
        "casualties" => Color32::from_rgb(0x8e, 0x24, 0xaa),
        "transfer" => ROUTE,
        "government" => Color32::from_rgb(0x15, 0x65, 0xc0),
        "legal" => Color32::from_rgb(0x45, 0x5a, 0x64),
        "media" => Color32::from_rgb(0x00, 0x83, 0x8f),
        "death" => Color32::from_rgb(0x4e, 0x34, 0x2e),
        "international" => Color32::from_rgb(0x39, 0x49, 0xab),
        "report" => Color32::from_rgb(0x8d, 0x6e, 0x63),
        "solidarity" => Color32::from_rgb(0xd8, 0x1b, 0x60),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{builtin_dataset, parse_any};

    #[test]
    fn the_record_keeps_its_colours_and_other_datasets_get_the_palette_by_frequency() {
        let record = builtin_dataset();
        assert_eq!(
            category_color(&record, "violence"),
            record_category_color("violence").unwrap()
        );
        // "riot" is the most frequent, then "protest": a dataset of its own, not the record's
        // colours, even where a name is the same.
        let csv = "date,lat,lon,title,category\n\
                   2020-01-01,10,10,a,riot\n2020-01-02,10,10,b,riot\n2020-01-03,10,10,c,protest\n";
        let other = parse_any("feed.csv", csv).unwrap().dataset;
        assert_eq!(category_color(&other, "riot"), TOL_MUTED[0]);
        assert_eq!(category_color(&other, "protest"), TOL_MUTED[1]);
        assert_eq!(category_color(&other, "unheard of"), OTHER_CATEGORY);
        // Past the palette's nine, the rest share one grey.
        let mut csv = String::from("date,lat,lon,title,category\n");
        for i in 0..12 {
            for _ in 0..(20 - i) {
                csv.push_str(&format!("2020-01-01,10,10,t,c{i:02}\n"));
            }
        }
        let many = parse_any("many.csv", &csv).unwrap().dataset;
        let colors: Vec<Color32> = (0..12)
            .map(|i| category_color(&many, &format!("c{i:02}")))
            .collect();
        assert_eq!(&colors[..9], &TOL_MUTED[..]);
        assert!(colors[9..].iter().all(|&c| c == OTHER_CATEGORY));
    }
}
