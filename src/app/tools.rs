//! The tools on top of the map: the guided tour, measuring, the claims window.

use super::{
    changed::{Changed, set},
    path_prompt::PathPrompt,
};

/// Points picked for measuring: at most two.
const MEASURE_POINTS: usize = 2;

/// Which tools are open, and their state.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Tools {
    /// The step of the guided tour on screen, if the tour is running.
    story_step: Option<usize>,
    /// Points picked for measuring, while measuring.
    measure: Option<Vec<geo::Point>>,
    /// The subject whose claims window is open.
    claims_window: Option<String>,
    /// Which of the search's results Up/Down has picked (0: the first).
    search_pick: usize,
    /// The title card over the map, shown on a real first start until the user picks a way in.
    title_card: bool,
    /// The path asked for in the window, where no native file dialog could open.
    path_prompt: Option<PathPrompt>,
}

impl Tools {
    /// The step of the guided tour on screen; `None` when the tour is not running.
    pub fn story_step(&self) -> Option<usize> {
        self.story_step
    }

    /// The points picked while measuring; `None` when not measuring.
    pub fn measure(&self) -> Option<&[geo::Point]> {
        self.measure.as_deref()
    }

    /// The subject whose claims window is open, if any.
    pub fn claims_window(&self) -> Option<&str> {
        self.claims_window.as_deref()
    }

    /// Shows this step of the guided tour, or (`None`) ends the tour.
    pub fn set_story_step(&mut self, step: Option<usize>) -> Changed {
        set(&mut self.story_step, step)
    }

    /// Starts or stops measuring.
    pub fn toggle_measure(&mut self) -> Changed {
        self.measure = match self.measure {
            Some(_) => None,
            None => Some(Vec::new()),
        };
        Changed::Yes
    }

    /// Stops measuring; says whether it was on.
    pub fn end_measure(&mut self) -> Changed {
        Changed::from(self.measure.take().is_some())
    }

    /// Adds a point to the measurement; a third point starts a new one.
    pub fn add_measure_point(&mut self, p: geo::Point) -> Changed {
        let points = self.measure.get_or_insert_with(Vec::new);
        if points.len() >= MEASURE_POINTS {
            points.clear();
        }
        points.push(p);
        Changed::Yes
    }

    /// Which of the search's results is picked for Enter.
    pub fn search_pick(&self) -> usize {
        self.search_pick
    }

    /// Picks result `pick` of the search (the caller keeps it within the results).
    pub fn set_search_pick(&mut self, pick: usize) -> Changed {
        set(&mut self.search_pick, pick)
    }

    /// Whether the title card is on screen.
    pub fn title_card(&self) -> bool {
        self.title_card
    }

    /// Shows or hides the title card.
    pub fn set_title_card(&mut self, shown: bool) -> Changed {
        set(&mut self.title_card, shown)
    }

    /// The path asked for in the window, if one is.
    pub fn path_prompt(&self) -> Option<&PathPrompt> {
        self.path_prompt.as_ref()
    }

    /// Asks for a path in the window, or (`None`) stops asking.
    pub fn set_path_prompt(&mut self, prompt: Option<PathPrompt>) -> Changed {
        set(&mut self.path_prompt, prompt)
    }

    /// Opens the claims window for a subject, or (`None`) closes it.
    pub fn set_claims_window(&mut self, subject: Option<String>) -> Changed {
        set(&mut self.claims_window, subject)
    }
}
