use leptos::prelude::*;

use super::{LearnFrame, PageLink};
use crate::domain::learn::{TopicKind, LEARN_PAGES};
use crate::route::Route;
use crate::ui::set_title;
use crate::ui::widgets::Link;

/// `Learn`: the contents of the short pages on an outcome focus, and the exercises.
#[component]
pub fn LearnPage() -> impl IntoView {
    set_title("Learn");
    let list = |kind: TopicKind| {
        LEARN_PAGES
            .iter()
            .filter(move |p| p.kind == kind)
            .map(|page| {
                view! {
                    <li>
                        <Link to=Route::LearnPage(page.slug.to_owned()).path()>{page.title}</Link>
                        <p>{page.summary}</p>
                    </li>
                }
            })
            .collect_view()
    };
    view! {
        <LearnFrame previous=None next=LEARN_PAGES.first().map(PageLink::topic)>
            <h1>"Learn"</h1>
            <p class="lead">
                "Short pages on working with an outcome focus, and two exercises to try. "
                "Nothing here touches anyone's records."
            </p>
            <h2>"Pages"</h2>
            <ol class="learn-contents">{list(TopicKind::Reading)}</ol>
            <h2>"Exercises"</h2>
            <ul class="learn-contents">{list(TopicKind::Exercise)}</ul>
        </LearnFrame>
    }
}
