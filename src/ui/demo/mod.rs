//! `Demo`: starting, resetting and leaving the demonstration service. The banner shown
//! while it is on belongs to the shell ([`crate::ui::shell::DemoBanner`]).

mod demo_page;

pub use demo_page::DemoPage;
