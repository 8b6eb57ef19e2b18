//! Decks, readings and SVG readers shared by the charts' tests.

use chrono::NaiveDate;

use crate::domain::{Answer, Card, CardAnswer, CardId, Deck, DeckId, Reading, Respondent, Scale};

pub use crate::domain::test_support::day;

/// A five-point deck `d-1` whose cards `c-0`, `c-1`, … are given as (statement, domain).
pub fn deck_of(name: &str, cards: &[(&str, &str)]) -> Deck {
    let cards = cards
        .iter()
        .map(|(statement, domain)| (*statement, *domain, false));
    build(name, Scale::default(), cards)
}

/// Deck `d-1` with cards `c-0`, `c-1`… given as (statement, domain, reverse-scored).
fn build<'c>(
    name: &str,
    scale: Scale,
    cards: impl Iterator<Item = (&'c str, &'c str, bool)>,
) -> Deck {
    let cards = cards
        .enumerate()
        .map(|(i, (statement, domain, reverse_scored))| Card {
            id: card_id(i),
            statement: statement.to_owned(),
            domain: domain.to_owned(),
            emoji: None,
            reverse_scored,
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
                card: card_id(i),
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

/// The id of the `i`th card of the decks built here.
pub fn card_id(i: usize) -> CardId {
    CardId::parse(&format!("c-{i}")).unwrap()
}

/// Deck `d-1` named `name` on `scale`, with cards `c-0`, `c-1`… given as (statement,
/// reverse-scored), all in one domain.
pub fn deck_with(name: &str, scale: Scale, cards: &[(&str, bool)]) -> Deck {
    let cards = cards
        .iter()
        .map(|(statement, reverse)| (*statement, "Safety", *reverse));
    build(name, scale, cards)
}

/// A five-point deck of `n` cards, "Statement 0"…, none reverse-scored.
pub fn deck(n: usize) -> Deck {
    let statements: Vec<String> = (0..n).map(|i| format!("Statement {i}")).collect();
    let cards: Vec<(&str, bool)> = statements.iter().map(|s| (s.as_str(), false)).collect();
    deck_with("Test deck", Scale::default(), &cards)
}

/// The value of attribute `name` in one tag's text.
pub fn attr_text<'t>(tag: &'t str, name: &str) -> &'t str {
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
            let int = |name: &str| attr_text(tag, name).parse().unwrap();
            Rect {
                x: int("x"),
                y: int("y"),
                width: int("width"),
                height: int("height"),
                fill: attr_text(tag, "fill").to_owned(),
                opacity: attr_text(tag, "opacity").to_owned(),
            }
        })
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
                x: attr_text(t, "x").parse().unwrap(),
                y: attr_text(t, "y").parse().unwrap(),
            }
        })
        .collect()
}

/// Where a `<text>` is drawn, estimated as a box from its anchor, alignment and font size
/// (the font's ascent and descent as DejaVu Sans has them, the width as the charts guess it).
#[derive(Clone, Debug, PartialEq)]
pub struct TextBox {
    pub text: String,
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

impl TextBox {
    /// Whether the two boxes share more than a pixel each way.
    pub fn overlaps(&self, other: &TextBox) -> bool {
        self.right.min(other.right) - self.left.max(other.left) > 1.0
            && self.bottom.min(other.bottom) - self.top.max(other.top) > 1.0
    }
}

/// Every `<text>` of the SVG as the box it takes.
pub fn text_boxes(svg: &str) -> Vec<TextBox> {
    svg.split("<text")
        .skip(1)
        .map(|t| {
            let open = &t[..t.find('>').unwrap()];
            let text = unescape(t[open.len() + 1..t.find("</text>").unwrap()].trim());
            let number = |name: &str| attr_text(open, name).parse::<f64>().unwrap();
            let (x, y, size) = (number("x"), number("y"), number("font-size"));
            let bold = if open.contains("font-weight=\"bold\"") {
                super::common::BOLD_WIDTH
            } else {
                1.0
            };
            let width = super::common::text_width(&text, size) * bold;
            let (from, to) = match attr_text(open, "text-anchor") {
                "start" => (0.0, width),
                "end" => (-width, 0.0),
                _ => (-width / 2.0, width / 2.0),
            };
            // Plotters' `dy` for top, middle and bottom: 0.76em, 0.5ex (about 0.28em), −0.5ex.
            let baseline = match attr_text(open, "dy") {
                "0.76em" => 0.76 * size,
                "0.5ex" => 0.28 * size,
                _ => -0.28 * size,
            };
            let (above, below) = (baseline - 0.93 * size, baseline + 0.24 * size);
            match open.contains("rotate(270") {
                // Turned a quarter anticlockwise about its anchor: runs up the page.
                true => TextBox {
                    text,
                    left: x + above,
                    right: x + below,
                    top: y - to,
                    bottom: y - from,
                },
                false => TextBox {
                    text,
                    left: x + from,
                    right: x + to,
                    top: y + above,
                    bottom: y + below,
                },
            }
        })
        .collect()
}

/// What keeps the SVG's labels from reading whole: a label cut short with "…", one outside
/// the picture (the `viewBox`), two drawn over each other. Empty when every label reads.
pub fn label_problems(svg: &str) -> Vec<String> {
    let view_box: Vec<f64> = attr_text(svg, "viewBox")
        .split_whitespace()
        .map(|n| n.parse().unwrap())
        .collect();
    let (width, height) = (view_box[2], view_box[3]);
    let boxes: Vec<TextBox> = text_boxes(svg)
        .into_iter()
        .filter(|b| !b.text.is_empty())
        .collect();
    let mut problems = Vec::new();
    for (i, label) in boxes.iter().enumerate() {
        if label.text.ends_with('…') || label.text.ends_with("...") {
            problems.push(format!("{:?} is cut short", label.text));
        }
        if label.left < -1.0
            || label.top < -1.0
            || label.right > width + 1.0
            || label.bottom > height + 1.0
        {
            problems.push(format!(
                "{:?} runs outside the {width}×{height} picture: {label:?}",
                label.text
            ));
        }
        for other in &boxes[i + 1..] {
            if label.overlaps(other) {
                problems.push(format!("{:?} and {:?} overlap", label.text, other.text));
            }
        }
    }
    problems
}

/// Statements as long as the demo's longest, and longer, with the domains' longest names.
pub const LONG_STATEMENTS: [(&str, &str); 6] = [
    ("I know who to contact if something goes wrong", "Safety"),
    (
        "I get help with my health when I need it",
        "Health and wellbeing",
    ),
    (
        "I see friends or family as often as I want",
        "Social connection",
    ),
    (
        "I can ask about my family and where I come from whenever I want to",
        "Identity and belonging",
    ),
    (
        "I spend my time doing things I enjoy",
        "Personal development",
    ),
    ("I can look after my home the way I want", "Independence"),
];
