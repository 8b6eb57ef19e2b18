//! Round trips of invitations and returns for decks of 3 to 40 cards on every scale size,
//! damage caught with a typed error, and the lengths the issue states.

use chrono::NaiveDate;
use proptest::prelude::*;

use super::*;
use crate::domain::{built_in_decks, Answer, CardId, DeckId, PersonId, Scale};

fn day(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn scale_of(points: usize, prefer_not_to_say: bool) -> Scale {
    let labels: Vec<String> = (1..=points).map(|p| format!("Point {p}")).collect();
    Scale::new(&labels, prefer_not_to_say).unwrap()
}

/// A deck of `cards` cards whose statements are `len` characters long.
fn invitation(cards: usize, len: usize, scale: Scale) -> Invitation {
    let cards = (0..cards)
        .map(|i| InvitedCard {
            statement: format!("{i:02} I can do the things that matter {}", "x".repeat(len))
                .chars()
                .take(len)
                .collect(),
            emoji: "🙂".into(),
        })
        .collect();
    Invitation::new([5; 16], day(2026, 12, 1), "en", "Sam", scale, cards)
}

fn answers_for(invitation: &Invitation, seed: usize) -> ReturnedAnswers {
    let points = invitation.scale.len();
    let pnts = invitation.scale.offers_prefer_not_to_say();
    let answers = (0..invitation.cards.len())
        .map(|i| match (i * 7 + seed) % (points + 2) {
            p if p < points => Answer::Rated(p as u8),
            p if p == points => Answer::Skipped,
            _ if pnts => Answer::PreferNotToSay,
            _ => Answer::Skipped,
        })
        .collect();
    ReturnedAnswers {
        answered: day(2026, 12, 4),
        answers,
        notes: vec![String::new(); invitation.cards.len()],
    }
}

fn sent(invitation: &Invitation) -> SentInvitation {
    SentInvitation {
        id: invitation.id(),
        person: PersonId::parse("p-1").unwrap(),
        deck: DeckId::parse("d-1").unwrap(),
        deck_name: "A deck".into(),
        cards: (0..invitation.cards.len())
            .map(|i| CardId::parse(&format!("c-{i}")).unwrap())
            .collect(),
        sent: invitation.sent,
        fragment: invitation.fragment(),
        status: InvitationStatus::Waiting,
    }
}

#[test]
fn every_deck_size_and_scale_round_trips_by_link_and_by_code() {
    for cards in [3, 5, 15, 20, 40] {
        for points in 3..=10 {
            for pnts in [false, true] {
                let invitation = invitation(cards, 40, scale_of(points, pnts));
                let back = Invitation::from_fragment(&invitation.fragment()).unwrap();
                assert_eq!(back, invitation, "{cards} cards, {points} points");
                let mut answers = answers_for(&invitation, cards + points);
                answers.notes[1] = "Better since the new bus pass".into();
                let list = [sent(&invitation)];
                let by_link =
                    open_return(&answers.link(&invitation, "https://x.org/"), &list).unwrap();
                assert_eq!(by_link.answers, answers);
                assert!(by_link.by_link);
                let by_code = open_return(&answers.code(&invitation), &list).unwrap();
                assert_eq!(by_code.answers.answers, answers.answers);
                assert_eq!(by_code.answers.answered, answers.answered);
                assert!(
                    by_code.answers.notes.iter().all(String::is_empty),
                    "no notes by code"
                );
            }
        }
    }
}

#[test]
fn built_in_scales_travel_as_one_byte() {
    let deck = &built_in_decks()[0];
    let mut custom_labels: Vec<String> = deck.scale().labels().to_vec();
    custom_labels[0].push('!');
    let custom = Scale::new(&custom_labels, true).unwrap();
    let preset = invitation(15, 40, deck.scale().clone()).fragment().len();
    let own = invitation(15, 40, custom).fragment().len();
    assert!(own > preset + 100, "{own} digits against {preset}");
    let frequency = Scale::new(&crate::domain::FREQUENCY_LABELS, false)
        .unwrap()
        .with_question("How often do you feel like this?")
        .unwrap();
    let inv = invitation(3, 20, frequency.clone());
    assert_eq!(
        Invitation::from_fragment(&inv.fragment()).unwrap().scale,
        frequency
    );
}

/// QR version 25 at low error correction holds 3,057 digits in numeric mode; the link's
/// address and mark go in byte mode (8 bits each) next to them. The QR codes themselves are
/// drawn and measured in `charts::qr_code`'s tests.
const QR_25_LOW_BITS: usize = 10_208;

fn qr_bits(link_prefix: &str, digits: usize) -> usize {
    let byte_segment = 4 + 16 + 8 * link_prefix.len();
    let numeric_segment = 4 + 14 + digits / 3 * 10 + [0, 4, 7][digits % 3];
    byte_segment + numeric_segment
}

#[test]
fn a_twenty_card_invitation_fits_a_version_25_qr_code() {
    let prefix = "https://outcomes.example-council.gov.uk/outcome-focus/answer/#i";
    // 20 cards of 45 characters: longer than any built-in statement (the longest is 40).
    let long = invitation(20, 45, Scale::default());
    let digits = long.fragment().len() - 1;
    assert!(qr_bits(prefix, digits) <= QR_25_LOW_BITS, "{digits} digits");
    for deck in built_in_decks() {
        let cards = deck.active_cards().map(InvitedCard::of).collect();
        let inv = Invitation::new(
            [1; 16],
            day(2026, 1, 1),
            "en",
            "",
            deck.scale().clone(),
            cards,
        );
        assert!(qr_bits(prefix, inv.fragment().len() - 1) <= QR_25_LOW_BITS);
    }
}

#[test]
fn a_twenty_card_code_is_at_most_40_characters_with_its_spaces() {
    for points in 3..=5 {
        let inv = invitation(20, 40, scale_of(points, true));
        let code = answers_for(&inv, 1).code(&inv);
        assert!(
            code.len() <= 40,
            "{points} points: {code} ({} characters)",
            code.len()
        );
        assert!(code.split(' ').all(|g| g.len() <= GROUP));
        assert_eq!(code.replace(' ', "").len(), code_symbols(&inv));
    }
    let built_in = invitation(15, 40, Scale::default());
    let code = answers_for(&built_in, 2).code(&built_in);
    assert!(code.len() <= 35, "{code}");
}

#[test]
fn damaged_invitations_give_a_typed_error() {
    let inv = invitation(5, 30, Scale::default());
    let fragment = inv.fragment();
    assert_eq!(Invitation::from_fragment(""), Err(InvitationError::Missing));
    assert_eq!(
        Invitation::from_fragment("#r123"),
        Err(InvitationError::Missing)
    );
    for cut in [1, 2, 17, fragment.len() / 2, fragment.len() - 1] {
        assert_eq!(
            Invitation::from_fragment(&fragment[..cut]),
            Err(InvitationError::Damaged),
            "cut at {cut}"
        );
    }
    let newer = format!("i{}", super::radix::to_decimal(&[2, 0, 0]));
    assert_eq!(
        Invitation::from_fragment(&newer),
        Err(InvitationError::Newer)
    );
}

#[test]
fn a_return_is_refused_when_cancelled_added_already_or_not_from_here() {
    let inv = invitation(15, 30, Scale::default());
    let answers = answers_for(&inv, 3);
    let code = answers.code(&inv);
    let mut list = vec![sent(&invitation(15, 30, scale_of(4, false))), sent(&inv)];
    list[0].fragment = Invitation::new(
        [6; 16],
        inv.sent,
        "en",
        "",
        scale_of(4, false),
        inv.cards.clone(),
    )
    .fragment();
    assert_eq!(open_return(&code, &list).unwrap().index, 1);

    list[1].status = InvitationStatus::Cancelled {
        on: day(2026, 12, 2),
    };
    assert_eq!(
        open_return(&code, &list),
        Err(ReturnError::Cancelled("2 December 2026".into()))
    );
    list[1].status = InvitationStatus::Returned {
        on: day(2026, 12, 5),
        reading: "r-3".into(),
    };
    assert_eq!(
        open_return(&answers.link(&inv, "https://x.org/"), &list),
        Err(ReturnError::AlreadyAdded("5 December 2026".into()))
    );
    let elsewhere = [list[0].clone()];
    assert_eq!(
        open_return(&answers.link(&inv, "https://x.org/"), &elsewhere),
        Err(ReturnError::NotFromHere)
    );
    assert_eq!(
        open_return(&inv.link("https://x.org/answer/"), &list),
        Err(ReturnError::InvitationLink)
    );

    // Someone changed a statement in the link on its way to the phone: the answers given to
    // the changed card never open.
    list[1].status = InvitationStatus::Waiting;
    let mut changed = inv.clone();
    changed.cards[0].statement = "I want to stop seeing my worker".into();
    assert_eq!(
        open_return(&answers.code(&changed), &list),
        Err(ReturnError::NotFromHere)
    );
    assert_eq!(
        open_return(&answers.link(&changed, "https://x.org/"), &list),
        Err(ReturnError::NotFromHere)
    );
}

#[test]
fn typed_codes_forgive_case_and_spaces_and_name_typos_and_lengths() {
    let inv = invitation(15, 30, Scale::default());
    let answers = answers_for(&inv, 4);
    let list = [sent(&inv)];
    let code = answers.code(&inv);
    let relaxed = format!(" {} ", code.to_lowercase().replace(' ', "  "));
    assert_eq!(
        open_return(&relaxed, &list).unwrap().answers.answers,
        answers.answers
    );

    let mut typo: Vec<char> = code.chars().collect();
    typo[2] = if typo[2] == 'A' { 'B' } else { 'A' };
    let typo: String = typo.into_iter().collect();
    assert_eq!(
        open_return(&typo, &list),
        Err(ReturnError::Code(CodeError::Typo))
    );

    let short = &code[..code.len() - 5];
    assert!(matches!(
        open_return(short, &list),
        Err(ReturnError::WrongLength { .. }) | Err(ReturnError::Code(CodeError::Typo))
    ));
    assert_eq!(
        open_return("", &list),
        Err(ReturnError::Code(CodeError::Empty))
    );
}

#[test]
fn a_reading_is_made_by_the_person_dated_when_answered() {
    let inv = invitation(3, 30, Scale::default());
    let mut answers = answers_for(&inv, 0);
    answers.notes[2] = "Getting there".into();
    let reading = sent(&inv).reading(&answers, "r-9".into());
    assert_eq!(reading.date, day(2026, 12, 4));
    assert_eq!(reading.respondent, crate::domain::Respondent::Person);
    assert!(reading.complete);
    assert_eq!(reading.answers.len(), 3);
    assert_eq!(reading.answers[2].note, "Getting there");
    assert_eq!(reading.answers[0].card.as_str(), "c-0");
}

fn any_answer(points: usize, pnts: bool) -> impl Strategy<Value = Answer> {
    let max = points as u8 - 1;
    prop_oneof![
        (0..=max).prop_map(Answer::Rated),
        Just(Answer::Skipped),
        Just(if pnts {
            Answer::PreferNotToSay
        } else {
            Answer::Skipped
        }),
    ]
}

fn any_return() -> impl Strategy<Value = (Invitation, ReturnedAnswers)> {
    (
        3usize..=40,
        3usize..=10,
        any::<bool>(),
        any::<[u8; 16]>(),
        0u64..=1023,
    )
        .prop_flat_map(|(cards, points, pnts, secret, days)| {
            let answers = proptest::collection::vec(any_answer(points, pnts), cards);
            let notes = proptest::collection::vec("[a-z ]{0,12}", cards);
            (Just((cards, points, pnts, secret, days)), answers, notes)
        })
        .prop_map(|((cards, points, pnts, secret, days), answers, notes)| {
            let mut inv = invitation(cards, 25, scale_of(points, pnts));
            inv.secret_for_tests(secret);
            let answered = inv.sent.checked_add_days(chrono::Days::new(days)).unwrap();
            let notes = notes.into_iter().map(|n| n.trim().to_owned()).collect();
            (
                inv,
                ReturnedAnswers {
                    answered,
                    answers,
                    notes,
                },
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn any_return_comes_back_whole_by_link_and_by_code((inv, answers) in any_return()) {
        let list = [sent(&inv)];
        let by_link = open_return(&answers.link(&inv, "https://x.org/"), &list).unwrap();
        prop_assert_eq!(&by_link.answers, &answers);
        let by_code = open_return(&answers.code(&inv), &list).unwrap();
        prop_assert_eq!(&by_code.answers.answers, &answers.answers);
    }

    #[test]
    fn a_flipped_digit_or_a_cut_never_opens((inv, answers) in any_return(), at in any::<prop::sample::Index>(), cut in 1usize..10) {
        let list = [sent(&inv)];
        let link = answers.link_fragment(&inv);
        let i = 1 + at.index(link.len() - 1);
        let mut flipped = link.clone().into_bytes();
        flipped[i] = if flipped[i] == b'9' { b'0' } else { flipped[i] + 1 };
        let flipped = String::from_utf8(flipped).unwrap();
        prop_assert!(open_return(&flipped, &list).is_err());
        prop_assert!(open_return(&link[..link.len() - cut], &list).is_err());
        let code = answers.code(&inv).replace(' ', "");
        prop_assert!(open_return(&code[..code.len() - cut.min(code.len() - 1)], &list).is_err());
    }

    #[test]
    fn invitations_round_trip(cards in 3usize..=40, points in 3usize..=10, pnts in any::<bool>(), len in 1usize..=150, name in "[A-Za-z ]{0,40}") {
        let mut inv = invitation(cards, len, scale_of(points, pnts));
        inv.shown_name = name.trim().to_owned();
        prop_assert_eq!(Invitation::from_fragment(&inv.fragment()).unwrap(), inv);
    }
}

#[test]
fn the_phone_keeps_answers_until_sealed_then_only_the_sealed_return() {
    let inv = invitation(4, 30, Scale::default());
    let mut sheet = AnswerSheet::new(inv.clone());
    sheet.answer(0, Answer::Rated(4));
    sheet.answer(1, Answer::Skipped);
    sheet.note(2, "A note with\na line break");
    sheet.position = 2;
    sheet.move_on = Some(false);
    sheet.keep_copy = true;
    let stored = OnThePhone::Answering(sheet.clone()).to_stored();
    assert_eq!(
        OnThePhone::from_stored(&stored),
        Some(OnThePhone::Answering(sheet.clone()))
    );
    assert_eq!(sheet.answered(), 1);

    let sent_back = sheet.send_back(day(2026, 12, 6));
    let stored = OnThePhone::SentBack(sent_back.clone()).to_stored();
    assert!(
        !stored.contains(&inv.fragment()[1..40]),
        "the secret is gone"
    );
    assert_eq!(
        OnThePhone::from_stored(&stored),
        Some(OnThePhone::SentBack(sent_back.clone()))
    );
    let opened = open_return(&sent_back.code, &[sent(&inv)]).unwrap();
    assert_eq!(opened.answers.answers[0], Answer::Rated(4));
    assert_eq!(opened.answers.answers[3], Answer::Skipped, "never answered");
    let by_link = open_return(&sent_back.link_fragment, &[sent(&inv)]).unwrap();
    assert_eq!(by_link.answers.notes[2], "A note with\na line break");

    assert_eq!(OnThePhone::from_stored("12"), None);
    assert_eq!(OnThePhone::from_stored(&stored[..stored.len() - 3]), None);
}

#[test]
fn a_kept_copy_round_trips_and_counts_answers_by_label() {
    let inv = invitation(3, 30, scale_of(3, true));
    let mut sheet = AnswerSheet::new(inv);
    sheet.answer(0, Answer::Rated(2));
    sheet.answer(1, Answer::Rated(2));
    sheet.answer(2, Answer::PreferNotToSay);
    let kept = vec![KeptAnswers::of(&sheet, day(2026, 12, 6)); 2];
    assert_eq!(kept[0].counts(), [0, 0, 2]);
    assert_eq!(kept_from_stored(&kept_to_stored(&kept)).unwrap(), kept);
    let many = vec![kept[0].clone(); MAX_KEPT + 3];
    assert_eq!(
        kept_from_stored(&kept_to_stored(&many)).unwrap().len(),
        MAX_KEPT
    );
}

/// The invitation format as first shipped: a link made then must still open on any later
/// answer page (a person may open an old message). Also what `scripts/bench.mjs` opens.
#[test]
fn the_first_invitation_format_still_reads() {
    let deck = &built_in_decks()[0];
    let cards = deck.active_cards().map(InvitedCard::of).collect();
    let invitation = Invitation::new(
        [0x2a; 16],
        day(2026, 12, 1),
        "en",
        "Sam",
        deck.scale().clone(),
        cards,
    );
    let golden = include_str!("../../../tests/fixtures/invitation-1.txt").trim();
    assert_eq!(Invitation::from_fragment(golden), Ok(invitation.clone()));
    assert_eq!(invitation.fragment(), golden);
}
