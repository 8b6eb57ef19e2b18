//! The app shell around every page: the site header and footer, the demo banner, the
//! one-off flash message, the banners for full storage, unreadable records and the
//! single-file edition, the page for an unknown address, and the hand-over that hides all of
//! it (its state, `Give back`, and the neutral screen).

mod demo_banner;
mod flash_message;
mod give_back;
mod hand_over_state;
mod handed_over_screen;
mod local_file_notice;
mod not_found_page;
mod site_footer;
mod site_header;
mod storage_full_banner;
mod stored_problems;

pub use demo_banner::{show_people_afresh, DemoBanner, LEFT};
pub use flash_message::FlashMessage;
pub use give_back::GiveBack;
pub use hand_over_state::{use_hand_over, HandOverState};
pub use handed_over_screen::HandedOverScreen;
pub use local_file_notice::LocalFileNotice;
pub use not_found_page::NotFoundPage;
pub use site_footer::SiteFooter;
pub use site_header::SiteHeader;
pub use storage_full_banner::StorageFullBanner;
pub use stored_problems::StoredProblems;
