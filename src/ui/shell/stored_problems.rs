use leptos::prelude::*;

use crate::ui::state::use_app_state;

/// Reports stored values that could not be read, and storage that cannot be used at all.
/// The values themselves are left untouched.
#[component]
pub fn StoredProblems() -> impl IntoView {
    let state = use_app_state();
    view! {
        <Show when=move || state.unavailable.with(Option::is_some)>
            <section class="notice notice-error" role="alert">
                <h2>"This browser is not letting Outcome Focus store data"</h2>
                <p>
                    "Nothing you enter can be saved. Allow this site to store data in the "
                    "browser's settings (cookies and site data), or leave private browsing, "
                    "then reload the page."
                </p>
            </section>
        </Show>
        <Show when=move || state.problems.with(|p| !p.is_empty())>
            <section class="notice notice-warning" aria-labelledby="stored-problems-title">
                <h2 id="stored-problems-title">"Some stored data could not be read"</h2>
                <p>
                    "Outcome Focus has kept each of these exactly as it is, and nothing was "
                    "deleted. Everything else works as normal. Do not clear this browser's "
                    "data: ask whoever supports your use of the app to help recover them."
                </p>
                <ul>
                    <For
                        each=move || state.problems.get()
                        key=|problem| problem.key.clone()
                        let:problem
                    >
                        <li>
                            <code>{problem.key}</code>
                            ": "
                            {problem.reason}
                        </li>
                    </For>
                </ul>
            </section>
        </Show>
    }
}
