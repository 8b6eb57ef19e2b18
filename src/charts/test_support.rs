//! Decks, readings and SVG readers shared by the charts' tests.

use chrono::NaiveDate;

use crate::domain::{Answer, Card, CardAnswer, CardId, Deck, DeckId, Reading, Respondent, Scale};

/// A day in 2026.
pub fn day(month: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, month, d).unwrap()
}

/// The id of the `i`th card of the decks built here.
pub fn card_id(i: usize) -> CardId {
    CardId::parse(&format!("c-{i}")).unwrap()
}

/// Deck `d-1` named `name` on `scale`, with cards `c-0`, `c-1`… given as (statement,
/// reverse-scored).
pub fn deck_with(name: &str, scale: Scale, cards: &[(&str, bool)]) -> Deck {
    let cards = cards
        .iter()
        .enumerate()
        .map(|(i, (statement, reverse_scored))| Card {
            id: card_id(i),
            statement: (*statement).to_owned(),
            domain: "Safety".to_owned(),
            emoji: None,
            reverse_scored: *reverse_scored,
            retired: false,
        })
        .collect();
    Deck::from_parts(
        DeckId::parse("d-1").unwrap(),
        name.to_owned(),
        String::new(),
        scale,
        cards,
    )
}

/// A five-point deck of `n` cards, "Statement 0"…, none reverse-scored.
pub fn deck(n: usize) -> Deck {
    let statements: Vec<String> = (0..n).map(|i| format!("Statement {i}")).collect();
    let cards: Vec<(&str, bool)> = statements.iter().map(|s| (s.as_str(), false)).collect();
    deck_with("Test deck", Scale::default(), &cards)
}

/// A finished reading of deck `d-1` by `who`, answering card `c-i` with `answers[i]`.
pub fn reading(id: &str, who: Respondent, date: NaiveDate, answers: &[Answer]) -> Reading {
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
                card: card_id(i),
                answer: *a,
                note: String::new(),
            })
            .collect(),
        complete: true,
        corrections: Vec::new(),
    }
}

/// Answers rating each card at the point with this index (0 is the lowest label).
pub fn rated(points: &[u8]) -> Vec<Answer> {
    points.iter().map(|p| Answer::Rated(*p)).collect()
}

/// Text as a reader sees it: undoes one level of XML escaping.
pub fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The text content of every `<text>` element, unescaped, in drawing order.
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

/// The title, unescaped.
pub fn title(svg: &str) -> String {
    let start = svg.find("<title>").unwrap() + "<title>".len();
    let end = svg.find("</title>").unwrap();
    unescape(&svg[start..end])
}

/// The value of attribute `name` in one tag's text.
pub fn attr<'t>(tag: &'t str, name: &str) -> &'t str {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).unwrap_or_else(|| panic!("{name} in {tag}")) + key.len();
    let end = tag[start..].find('"').unwrap() + start;
    &tag[start..end]
}

/// A rectangle of the SVG.
#[derive(Clone, Debug, PartialEq)]
pub struct Rect {
    pub x: i32,
    pub y: i32,
    pub width: i32,
    pub height: i32,
    pub fill: String,
    pub opacity: String,
}

/// Every `<rect>`, in drawing order (the white background first).
pub fn rects(svg: &str) -> Vec<Rect> {
    svg.split("<rect")
        .skip(1)
        .map(|t| {
            let tag = &t[..t.find("/>").unwrap()];
            let int = |name: &str| attr(tag, name).parse().unwrap();
            Rect {
                x: int("x"),
                y: int("y"),
                width: int("width"),
                height: int("height"),
                fill: attr(tag, "fill").to_owned(),
                opacity: attr(tag, "opacity").to_owned(),
            }
        })
        .collect()
}

/// Every `font-size`, so tests can hold text to a readable size.
pub fn font_sizes(svg: &str) -> Vec<f64> {
    svg.split("<text")
        .skip(1)
        .map(|t| attr(t, "font-size").parse().unwrap())
        .collect()
}

/// A `<text>` element: its content, unescaped, and where it is anchored.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub text: String,
    pub x: i32,
    pub y: i32,
}

/// Every `<text>` with its anchor point, in drawing order.
pub fn placed_texts(svg: &str) -> Vec<Placed> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let start = t.find('>').unwrap() + 1;
            let end = t.find("</text>").unwrap();
            Placed {
                text: unescape(t[start..end].trim()),
                x: attr(t, "x").parse().unwrap(),
                y: attr(t, "y").parse().unwrap(),
            }
        })
        .collect()
}
