//! Month and weekday names, so that dates read in the interface's language. The names themselves
//! live with the other interface strings (assets/i18n); this module only arranges them.

use jiff::civil::Date;

/// The names one language gives months and weekdays, and its word for an approximate hour.
#[derive(Clone, Debug, PartialEq)]
pub struct DateNames {
    months: Vec<String>,
    /// After a day number: "27 мая".
    months_short: Vec<String>,
    /// On their own: "май 2011".
    months_short_standalone: Vec<String>,
    /// Monday first.
    weekdays_short: Vec<String>,
    about: String,
}

impl DateNames {
    /// Twelve months, twelve short months after a day and twelve on their own, seven short
    /// weekdays from Monday, and the word for "about" (an hour known only roughly).
    pub fn new(
        months: Vec<String>,
        months_short: Vec<String>,
        months_short_standalone: Vec<String>,
        weekdays_short: Vec<String>,
        about: String,
    ) -> Result<Self, String> {
        for (what, list, n) in [
            ("months", &months, 12),
            ("short months", &months_short, 12),
            ("short standalone months", &months_short_standalone, 12),
            ("short weekdays", &weekdays_short, 7),
        ] {
            if list.len() != n {
                return Err(format!("{n} {what} expected, found {}", list.len()));
            }
        }
        Ok(Self {
            months,
            months_short,
            months_short_standalone,
            weekdays_short,
            about,
        })
    }

    /// English, as the tests and the command line use it.
    pub fn english() -> Self {
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect();
        Self::new(
            words("January February March April May June July August September October November December"),
            words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
            words("Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec"),
            words("Mon Tue Wed Thu Fri Sat Sun"),
            "about".into(),
        )
        .expect("complete English names")
    }

    /// The month's full name; `month` is 1..=12.
    pub fn month(&self, month: i8) -> &str {
        &self.months[(month.clamp(1, 12) - 1) as usize]
    }

    /// The short month on its own, as the timeline's axis labels it.
    pub fn month_short(&self, month: i8) -> &str {
        &self.months_short_standalone[(month.clamp(1, 12) - 1) as usize]
    }

    /// The word for "about" before an hour known only roughly: "about 20:00".
    pub fn about(&self) -> &str {
        &self.about
    }

    /// "May 2011".
    pub fn month_year(&self, date: Date) -> String {
        format!("{} {}", self.month(date.month()), date.year())
    }

    /// "Dec 2011".
    pub fn month_short_year(&self, date: Date) -> String {
        format!("{} {}", self.month_short(date.month()), date.year())
    }

    /// "16 Dec 2011".
    pub fn day_month_year(&self, date: Date) -> String {
        let month = &self.months_short[(date.month() - 1) as usize];
        format!("{} {month} {}", date.day(), date.year())
    }

    /// The days from `first` to `last`, each named once: "12–18 Dec 2011",
    /// "28 Nov – 4 Dec 2011", "29 Dec 2014 – 4 Jan 2015".
    pub fn date_range(&self, first: Date, last: Date) -> String {
        let short = |d: Date| &self.months_short[(d.month() - 1) as usize];
        if first.year() != last.year() {
            format!(
                "{} – {}",
                self.day_month_year(first),
                self.day_month_year(last)
            )
        } else if first.month() != last.month() {
            format!(
                "{} {} – {}",
                first.day(),
                short(first),
                self.day_month_year(last)
            )
        } else {
            format!("{}–{}", first.day(), self.day_month_year(last))
        }
    }

    /// "Fri 16 Dec 2011".
    pub fn weekday_date(&self, date: Date) -> String {
        let weekday = date.weekday().to_monday_zero_offset() as usize;
        format!(
            "{} {}",
            self.weekdays_short[weekday],
            self.day_month_year(date)
        )
    }
}

impl Default for DateNames {
    fn default() -> Self {
        Self::english()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn english_dates() {
        let n = DateNames::english();
        assert_eq!(n.weekday_date(date(2011, 12, 16)), "Fri 16 Dec 2011");
        assert_eq!(n.month_year(date(2011, 5, 1)), "May 2011");
        assert_eq!(n.month_short_year(date(2012, 1, 31)), "Jan 2012");
        let range = |a, b| n.date_range(a, b);
        assert_eq!(
            range(date(2011, 12, 12), date(2011, 12, 18)),
            "12–18 Dec 2011"
        );
        assert_eq!(
            range(date(2011, 11, 28), date(2011, 12, 4)),
            "28 Nov – 4 Dec 2011"
        );
        assert_eq!(
            range(date(2014, 12, 29), date(2015, 1, 4)),
            "29 Dec 2014 – 4 Jan 2015"
        );
    }

    #[test]
    fn incomplete_lists_are_refused() {
        assert!(DateNames::new(vec![], vec![], vec![], vec![], String::new()).is_err());
    }
}
