use leptos::prelude::*;

/// Where the user is in a guided form: "Step 2 of 6: What matters", with every step listed
/// and the current one marked for screen readers.
#[component]
pub fn StepIndicator(
    /// The steps' names.
    steps: &'static [&'static str],
    /// The current step, from 0.
    #[prop(into)]
    current: Signal<usize>,
) -> impl IntoView {
    view! {
        <nav class="steps" aria-label="Steps">
            <p class="steps-now">
                {move || {
                    let n = current.get();
                    format!("Step {} of {}: {}", n + 1, steps.len(), steps.get(n).unwrap_or(&""))
                }}
            </p>
            <ol>
                {steps
                    .iter()
                    .enumerate()
                    .map(|(i, name)| {
                        view! {
                            <li
                                class:step-done=move || i < current.get()
                                class:step-current=move || i == current.get()
                                aria-current=move || (i == current.get()).then_some("step")
                            >
                                {*name}
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
