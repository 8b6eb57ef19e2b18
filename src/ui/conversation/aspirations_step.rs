use leptos::prelude::*;

use super::DraftState;

/// Step 2, "What matters": the person's aspirations, goals and priorities in their own words,
/// as many as they like.
#[component]
pub fn AspirationsStep(
    /// The draft being filled in.
    state: DraftState,
) -> impl IntoView {
    let draft = state.draft;
    let count = Memo::new(move |_| draft.with(|d| d.aspirations.len()));
    let add = move |_| draft.update(|d| d.aspirations.push(String::new()));
    view! {
        <p class="lead">
            "What matters to the person? What do they want for their life? "
            "Write it in their own words."
        </p>
        <ol class="entry-list">
            {move || {
                (0..count.get())
                    .map(|i| {
                        let id = format!("aspiration-{i}");
                        view! {
                            <li class="entry">
                                <label for=id.clone()>{format!("What matters {}", i + 1)}</label>
                                <div class="entry-row">
                                    <input
                                        id=id
                                        type="text"
                                        prop:value=move || {
                                            draft.with(|d| d.aspirations.get(i).cloned().unwrap_or_default())
                                        }
                                        on:input=move |ev| {
                                            let value = event_target_value(&ev);
                                            draft.update(|d| if let Some(a) = d.aspirations.get_mut(i) { *a = value });
                                        }
                                    />
                                    <button
                                        type="button"
                                        class="button-secondary"
                                        on:click=move |_| draft.update(|d| {
                                            if i < d.aspirations.len() {
                                                d.aspirations.remove(i);
                                            }
                                        })
                                    >
                                        {format!("Remove what matters {}", i + 1)}
                                    </button>
                                </div>
                            </li>
                        }
                    })
                    .collect_view()
            }}
        </ol>
        <button type="button" class="button-secondary" on:click=add>"Add another"</button>
    }
}
