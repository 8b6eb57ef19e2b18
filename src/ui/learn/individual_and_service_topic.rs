use leptos::prelude::*;

/// "Individual and service outcomes": what each is, and why they may differ.
#[component]
pub fn IndividualAndServiceTopic() -> impl IntoView {
    view! {
        <p class="lead">
            "Outcomes can belong to one person or to a whole service. Both matter, and they "
            "are not the same thing."
        </p>
        <h2>"Individual outcomes"</h2>
        <p>
            "An individual (or personal) outcome is a change that matters to one person, in "
            "their own words. It comes from a conversation about their life."
        </p>
        <ul>
            <li>"\u{201c}I go to the shops on my own.\u{201d}"</li>
            <li>"\u{201c}I know my story and feel proud of where I come from.\u{201d}"</li>
            <li>"\u{201c}I feel safe at home.\u{201d}"</li>
        </ul>
        <h2>"Service outcomes"</h2>
        <p>
            "A service outcome is what a service sets out to change for the people it works "
            "with, across all of them, with a target that can be measured."
        </p>
        <ul>
            <li>"60% of people feel less lonely after six months."</li>
            <li>"Children are prepared for moving on, and matching is quicker."</li>
        </ul>
        <h2>"Why they may differ"</h2>
        <ul>
            <li>
                "What matters most to the person may not be what the service was set up to "
                "change."
            </li>
            <li>
                "A service outcome is counted over many people: one person can reach their "
                "outcome while the service misses its target, and the other way round."
            </li>
            <li>
                "In life story work, the child's outcome is a stronger sense of who they are; "
                "the service's outcome is that matching with a new family is quicker."
            </li>
        </ul>
        <p>
            "Start with the person. Agree their outcomes first, then see what they add up "
            "to for the service."
        </p>
    }
}
