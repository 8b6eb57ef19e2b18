use leptos::prelude::*;

use super::invitation_code::INVITATION_HEADING;
use super::{
    answer_page, InvitationCode, NoPublicAddress, SendToPhoneForm, ShownInvitation,
    WaitingInvitations,
};
use crate::domain::{CaseStatus, Person, SentInvitations, ServiceSettings};
use crate::route::Route;
use crate::ui::records::load_service_record;
use crate::ui::state::use_app_state;
use crate::ui::widgets::{focus_by_id, Link};

/// The HTML id of the form that makes an invitation.
const SEND_FORM: &str = "send-to-phone";

/// A person's page's cards on their own phone: `Send to their phone` (or why it cannot be done
/// from here), the invitation just made, and the invitations still waiting for answers.
#[component]
pub fn PhoneInvitations(
    /// Whose page it is.
    person: Person,
) -> impl IntoView {
    let state = use_app_state();
    let (stored, problem) = load_service_record::<SentInvitations>();
    let invitations = RwSignal::new(stored);
    let open = RwSignal::new(false);
    let shown = RwSignal::new(None::<ShownInvitation>);
    let answer_page = Memo::new(move |_| state.settings.with(|s: &ServiceSettings| answer_page(s)));
    let closed = person.status == CaseStatus::Closed;
    let first_name = person
        .name
        .split_whitespace()
        .next()
        .unwrap_or_default()
        .to_owned();
    let id = person.id.clone();

    let show = Callback::new(move |invitation: ShownInvitation| {
        open.set(false);
        shown.set(Some(invitation));
        request_animation_frame(|| focus_by_id(INVITATION_HEADING));
    });
    let hide = Callback::new(move |()| shown.set(None));
    let form_id = id.clone();
    view! {
        <section aria-labelledby="phone-heading" class="phone-invitations">
            <h2 id="phone-heading">"Cards on their own phone"</h2>
            {problem.map(|message| view! { <p class="notice notice-error">{message}</p> })}
            <div class="actions">
                {(!closed).then(|| view! {
                    <button
                        type="button"
                        class="button-secondary"
                        aria-expanded=move || open.get().to_string()
                        aria-controls=SEND_FORM
                        on:click=move |_| open.update(|o| *o = !*o)
                    >
                        "Send to their phone"
                    </button>
                })}
                <Link to=Route::ReceiveAnswers.path() class="button-secondary">"Receive answers"</Link>
            </div>
            <div id=SEND_FORM>
                {move || open.get().then(|| match answer_page.get() {
                    None => view! { <NoPublicAddress/> }.into_any(),
                    Some(page) => view! {
                        <SendToPhoneForm
                            person=form_id.clone()
                            first_name=first_name.clone()
                            answer_page=page
                            invitations=invitations
                            on_made=show
                        />
                    }.into_any(),
                })}
            </div>
            {move || shown.get().map(|invitation| view! {
                <InvitationCode shown=invitation on_hide=hide/>
            })}
            <WaitingInvitations
                person=id
                invitations=invitations
                answer_page=answer_page.into()
                on_show=show
            />
        </section>
    }
}
