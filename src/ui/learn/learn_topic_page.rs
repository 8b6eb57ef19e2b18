use leptos::prelude::*;

use super::{
    DevelopingTopic, IndividualAndServiceTopic, InputsToOutcomesTopic, LearnFrame, MonitoringTopic,
    OutcomeOrOutput, PageLink, WriteAnOutcome,
};
use crate::domain::learn::{learn_page, next_page, previous_page};
use crate::route::Route;
use crate::ui::set_title;
use crate::ui::widgets::Link;

/// One Learn page or exercise, by its slug.
#[component]
pub fn LearnTopicPage(
    /// The page's slug, from its address.
    slug: String,
) -> impl IntoView {
    let Some(topic) = learn_page(&slug) else {
        set_title("Learn page not found");
        return view! {
            <h1>"Learn page not found"</h1>
            <p>"There is no Learn page at this address."</p>
            <p><Link to=Route::Learn.path()>"See the Learn pages"</Link></p>
        }
        .into_any();
    };
    set_title(topic.title);
    let previous = previous_page(topic.slug).map_or_else(PageLink::contents, PageLink::topic);
    let next = next_page(topic.slug).map_or_else(PageLink::contents, PageLink::topic);
    let body = match topic.slug {
        "inputs-to-outcomes" => view! { <InputsToOutcomesTopic/> }.into_any(),
        "individual-and-service-outcomes" => view! { <IndividualAndServiceTopic/> }.into_any(),
        "developing-an-outcome-focus" => view! { <DevelopingTopic/> }.into_any(),
        "monitoring" => view! { <MonitoringTopic/> }.into_any(),
        "outcome-or-output" => view! { <OutcomeOrOutput/> }.into_any(),
        "write-an-outcome" => view! { <WriteAnOutcome/> }.into_any(),
        // A page listed in the core before its text is written here.
        _ => view! { <p>"This page is not written yet."</p> }.into_any(),
    };
    view! {
        <LearnFrame previous=Some(previous) next=Some(next)>
            <h1>{topic.title}</h1>
            {body}
        </LearnFrame>
    }
    .into_any()
}
