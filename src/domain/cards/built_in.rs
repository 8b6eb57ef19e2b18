//! The decks that ship with the app, in our own plain-language wording: first person, one
//! idea per card, each with a domain and an emoji. They are never edited in place (copy one
//! to change it), and they never use a licensed scale's wording.

use super::card::Card;
use super::deck::Deck;
use super::ids::{CardId, DeckId};
use super::scale::Scale;

/// A card as written here: id, statement, domain, emoji, reverse-scored.
type CardText = (&'static str, &'static str, &'static str, &'static str, bool);

/// Said on every built-in deck, so that nobody mistakes it for a validated measure.
const NOTICE: &str = "Written for Outcome Focus in plain language. Free to use and adapt. \
It prompts conversation; it is not a validated clinical measure.";

#[rustfmt::skip]
const ADULT: [CardText; 15] = [
    ("shops-on-my-own", "I can get to the shops on my own", "Independence", "🛒", false),
    ("home-my-way", "I can look after my home the way I want", "Independence", "🏠", false),
    ("my-own-choices", "I make my own choices about my day", "Independence", "🗓️", false),
    ("people-to-talk-to", "I have people I can talk to", "Social connection", "💬", false),
    ("see-friends-family", "I see friends or family as often as I want", "Social connection", "👋", false),
    ("feel-lonely", "I feel lonely", "Social connection", "😔", true),
    ("sleep-well", "I sleep well", "Health and wellbeing", "😴", false),
    ("help-with-health", "I get help with my health when I need it", "Health and wellbeing", "🩺", false),
    ("things-i-enjoy", "I spend my time doing things I enjoy", "Personal development", "🎨", false),
    ("learning-something", "I am learning something new", "Personal development", "📚", false),
    ("safe-at-home", "I feel safe at home", "Safety", "🔒", false),
    ("safe-going-out", "I feel safe when I go out", "Safety", "🚶", false),
    ("who-to-contact", "I know who to contact if something goes wrong", "Safety", "📞", false),
    ("part-of-community", "I feel part of my community", "Identity and belonging", "🏘️", false),
    ("treated-with-respect", "People treat me with respect", "Identity and belonging", "🤝", false),
];

#[rustfmt::skip]
const YOUNG_PEOPLE: [CardText; 13] = [
    ("go-to-school", "I go to school most days", "Personal development", "🏫", false),
    ("enjoy-learning", "I enjoy learning new things at school", "Personal development", "✏️", false),
    ("like-who-i-am", "I like who I am", "Identity and belonging", "😊", false),
    ("good-at-things", "I know there are things I am good at", "Identity and belonging", "⭐", false),
    ("know-my-story", "I know the story of my life so far", "Identity and belonging", "📖", false),
    ("ask-about-my-past", "I can ask about my family and my past", "Identity and belonging", "❓", false),
    ("friends-count-on", "I have friends I can count on", "Social connection", "🧑‍🤝‍🧑", false),
    ("get-on-at-home", "I get on with the people I live with", "Social connection", "🏠", false),
    ("safe-where-i-live", "I feel safe where I live", "Safety", "🔒", false),
    ("who-to-tell", "I know who to tell if I am worried", "Safety", "🗣️", false),
    ("get-ready-myself", "I can get myself ready in the morning", "Independence", "⏰", false),
    ("worry-a-lot", "I worry a lot", "Health and wellbeing", "😟", true),
    ("sleep-well", "I sleep well", "Health and wellbeing", "😴", false),
];

/// Every built-in deck: adults' personal outcomes first, then children and young people.
pub fn built_in_decks() -> Vec<Deck> {
    vec![
        deck("adult", "Personal outcomes (adults)", &ADULT),
        deck("young-people", "Children and young people", &YOUNG_PEOPLE),
    ]
}

/// The built-in deck with this id, if there is one.
pub fn built_in_deck(id: &DeckId) -> Option<Deck> {
    built_in_decks().into_iter().find(|d| d.id() == id)
}

fn deck(id: &str, name: &str, cards: &[CardText]) -> Deck {
    let cards = cards
        .iter()
        .filter_map(|&(id, statement, domain, emoji, reverse_scored)| {
            Some(Card {
                id: CardId::parse(id)?,
                statement: statement.to_owned(),
                domain: domain.to_owned(),
                emoji: Some(emoji.to_owned()),
                reverse_scored,
                retired: false,
            })
        })
        .collect();
    Deck::from_parts(
        DeckId::built_in(id),
        name.to_owned(),
        NOTICE.to_owned(),
        Scale::default(),
        cards,
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::BUILT_IN_DOMAINS;

    #[test]
    fn built_in_decks_are_valid_and_cover_their_domains() {
        let decks = built_in_decks();
        for (deck, texts, domains) in [
            (&decks[0], &ADULT[..], &BUILT_IN_DOMAINS[..]),
            (&decks[1], &YOUNG_PEOPLE[..], &BUILT_IN_DOMAINS[..]),
        ] {
            assert_eq!(deck.check(), Ok(()), "{}", deck.name());
            assert!(deck.is_built_in());
            assert_eq!(deck.cards().len(), texts.len(), "every id parses");
            for domain in domains {
                assert!(
                    deck.cards().iter().any(|c| &c.domain == domain),
                    "{} has no {domain} card",
                    deck.name()
                );
            }
            for card in deck.cards() {
                assert!(BUILT_IN_DOMAINS.contains(&card.domain.as_str()), "{card:?}");
                // First person, and short enough to read at a glance.
                assert!(card.statement.contains("I ") || card.statement.contains(" me "));
                assert!(card.statement.chars().count() <= 60, "{}", card.statement);
                assert!(card.emoji.is_some(), "{}", card.statement);
            }
        }
        assert!((12..=16).contains(&decks[0].cards().len()));
        assert_eq!(built_in_deck(decks[1].id()).as_ref(), Some(&decks[1]));
        assert_eq!(built_in_deck(&DeckId::generate(1, 1)), None);
    }

    #[test]
    fn built_in_wording_avoids_licensed_scales() {
        // Phrases of licensed measures that a well-meaning edit might slip in.
        let licensed = [
            "I've been feeling",
            "I've been dealing with problems",
            "I've had energy to spare",
            "thinking clearly",
            "feeling optimistic",
            "feeling useful",
            "Managing money",
            "Living skills",
            "Individually",
            "Interpersonally",
            "Overall",
        ];
        for deck in built_in_decks() {
            for card in deck.cards() {
                for phrase in licensed {
                    assert!(
                        !card
                            .statement
                            .to_lowercase()
                            .contains(&phrase.to_lowercase()),
                        "{:?} echoes {phrase:?}",
                        card.statement
                    );
                }
            }
        }
    }
}
