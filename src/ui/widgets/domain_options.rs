use leptos::prelude::*;

use crate::ui::state::use_app_state;

/// The service's outcome domains (built-in, then its own), as the names a choice offers.
/// `current` is added when it is none of them (a domain the service has since removed, or
/// one from an imported deck), so editing a record never forces a change of domain.
pub fn service_domains(current: &str) -> Vec<String> {
    let state = use_app_state();
    let mut domains: Vec<String> = state
        .settings
        .with_untracked(|settings| settings.domains().into_iter().map(str::to_owned).collect());
    if !current.trim().is_empty() && !domains.iter().any(|d| d == current) {
        domains.push(current.to_owned());
    }
    domains
}

/// The `<option>`s of an outcome-domain `<select>`: [`service_domains`], with `current`
/// selected.
#[component]
pub fn DomainOptions(
    /// The domain chosen when the form opened; empty for none.
    #[prop(into)]
    current: String,
) -> impl IntoView {
    service_domains(&current)
        .into_iter()
        .map(|name| {
            let selected = name == current;
            let value = name.clone();
            view! { <option value=value selected=selected>{name}</option> }
        })
        .collect_view()
}
