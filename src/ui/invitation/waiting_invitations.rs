use leptos::html;
use leptos::prelude::*;

use super::ShownInvitation;
use crate::domain::{format_uk_date, InvitationStatus, PersonId, SentInvitations};
use crate::ui::clock::today;
use crate::ui::records::{load_service_record, save_service_record};
use crate::ui::widgets::ConfirmDialog;

/// The words said when an invitation cannot be shown again for want of a public address.
const NO_ADDRESS: &str = "This invitation cannot be shown again until this app has an address a phone can open: set it in Service settings → This app's public address.";

/// A person's invitations still waiting for answers, each with `Show again` (its code and
/// link, from the stored invitation) and `Cancel` (after a confirmation: its answers can no
/// longer be added).
#[component]
pub fn WaitingInvitations(
    /// Whose.
    person: PersonId,
    /// The invitations sent from here.
    invitations: RwSignal<SentInvitations>,
    /// The answer page's address, if this app has a public address.
    answer_page: Signal<Option<String>>,
    /// Shows one again.
    on_show: Callback<ShownInvitation>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let to_cancel = RwSignal::new(None::<String>);
    let dialog = NodeRef::<html::Dialog>::new();
    let person = StoredValue::new(person);
    let waiting = Memo::new(move |_| {
        invitations.with(|all| {
            all.invitations
                .iter()
                .filter(|i| i.is_waiting() && person.with_value(|p| *p == i.person))
                .cloned()
                .collect::<Vec<_>>()
        })
    });

    let cancel = Callback::new(move |()| {
        if let Some(dialog) = dialog.get_untracked() {
            dialog.close();
        }
        let Some(id) = to_cancel.get_untracked() else {
            return;
        };
        let (mut stored, unreadable) = load_service_record::<SentInvitations>();
        if let Some(message) = unreadable {
            error.set(Some(message));
            return;
        }
        if let Some(found) = stored
            .invitations
            .iter_mut()
            .find(|i| i.id == id && i.is_waiting())
        {
            found.status = InvitationStatus::Cancelled { on: today() };
        }
        match save_service_record(&stored) {
            Ok(saved) => {
                error.set(None);
                invitations.set(saved);
            }
            Err(message) => error.set(Some(message)),
        }
    });

    view! {
        <Show when=move || !waiting.with(Vec::is_empty)>
            <h3>"Invitations waiting"</h3>
            <div role="alert">
                {move || error.get().map(|message| view! {
                    <p class="notice notice-error">{message}</p>
                })}
            </div>
            <ul class="invitation-list">
                <For each=move || waiting.get() key=|i| i.id.clone() let:invitation>
                    {
                        let about = format!(
                            "the invitation sent {}: {}",
                            format_uk_date(invitation.sent),
                            invitation.deck_name
                        );
                        let id = invitation.id.clone();
                        let again = invitation.clone();
                        let show_again = move |_| {
                            let link = answer_page
                                .get_untracked()
                                .and_then(|page| Some(again.invitation()?.link(&page)));
                            match link {
                                Some(link) => {
                                    error.set(None);
                                    on_show.run(ShownInvitation {
                                        deck_name: again.deck_name.clone(),
                                        sent: again.sent,
                                        link,
                                    });
                                }
                                None => error.set(Some(NO_ADDRESS.into())),
                            }
                        };
                        let ask = move |_| {
                            to_cancel.set(Some(id.clone()));
                            if let Some(dialog) = dialog.get_untracked() {
                                let _ = dialog.show_modal();
                            }
                        };
                        view! {
                            <li>
                                <span class="invitation-what">
                                    {invitation.deck_name.clone()}
                                    ", sent "
                                    {format_uk_date(invitation.sent)}
                                </span>
                                <span class="actions">
                                    <button
                                        type="button"
                                        class="button-secondary"
                                        aria-label=format!("Show again {about}")
                                        on:click=show_again
                                    >
                                        "Show again"
                                    </button>
                                    <button
                                        type="button"
                                        class="button-secondary"
                                        aria-label=format!("Cancel {about}")
                                        on:click=ask
                                    >
                                        "Cancel"
                                    </button>
                                </span>
                            </li>
                        }
                    }
                </For>
            </ul>
        </Show>
        <ConfirmDialog
            dialog=dialog
            id="cancel-invitation-title"
            title="Cancel this invitation?"
            message="Answers sent back to it can no longer be added. Send a new invitation if answers are still wanted."
            confirm_label="Yes, cancel the invitation"
            confirm_class="button-danger"
            cancel_label="Keep it"
            on_confirm=cancel
        />
    }
}
