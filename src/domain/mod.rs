//! The domain's words as types and pure functions.
//!
//! Nothing here touches the browser: today's date and the current time are parameters, and
//! stored data goes through the [`KeyValueStore`] trait so the same code runs against local
//! storage in the app and against [`MemoryStore`] in host tests.

mod backup;
mod cards;
mod conversation;
mod conversation_draft;
mod dates;
mod demo;
mod envelope;
mod form_error;
mod goal_attainment;
mod hand_over;
mod invitation;
mod keys;
pub mod learn;
mod numbers;
mod outcome;
mod output_hint;
mod people;
mod person;
mod progress;
mod public_address;
mod query_text;
mod repository;
mod review;
mod schedule;
mod service;
mod service_settings;
mod storage_space;
mod store;
mod stored_list;
#[cfg(test)]
pub(crate) mod test_support;
mod unplanned;

pub use backup::{
    apply, backup_file_name, export_backup, parse_backup, plan_merge, plan_replace, preview,
    read_notes, record_times, reminder_due, wipe, write_notes, ApplyError, Backup, BackupContents,
    BackupError, BackupRecord, DeviceNotes, Exported, NewerCopy, Preview, PreviewPerson,
    RecordTimes, Write, APP_VERSION, BACKUP_FORMAT, DEFAULT_REMINDER_DAYS, MAX_BACKUP_BYTES,
};
pub use cards::{
    answer_for_choice, choice_for_answer, scale_choices, ReadingSetup, ValidSetup, SETUP_DATE,
    SETUP_DECK, SETUP_RESPONDENT,
};
pub use cards::{
    baseline, both_views, built_in_deck, built_in_decks, card_change, card_score, deck_file_name,
    export_deck, import_deck, latest, score, summarise, Answer, BothViews, BothViewsRow, Card,
    CardAnswer, CardDraft, CardField, CardId, CardsInUse, Change, Correction, Deck, DeckError,
    DeckFileError, DeckId, Pairing, Reading, ReadingError, Removal, Respondent, Scale, ScaleDraft,
    ScaleError, ScaleWording, Summary, SummaryRow, UserDecks, AGREEMENT_QUESTION,
    COMPARE_WITHIN_DAYS, DECK_FILE_FORMAT, DECK_FILE_VERSION, DEFAULT_LABELS, DISCUSS_DIFFERENCE,
    FREQUENCY_LABELS, FREQUENCY_QUESTION, MAX_CARDS, MAX_DECK_FILE_BYTES, MAX_DECK_NAME,
    MAX_DOMAIN, MAX_EMOJI, MAX_LABEL, MAX_NOTICE, MAX_POINTS, MAX_QUESTION, MAX_STATEMENT,
    MIN_POINTS, PREFER_NOT_TO_SAY,
};
pub use cards::{
    card_across_people, person_across_cards, score_labels, ScoreDistribution, ScoreSides,
};
pub use cards::{readings_table, ReadingColumn, ReadingsTable, ReadingsTableRow};
pub use conversation::{
    Conversation, ConversationKind, Direction, Imagined, OutcomeReview, ProgressView,
    UnplannedOutcome, View,
};
pub use conversation_draft::{
    ConversationDraft, DraftError, OutcomeDraft, CONVERSATION_STEPS, OUTCOMES_STEP,
};
pub use dates::{format_uk_date, iso_date, parse_iso_date};
pub use demo::{
    demo_keys, demo_service, install_demo, DemoError, DemoService, DEMO_PREFIX, DEMO_SERVICE_NAME,
};
pub use envelope::{decode, encode, DecodeError, Envelope, Migrate, CURRENT_SCHEMA};
pub use form_error::{form_errors, FormError, NamesField};
pub use goal_attainment::{t_score, GoalLevel};
pub use hand_over::{
    GiveBack, HandOverMark, Pin, PinCheck, PinError, FORGOTTEN_WAIT, FREE_TRIES, PIN_DIGITS,
    WAIT_AFTER_WRONG,
};
pub use invitation::{
    code_symbols, kept_from_stored, kept_to_stored, open_return, AnswerSheet, CodeError,
    Invitation, InvitationError, InvitationStatus, InvitedCard, KeptAnswers, OnThePhone, Received,
    ReturnError, ReturnedAnswers, SentBack, SentInvitation, SentInvitations, CODE_SYMBOLS, GROUP,
    INVITATION_MARK, MAX_ANSWER_DAYS, MAX_KEPT, MAX_SHOWN_NAME, RETURN_MARK, SECRET_BYTES,
};
pub use keys::{KeyKind, Keys};
pub use numbers::{format_change, format_t_score, format_value, median, plural};
pub use outcome::{
    Contributors, Outcome, OutcomeChecks, OutcomeQuality, OutcomeStatus, Term, BUILT_IN_DOMAINS,
    OUTCOME_QUALITIES,
};
pub use output_hint::{output_hint, OutputHint, REWORDING_PROMPT};
pub use people::{filter_people, IndexEntry, PeopleIndex, PeopleSort, PeopleView, StatusFilter};
pub use person::{CaseStatus, FieldError, FieldId, Person, PersonDraft, PersonId, ValidPerson};
pub use progress::{goal_attainment_over_time, timeline, TimelineEvent, TimelineItem};
pub use public_address::{
    answer_page_address, check_public_address, public_address, PublicAddressError,
    MAX_PUBLIC_ADDRESS,
};
pub use repository::{
    holds_reading, AddedReturn, DecksError, LoadError, Loaded, ReceiveError, Repository,
    ReturnPreview, SaveError, ServiceRecord, ServiceRecordError, StoredProblem,
};
pub use review::{
    NewOutcomeDraft, OutcomeReviewDraft, ResumedReview, ReviewDraft, ReviewField, ValidReview,
};
pub use schedule::{ReviewSchedule, ReviewState};
pub use service::{
    dashboard, AimResult, CaseRecord, Caseload, Dashboard, DashboardFilter, PeopleCounts,
    ReadingsResult, ReviewCounts, ServiceData, Share, StatusResult, StatusTally, TargetResult,
    UnplannedCounts, Verdict, METHOD, NO_DOMAIN, SMALL_NUMBERS,
};
pub use service::{
    example_aims, term_value, Aim, AimDraft, AimError, ReadingsTarget, ServiceAims, StatusTarget,
    Target, TargetDraft, TargetFocus, TargetKind, MAX_AIM_WORDS, MAX_IMPROVEMENT, MAX_TARGETS,
};
pub use service::{
    life_story_work, LogicModel, LogicModelError, LogicModels, PieceOfWork, COLUMN_HEADINGS,
    MAX_MODEL_ITEM, MAX_MODEL_ITEMS, MAX_MODEL_NAME,
};
pub use service::{
    neutralise, outcomes_csv, ratings_csv, unplanned_csv, BOM, NOT_SAID, OUTCOMES_HEADER,
    RATINGS_HEADER, SKIPPED, UNPLANNED_HEADER,
};
pub use service::{reflection_date, REFLECTION_DATE_FIELD};
pub use service::{
    FiguresSnapshot, Reflection, ReflectionDraft, ReflectionError, Reflections, TargetFigures,
    REFLECTION_QUESTIONS,
};
pub use service_settings::{
    ServiceSettings, SettingsDraft, SettingsError, MAX_EXTRA_DOMAINS, MAX_REMINDER_DAYS,
    MAX_REVIEW_INTERVAL, MAX_SERVICE_NAME, MIN_REMINDER_DAYS, MIN_REVIEW_INTERVAL,
    SETTINGS_DOMAINS, SETTINGS_INTERVAL, SETTINGS_NAME, SETTINGS_PUBLIC_ADDRESS, SETTINGS_REMINDER,
};
pub use storage_space::{
    bytes, size, DeviceSpace, StorageLimit, StorageSpace, USUAL_LIMIT, WARN_PERCENT,
};
pub use store::{KeyValueStore, MemoryStore, StoreError};
pub use stored_list::StoredList;
pub use unplanned::{UnplannedDraft, UnplannedField, ValidUnplanned, DIRECTIONS};
