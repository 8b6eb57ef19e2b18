use leptos::prelude::*;

/// The offer on opening the page while a reading is unfinished: carry on with it, or start a
/// new one.
#[component]
pub fn ResumeOffer(
    /// Each unfinished reading: its id and a description ("The person, 3 March 2026,
    /// Personal outcomes (adults): 4 of 15 answered").
    readings: Vec<(String, String)>,
    /// Carries on with the reading with this id.
    on_resume: Callback<String>,
    /// Starts a new reading instead.
    on_new: Callback<()>,
) -> impl IntoView {
    view! {
        <section class="notice notice-warning" aria-labelledby="resume-heading">
            <h2 id="resume-heading">"A reading is not finished"</h2>
            <ul class="resume-list">
                {readings.into_iter().map(|(id, text)| view! {
                    <li>
                        <p>{text.clone()}</p>
                        <button
                            type="button"
                            class="button-primary"
                            aria-label=format!("Carry on with the reading: {text}")
                            on:click=move |_| on_resume.run(id.clone())
                        >
                            "Carry on"
                        </button>
                    </li>
                }).collect_view()}
            </ul>
        </section>
        <div class="actions">
            <button type="button" class="button-secondary" on:click=move |_| on_new.run(())>
                "Start a new reading"
            </button>
        </div>
    }
}
