//! Decks, readings and SVG readers shared by the charts' tests.

use chrono::NaiveDate;

use crate::domain::{Answer, Card, CardAnswer, CardId, Deck, DeckId, Reading, Respondent, Scale};

/// A day in 2026.
pub fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap()
}

/// A five-point deck `d-1` whose cards `c-0`, `c-1`, … are given as (statement, domain).
pub fn deck_of(name: &str, cards: &[(&str, &str)]) -> Deck {
    let cards = cards
        .iter()
        .enumerate()
        .map(|(i, (statement, domain))| Card {
            id: CardId::parse(&format!("c-{i}")).unwrap(),
            statement: (*statement).to_owned(),
            domain: (*domain).to_owned(),
            emoji: None,
            reverse_scored: false,
            retired: false,
        })
        .collect();
    Deck::from_parts(
        DeckId::parse("d-1").unwrap(),
        name.to_owned(),
        String::new(),
        Scale::default(),
        cards,
    )
}

/// A finished reading of deck `d-1` by `who`, answering card `c-i` with `answers[i]`.
pub fn reading_by(id: &str, who: Respondent, date: NaiveDate, answers: &[Answer]) -> Reading {
    Reading {
        id: id.to_owned(),
        deck: DeckId::parse("d-1").unwrap(),
        date,
        respondent: who,
        conversation: None,
        answers: answers
            .iter()
            .enumerate()
            .map(|(i, a)| CardAnswer {
                card: CardId::parse(&format!("c-{i}")).unwrap(),
                answer: *a,
                note: String::new(),
            })
            .collect(),
        complete: true,
        corrections: Vec::new(),
    }
}

/// Answers rating each card at the given point (0 is the first point, scoring 1).
pub fn rated(points: &[u8]) -> Vec<Answer> {
    points.iter().map(|p| Answer::Rated(*p)).collect()
}

/// The SVG's text as a reader sees it: undoes one level of XML escaping.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text content of every `<text>` element.
pub fn texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let start = t.find('>').unwrap() + 1;
            let end = t.find("</text>").unwrap();
            unescape(t[start..end].trim())
        })
        .collect()
}

/// The `<title>`'s text as a reader sees it.
pub fn title(svg: &str) -> String {
    let start = svg.find("<title>").unwrap() + "<title>".len();
    let end = svg.find("</title>").unwrap();
    unescape(&svg[start..end])
}

/// Every element `<tag …/>` whose attributes include all of `with` (such as
/// `fill="#0072B2"`), as its attribute text.
pub fn elements<'s>(svg: &'s str, tag: &str, with: &[&str]) -> Vec<&'s str> {
    let open = format!("<{tag} ");
    svg.split(open.as_str())
        .skip(1)
        .map(|e| &e[..e.find('>').unwrap_or(e.len())])
        .filter(|e| with.iter().all(|w| e.contains(w)))
        .collect()
}

/// A numeric attribute of an element from [`elements`].
pub fn attr(element: &str, name: &str) -> f64 {
    let start = element.find(&format!(" {name}=\"")).unwrap_or_else(|| {
        assert!(
            element.starts_with(&format!("{name}=\"")),
            "{name} in {element}"
        );
        0
    });
    let rest = &element[start..];
    let value = rest.split('"').nth(1).unwrap();
    value.parse().unwrap()
}

/// The points of a `<polyline>` or `<polygon>` from [`elements`].
pub fn points(element: &str) -> Vec<(i32, i32)> {
    let start = element.find("points=\"").unwrap() + "points=\"".len();
    let end = start + element[start..].find('"').unwrap();
    element[start..end]
        .split_whitespace()
        .map(|p| {
            let (x, y) = p.split_once(',').unwrap();
            (x.parse().unwrap(), y.parse().unwrap())
        })
        .collect()
}

/// Every `font-size` in the SVG.
pub fn font_sizes(svg: &str) -> Vec<f64> {
    svg.split("font-size=\"")
        .skip(1)
        .map(|s| s[..s.find('"').unwrap()].parse().unwrap())
        .collect()
}
