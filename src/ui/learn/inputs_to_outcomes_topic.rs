use leptos::prelude::*;

use super::LogicModelSteps;
use crate::domain::life_story_work;

/// "Inputs, processes, outputs and outcomes": the four words, and life story work laid out
/// with them for the child and for the service.
#[component]
pub fn InputsToOutcomesTopic() -> impl IntoView {
    let example = life_story_work();
    view! {
        <p class="lead">
            "Any piece of work can be laid out from what goes into it to what changes because "
            "of it. Four words do this."
        </p>
        <dl class="learn-terms">
            <dt>"Inputs"</dt>
            <dd>"What goes into the work: people, time, money, materials, information."</dd>
            <dt>"Processes"</dt>
            <dd>"What is done with the inputs: the activities, the sessions, the visits."</dd>
            <dt>"Outputs"</dt>
            <dd>"What is delivered or produced: a service, a document, a number of sessions."</dd>
            <dt>"Outcomes"</dt>
            <dd>"What changes in a person's life because of the work."</dd>
        </dl>
        <p>
            "An output is not an outcome. \u{201c}Attends a weekly group\u{201d} is an output: "
            "the service was delivered. \u{201c}Has made a friend at the group and feels less "
            "lonely\u{201d} is an outcome: something changed for the person."
        </p>
        <h2>"Example: life story work with a child"</h2>
        <p>
            "A child in long-term foster care works with a practitioner to put together the "
            "story of their life so far."
        </p>
        <LogicModelSteps model=example.work empty="None listed"/>
        <h2>"The same work, for the service"</h2>
        <p>
            "The service does the same work with many children. It counts its outputs and "
            "looks for outcomes of its own."
        </p>
        <LogicModelSteps
            model=example.service_side
            empty="The same as for each child"
        />
        <h2>"A question to ask"</h2>
        <p>
            "Of anything written in a plan, ask: is this something we put in, something we "
            "do, something we deliver, or a change in the person's life? Only the last is an "
            "outcome."
        </p>
    }
}
