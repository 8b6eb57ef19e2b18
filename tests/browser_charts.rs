//! Charts mounted in headless Chromium: the figure around an SVG from our chart code, its
//! caption and table, and user text in a chart that stays text.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use outcome_focus::charts::star_chart;
use outcome_focus::domain::{
    Answer, CardAnswer, CardDraft, Deck, DeckId, Reading, Respondent, Scale,
};
use outcome_focus::ui::widgets::ChartFigure;
use wasm_bindgen_test::*;

mod browser_support;
use browser_support::container;

wasm_bindgen_test_configure!(run_in_browser);

/// A deck of 13 cards (so the star chart has a spoke per domain) whose name, first
/// statement and first domain are markup.
fn hostile_deck() -> Deck {
    let mut deck = Deck::new(DeckId::generate(1, 1), "<b>Deck</b>", Scale::default()).unwrap();
    for n in 0..13 {
        let (statement, domain) = match n {
            0 => (
                "<script>window.__charted = 1</script>".to_owned(),
                "<img src=x onerror=\"window.__charted = 2\">".to_owned(),
            ),
            _ => (format!("I can do thing {n}"), "Independence".to_owned()),
        };
        deck.add_card(&CardDraft {
            statement,
            domain,
            emoji: String::new(),
            reverse_scored: false,
        })
        .unwrap();
    }
    deck
}

fn reading(id: &str, day: u32, point: u8, deck: &Deck) -> Reading {
    Reading {
        id: id.into(),
        deck: deck.id().clone(),
        date: chrono::NaiveDate::from_ymd_opt(2026, 6, day).unwrap(),
        respondent: Respondent::Person,
        conversation: None,
        answers: deck
            .cards()
            .iter()
            .map(|c| CardAnswer {
                card: c.id.clone(),
                answer: Answer::Rated(point),
                note: String::new(),
            })
            .collect(),
        complete: true,
        corrections: Vec::new(),
    }
}

#[wasm_bindgen_test]
async fn a_chart_figure_shows_the_svg_caption_and_table_and_runs_no_user_markup() {
    let deck = hostile_deck();
    let (first, later) = (reading("r-1", 1, 0, &deck), reading("r-2", 20, 3, &deck));
    let chart = star_chart(&deck, Some(&first), Some(&later), 640);
    let root = container();
    let svg = chart.svg.clone();
    let caption = chart.caption.clone();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ChartFigure
                id="test-chart"
                heading="Star chart".to_owned()
                svg=svg.clone()
                caption=caption.clone()
                file_name="chart.svg".to_owned()
            >
                <table><tr><th>"numbers"</th></tr></table>
            </ChartFigure>
        }
    });
    leptos::task::tick().await;

    let figure = root.query_selector("figure").unwrap().expect("a figure");
    let figcaption = figure
        .query_selector("figcaption")
        .unwrap()
        .expect("a caption");
    assert_eq!(figcaption.text_content().unwrap(), chart.caption);
    let svg = figure
        .query_selector("svg[role=img]")
        .unwrap()
        .expect("the SVG as an image");
    let title = svg.query_selector("title").unwrap().expect("a title");
    assert!(title
        .text_content()
        .unwrap()
        .starts_with("Star chart of <b>Deck</b>"));
    assert!(figure.query_selector("table").unwrap().is_some());
    assert!(
        figure.query_selector("button").unwrap().is_some(),
        "Download SVG"
    );
    // The markup in the deck is text in the SVG: no element was made of it.
    assert!(figure.query_selector("script, img, b").unwrap().is_none());
    let texts = svg.query_selector_all("text").unwrap();
    let drawn: Vec<String> = (0..texts.length())
        .filter_map(|i| texts.item(i).and_then(|t| t.text_content()))
        .collect();
    assert!(
        drawn.iter().any(|t| t.contains("<img src=x onerror")),
        "the domain is drawn as text: {drawn:?}"
    );
    let window = web_sys::window().unwrap();
    let charted = js_sys::Reflect::get(&window, &"__charted".into()).unwrap();
    assert!(charted.is_undefined(), "no user markup ran");
    drop(handle);
}

#[wasm_bindgen_test]
async fn with_nothing_to_draw_the_caption_says_why_and_nothing_is_offered() {
    let root = container();
    let handle = leptos::mount::mount_to(root.clone(), move || {
        view! {
            <ChartFigure
                id="empty-chart"
                heading="Star chart".to_owned()
                svg={ let none: Option<String> = None; none }
                caption="No readings yet".to_owned()
                file_name="chart.svg".to_owned()
            >
                <p>"table"</p>
            </ChartFigure>
        }
    });
    leptos::task::tick().await;
    let figure = root.query_selector("figure").unwrap().expect("a figure");
    assert!(figure.query_selector("svg").unwrap().is_none());
    assert!(figure.query_selector("button").unwrap().is_none());
    assert_eq!(
        figure
            .query_selector("figcaption")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap(),
        "No readings yet"
    );
    drop(handle);
}
