//! Every Learn page has an address that leads back to it. Here rather than beside the pages,
//! because the domain sits below the app's addresses and never names them.
#![cfg(not(target_arch = "wasm32"))]

use outcome_focus::domain::learn::LEARN_PAGES;
use outcome_focus::route::Route;

#[test]
fn every_learn_page_has_an_address_that_leads_back_to_it() {
    for page in LEARN_PAGES.iter() {
        let route = Route::LearnPage(page.slug.to_owned());
        assert_eq!(Route::parse(&route.path()), route, "{:?}", page.slug);
    }
}
