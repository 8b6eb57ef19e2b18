use leptos::prelude::*;

use crate::route::Route;
use crate::ui::widgets::Link;

/// Why cards cannot be sent to a phone from here, and what to do: this app is a file or on
/// this computer only, and no public address is set.
#[component]
pub fn NoPublicAddress() -> impl IntoView {
    view! {
        <div class="notice notice-warning no-public-address">
            <p>
                "To send cards to a phone, this app must be reached at an address the phone "
                "can open, such as https://… Ask whoever hosts it, then set it in Service "
                "settings → This app's public address."
            </p>
            <p>
                <Link to=Route::ServiceSettings.path()>"Set this app's public address"</Link>
            </p>
        </div>
    }
}
