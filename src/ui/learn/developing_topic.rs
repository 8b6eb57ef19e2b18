use leptos::prelude::*;

/// "Developing an outcome focus": from the person at referral to agreed outcomes, and
/// recording what nobody planned.
#[component]
pub fn DevelopingTopic() -> impl IntoView {
    view! {
        <p class="lead">
            "An outcome focus starts from the person's life, not from the services on offer."
        </p>
        <h2>"1. Picture the person at referral"</h2>
        <p>
            "How are things now? What do they need, how do they present, and what matters to "
            "them, in their words?"
        </p>
        <h2>"2. Imagine the work is complete and has gone well"</h2>
        <p>
            "What is different in their life? What would they notice, and what would their "
            "family and you notice?"
        </p>
        <h2>"3. Agree short and longer-term outcomes"</h2>
        <p>
            "Turn that picture into outcomes in the person's words. Short-term outcomes are "
            "for the next 3 months; longer-term outcomes take more time. Agree who contributes "
            "and how you will all know."
        </p>
        <div class="learn-example">
            <h3>"Example"</h3>
            <p>"Sam lives alone and was referred after a fall. Sam wants to get out again."</p>
            <ul>
                <li>"Short term: \u{201c}I can get up and down my stairs safely.\u{201d}"</li>
                <li>
                    "Longer term: \u{201c}I go to the lunch club on my own and see my "
                    "friends.\u{201d}"
                </li>
            </ul>
        </div>
        <h2>"4. Record unplanned outcomes"</h2>
        <p>
            "Some changes nobody planned: a new friendship, a move, a risk that came to "
            "light. Record them, good or bad, with the date. They can change the plan."
        </p>
    }
}
