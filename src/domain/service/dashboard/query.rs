//! The dashboard's filters as the query of its address (`?from=2026-01-01&worker=Jo%20Smith`),
//! so the printed report shows the figures the dashboard showed, and a filtered dashboard
//! can be bookmarked.

use super::super::aims::{term_from_value, term_value};
use super::DashboardFilter;
use crate::domain::dates::{format_uk_date, iso_date, parse_iso_date};
use crate::domain::outcome::Term;
use crate::domain::person::CaseStatus;
use crate::domain::query_text::{decode, encode};

impl DashboardFilter {
    /// The filters as a query string, `?` first, or empty when nothing is filtered.
    pub fn to_query(&self) -> String {
        let mut pairs: Vec<(&str, String)> = Vec::new();
        if let Some(from) = self.from {
            pairs.push(("from", iso_date(from)));
        }
        if let Some(to) = self.to {
            pairs.push(("to", iso_date(to)));
        }
        if let Some(worker) = self.key_worker.as_deref().map(str::trim) {
            if !worker.is_empty() {
                pairs.push(("worker", encode(worker)));
            }
        }
        if self.status.is_some() {
            pairs.push(("status", self.status_value().into()));
        }
        if self.term.is_some() {
            pairs.push(("term", self.term_value().into()));
        }
        let joined: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
        match joined.is_empty() {
            true => String::new(),
            false => format!("?{}", joined.join("&")),
        }
    }

    /// The filters a query string names (with or without its `?`). Anything unknown or
    /// malformed is ignored, so an odd address still shows everyone rather than failing.
    pub fn from_query(query: &str) -> Self {
        let mut filter = DashboardFilter::default();
        for (key, value) in query
            .trim_start_matches('?')
            .split('&')
            .filter_map(|pair| pair.split_once('='))
        {
            match key {
                "from" => filter.from = parse_iso_date(value),
                "to" => filter.to = parse_iso_date(value),
                "worker" => filter.key_worker = decode(value).filter(|w| !w.trim().is_empty()),
                "status" => filter.set_status_value(value),
                "term" => filter.set_term_value(value),
                _ => {}
            }
        }
        filter
    }
}

impl DashboardFilter {
    /// The case-status filter as one word, the same in the address and the filter's
    /// `<select>`: `open`, `closed`, or empty for both.
    pub fn status_value(&self) -> &'static str {
        match self.status {
            Some(CaseStatus::Open) => "open",
            Some(CaseStatus::Closed) => "closed",
            None => "",
        }
    }

    /// Sets the case-status filter from [`DashboardFilter::status_value`]'s words; anything
    /// else means both.
    pub fn set_status_value(&mut self, value: &str) {
        self.status = match value {
            "open" => Some(CaseStatus::Open),
            "closed" => Some(CaseStatus::Closed),
            _ => None,
        };
    }

    /// The term filter as one word, as the aim form writes it: `short`, `longer` or `any`.
    pub fn term_value(&self) -> &'static str {
        term_value(self.term)
    }

    /// Sets the term filter from [`DashboardFilter::term_value`]'s words; anything else
    /// means both terms.
    pub fn set_term_value(&mut self, value: &str) {
        self.term = term_from_value(value).flatten();
    }

    /// The filters in words, for the printed report: "Everyone, all dates" or "From 1
    /// January 2026 to 31 March 2026; key worker Jo Smith; open cases; short-term outcomes".
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        match (self.from, self.to) {
            (Some(from), Some(to)) => parts.push(format!(
                "From {} to {}",
                format_uk_date(from),
                format_uk_date(to)
            )),
            (Some(from), None) => parts.push(format!("From {}", format_uk_date(from))),
            (None, Some(to)) => parts.push(format!("Up to {}", format_uk_date(to))),
            (None, None) => {}
        }
        if let Some(worker) = self.key_worker.as_deref().map(str::trim) {
            if !worker.is_empty() {
                parts.push(format!("key worker {worker}"));
            }
        }
        match self.status {
            Some(CaseStatus::Open) => parts.push("open cases".into()),
            Some(CaseStatus::Closed) => parts.push("closed cases".into()),
            None => {}
        }
        match self.term {
            Some(Term::Short) => parts.push("short-term outcomes".into()),
            Some(Term::Longer) => parts.push("longer-term outcomes".into()),
            None => {}
        }
        if parts.is_empty() {
            return "Everyone, all dates".into();
        }
        let mut words = parts.join("; ");
        if let Some(first) = words.get(..1) {
            words = first.to_uppercase() + &words[1..];
        }
        words
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::test_support::day;

    #[test]
    fn filters_round_trip_through_the_query() {
        let check = |filter: DashboardFilter, query: &str| {
            assert_eq!(filter.to_query(), query, "{filter:?}");
            assert_eq!(DashboardFilter::from_query(query), filter, "{query}");
        };
        check(DashboardFilter::default(), "");
        check(
            DashboardFilter {
                from: Some(day(1, 1)),
                to: Some(day(3, 31)),
                key_worker: Some("Jo Smith & Co/é".into()),
                status: Some(CaseStatus::Closed),
                term: Some(Term::Short),
            },
            "?from=2026-01-01&to=2026-03-31&worker=Jo%20Smith%20%26%20Co%2F%C3%A9&status=closed&term=short",
        );
        check(
            DashboardFilter {
                status: Some(CaseStatus::Open),
                term: Some(Term::Longer),
                ..DashboardFilter::default()
            },
            "?status=open&term=longer",
        );
    }

    #[test]
    fn filters_are_described_in_words() {
        let check = |filter: DashboardFilter, expected: &str| {
            assert_eq!(filter.describe(), expected, "{filter:?}");
        };
        check(DashboardFilter::default(), "Everyone, all dates");
        check(
            DashboardFilter {
                from: Some(day(1, 1)),
                to: Some(day(3, 31)),
                key_worker: Some(" Jo ".into()),
                status: Some(CaseStatus::Open),
                term: Some(Term::Short),
            },
            "From 1 January 2026 to 31 March 2026; key worker Jo; open cases; short-term outcomes",
        );
        check(
            DashboardFilter {
                to: Some(day(3, 31)),
                ..DashboardFilter::default()
            },
            "Up to 31 March 2026",
        );
        check(
            DashboardFilter {
                status: Some(CaseStatus::Closed),
                term: Some(Term::Longer),
                ..DashboardFilter::default()
            },
            "Closed cases; longer-term outcomes",
        );
    }

    #[test]
    fn odd_queries_are_ignored_part_by_part() {
        let check = |query: &str, expected: DashboardFilter| {
            assert_eq!(DashboardFilter::from_query(query), expected, "{query}");
        };
        check("?from=2026-13-01&to=x", DashboardFilter::default());
        check("worker=%ZZ&status=maybe&term=", DashboardFilter::default());
        check("worker=%E2%82", DashboardFilter::default());
        check(
            "worker=Jo+Smith&other=1&from=2026-02-01",
            DashboardFilter {
                from: Some(day(2, 1)),
                key_worker: Some("Jo Smith".into()),
                ..DashboardFilter::default()
            },
        );
        check("worker=%20%20", DashboardFilter::default());
    }
}
