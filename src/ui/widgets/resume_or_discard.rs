use leptos::prelude::*;

/// The offer on opening a form whose unfinished draft is kept: carry on with it, or discard
/// it after a confirmation in place (everything typed in it is lost with it).
#[component]
pub fn ResumeOrDiscard(
    /// The page's heading.
    title: String,
    /// What is unfinished, in a sentence.
    message: String,
    /// What the work is called in the buttons: "conversation", "review".
    what: &'static str,
    /// Removes the draft, or says in words why it could not.
    discard: Callback<(), Result<(), String>>,
    /// Told `true` to resume the draft, or `false` once it is discarded, to start afresh.
    chosen: Callback<bool>,
) -> impl IntoView {
    let confirming = RwSignal::new(false);
    let error = RwSignal::new(None::<String>);
    let discard_now = move || match discard.run(()) {
        Ok(()) => chosen.run(false),
        Err(e) => error.set(Some(e)),
    };
    view! {
        <h1>{title}</h1>
        <p>{message}</p>
        <div role="alert">
            {move || error.get().map(|e| view! { <p class="notice notice-error">{e}</p> })}
        </div>
        {move || if confirming.get() {
            view! {
                <div class="notice notice-warning">
                    <p>{format!("Discard the unfinished {what}? Everything typed in it will be lost.")}</p>
                    <div class="actions">
                        <button type="button" class="button-danger" on:click=move |_| discard_now()>
                            "Yes, discard it"
                        </button>
                        <button type="button" class="button-secondary" on:click=move |_| confirming.set(false)>
                            "Cancel"
                        </button>
                    </div>
                </div>
            }
            .into_any()
        } else {
            view! {
                <div class="actions">
                    <button type="button" class="button-primary" on:click=move |_| chosen.run(true)>
                        {format!("Resume the {what}")}
                    </button>
                    <button type="button" class="button-secondary" on:click=move |_| confirming.set(true)>
                        "Discard it and start again"
                    </button>
                </div>
            }
            .into_any()
        }}
    }
}
