//! Contested facts as claims: who says what, when, on whose authority. The app never turns a set of
//! claims into one number.

use serde::{Deserialize, Serialize};

use super::Moment;

/// Who makes a claim, by the role that matters to a reader weighing it.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    schemars::JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Claimant {
    /// The government and other officials: ministries, the local authorities, official accounts.
    Government,
    /// The Prosecutor General's office or its spokespeople.
    Prosecutor,
    /// A court, by its verdicts and rulings.
    Court,
    /// Opposition politicians, activists and media.
    Opposition,
    /// Human-rights groups and activists, and trial-monitoring missions.
    RightsGroup,
    /// Witnesses and residents, as the sources quote them.
    Witness,
    /// A news outlet, for its own figures only.
    Media,
    /// UN bodies, the European Parliament, the OSCE, foreign governments.
    International,
}

/// What is claimed: a number, a range ("at least 12" is a range with no upper bound), words, or
/// several labelled figures given together (never added up).
#[derive(Clone, Debug, PartialEq)]
pub enum ClaimValue {
    /// A single figure.
    Number(f64),
    /// A range; an open end is `None` ("at least 12" has no `max`).
    Range {
        /// The lower bound, if there is one.
        min: Option<f64>,
        /// The upper bound, if there is one.
        max: Option<f64>,
    },
    /// Words, where the source gives no figure: "dozens".
    Text(String),
    /// Several labelled figures given together, never added up.
    Figures(Vec<Figure>),
}

/// One of several figures a source gives together: "64 civilians with gunshot wounds".
#[derive(Clone, Debug, PartialEq)]
pub struct Figure {
    /// What the figure counts: "civilians with gunshot wounds".
    pub label: String,
    /// A number or a range.
    pub value: ClaimValue,
}

impl ClaimValue {
    /// A figure without a needless ".0": "15", "2.5".
    pub fn number_text(v: f64) -> String {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v}")
        }
    }

    /// The value in English, as the command line and exports write it.
    pub fn format(&self) -> String {
        let n = Self::number_text;
        match self {
            Self::Number(v) => n(*v),
            Self::Range {
                min: Some(a),
                max: Some(b),
            } => format!("{}–{}", n(*a), n(*b)),
            Self::Range {
                min: Some(a),
                max: None,
            } => format!("at least {}", n(*a)),
            Self::Range {
                min: None,
                max: Some(b),
            } => format!("at most {}", n(*b)),
            Self::Range {
                min: None,
                max: None,
            } => "unknown".into(),
            Self::Text(t) => t.clone(),
            Self::Figures(figures) => figures
                .iter()
                .map(|f| format!("{} {}", f.value.format(), f.label))
                .collect::<Vec<_>>()
                .join("; "),
        }
    }
}

/// One contested fact: who claims what, when, on whose authority.
#[derive(Clone, Debug, PartialEq)]
pub struct Claim {
    /// The claim's id in the dataset file.
    pub id: String,
    /// What the claim is about: "death toll", "injured", "who started the violence".
    pub subject: String,
    /// What is claimed.
    pub value: ClaimValue,
    /// When the claim was made (or the figure stood); `None` where the source does not say.
    pub as_of: Option<Moment>,
    /// Who makes the claim, by role (not who publishes it).
    pub claimant: Claimant,
    /// The person or body, where the source names it.
    pub claimant_name: Option<String>,
    /// Index into the dataset's sources.
    pub source: usize,
    /// The event the claim is about, if one.
    pub event: Option<usize>,
    /// A note on the claim, such as how the figure was read from the source.
    pub note: Option<String>,
    /// The source's own words that give the figure or the statement.
    pub passage: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_read_as_people_write_them() {
        assert_eq!(ClaimValue::Number(15.0).format(), "15");
        assert_eq!(
            ClaimValue::Range {
                min: Some(12.0),
                max: None
            }
            .format(),
            "at least 12"
        );
        assert_eq!(
            ClaimValue::Range {
                min: Some(14.0),
                max: Some(16.0)
            }
            .format(),
            "14–16"
        );
        assert_eq!(ClaimValue::Text("dozens".into()).format(), "dozens");
        let figures = ClaimValue::Figures(vec![
            Figure {
                label: "civilians with gunshot wounds".into(),
                value: ClaimValue::Number(64.0),
            },
            Figure {
                label: "police injured".into(),
                value: ClaimValue::Number(35.0),
            },
        ]);
        assert_eq!(
            figures.format(),
            "64 civilians with gunshot wounds; 35 police injured",
            "several figures are listed, never added up"
        );
    }
}
