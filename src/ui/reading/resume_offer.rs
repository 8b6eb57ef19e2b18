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
    /// Discards the unfinished reading with this id (after a confirmation here).
    on_discard: Callback<String>,
) -> impl IntoView {
    let confirming = RwSignal::new(None::<String>);
    view! {
        <section class="notice notice-warning" aria-labelledby="resume-heading">
            <h2 id="resume-heading">"A reading is not finished"</h2>
            <ul class="resume-list">
                {readings.into_iter().map(|(id, text)| view! {
                    <li>
                        <p>{text.clone()}</p>
                        <div class="actions">
                            <button
                                type="button"
                                class="button-primary"
                                aria-label=format!("Carry on with the reading: {text}")
                                on:click={
                                    let id = id.clone();
                                    move |_| on_resume.run(id.clone())
                                }
                            >
                                "Carry on"
                            </button>
                            <DiscardReading id=id text=text confirming=confirming on_discard=on_discard/>
                        </div>
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

/// `Discard`, then a confirmation in place: an unfinished reading's answers are lost with it.
#[component]
fn DiscardReading(
    id: String,
    text: String,
    confirming: RwSignal<Option<String>>,
    on_discard: Callback<String>,
) -> impl IntoView {
    let id = StoredValue::new(id);
    let asked = move || confirming.with(|c| id.with_value(|id| c.as_deref() == Some(id.as_str())));
    view! {
        <Show
            when=asked
            fallback=move || view! {
                <button
                    type="button"
                    class="button-secondary"
                    aria-label=format!("Discard the reading: {text}")
                    on:click=move |_| confirming.set(Some(id.get_value()))
                >
                    "Discard"
                </button>
            }
        >
            <p role="alert">"Discard this unfinished reading? Its answers will be lost."</p>
            <button type="button" class="button-danger" on:click=move |_| on_discard.run(id.get_value())>
                "Yes, discard it"
            </button>
            <button type="button" class="button-secondary" on:click=move |_| confirming.set(None)>
                "Keep it"
            </button>
        </Show>
    }
}
