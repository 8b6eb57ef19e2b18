use leptos::prelude::*;

/// "Monitoring outcomes": baseline, 3 months, reviews; influences; two views of change.
#[component]
pub fn MonitoringTopic() -> impl IntoView {
    view! {
        <p class="lead">"Monitoring shows whether things are changing, and how."</p>
        <h2>"When to look"</h2>
        <ol>
            <li>
                "A baseline at the first conversation: how things are at the start, before "
                "the work."
            </li>
            <li>"A review at 3 months: have the short-term outcomes been reached?"</li>
            <li>"Then reviews every few months (the service sets how often) until the work ends."</li>
        </ol>
        <h2>"Many things influence change"</h2>
        <p>
            "The service is one influence among many: family, friends, health, money, "
            "housing, and luck. Record what helped and what got in the way. The service "
            "contributes to an outcome; it rarely causes it alone."
        </p>
        <h2>"Two views of change"</h2>
        <p>
            "The person and the practitioner may see change differently. Ask both and record "
            "both. A difference is something to talk about, not to correct."
        </p>
        <div class="learn-example">
            <h3>"Example"</h3>
            <p>
                "At 3 months Sam rates \u{201c}I feel confident going out\u{201d} as 2 out of 5; "
                "the worker rates it 4, having seen Sam walk to the shop. Talking about it, "
                "Sam says the walk was hard and frightening. Both views go in the record."
            </p>
        </div>
    }
}
