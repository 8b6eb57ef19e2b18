use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

const COPIED: &str = "Link copied. Paste it into a message.";
const REFUSED: &str =
    "This browser did not let the page copy: the link is selected, copy it from the field.";

/// A link to pass on: shown in a read-only field, with `Copy the link` and, where the
/// browser has a share sheet (`navigator.share`, most phones), `Share`. Says what happened,
/// and where copying is refused, selects the link so that it can be copied by hand.
#[component]
pub fn ShareLink(
    /// The field's id.
    #[prop(into)]
    id: String,
    /// The field's label, also the accessible name.
    #[prop(into)]
    label: String,
    /// The link.
    #[prop(into)]
    link: String,
    /// What the share sheet's message says before the link.
    #[prop(into)]
    message: String,
) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let link = StoredValue::new(link);
    let field_id = StoredValue::new(id.clone());
    let copy = move |_| {
        let copied = link.with_value(|l| call_navigator(&["clipboard", "writeText"], l));
        let refused = move || {
            select_field(&field_id.get_value());
            status.set(REFUSED.into());
        };
        // Promise callbacks rather than futures: the answer page carries no async runtime.
        match copied {
            Some(promise) => {
                let copied = Closure::once(move |_: JsValue| status.set(COPIED.into()));
                let failed = Closure::once(move |_: JsValue| refused());
                let _ = promise.then2(&copied, &failed);
                copied.forget();
                failed.forget();
            }
            None => refused(),
        }
    };
    let can_share = has_share_sheet();
    let share = move |_| {
        let data = js_sys::Object::new();
        let text = message.clone();
        let _ = js_sys::Reflect::set(&data, &"text".into(), &text.into());
        let _ = link.with_value(|l| js_sys::Reflect::set(&data, &"url".into(), &l.into()));
        // A person closing the share sheet rejects the promise: not an error worth a
        // message, so nothing waits for it.
        let _ = call_navigator_with(&["share"], &data.into());
    };
    view! {
        <div class="share-link">
            <div class="field">
                <label for=id.clone()>{label}</label>
                <input
                    id=id
                    type="text"
                    readonly
                    class="link-field"
                    prop:value=move || link.get_value()
                    on:focus=move |ev| {
                        if let Some(input) = ev.target().and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok()) {
                            input.select();
                        }
                    }
                />
            </div>
            <div class="actions share-actions">
                <button type="button" class="button-secondary" on:click=copy>"Copy the link"</button>
                {can_share.then(|| view! {
                    <button type="button" class="button-secondary" on:click=share>"Share…"</button>
                })}
            </div>
            <p class="share-status" role="status">{move || status.get()}</p>
        </div>
    }
}

fn navigator_member(path: &[&str]) -> Option<(JsValue, js_sys::Function)> {
    let mut this: JsValue = web_sys::window()?.navigator().into();
    let (last, parents) = path.split_last()?;
    for name in parents {
        this = js_sys::Reflect::get(&this, &(*name).into()).ok()?;
        if this.is_undefined() || this.is_null() {
            return None;
        }
    }
    let function = js_sys::Reflect::get(&this, &(*last).into())
        .ok()?
        .dyn_into::<js_sys::Function>()
        .ok()?;
    Some((this, function))
}

fn call_navigator_with(path: &[&str], argument: &JsValue) -> Option<js_sys::Promise> {
    let (this, function) = navigator_member(path)?;
    function.call1(&this, argument).ok()?.dyn_into().ok()
}

fn call_navigator(path: &[&str], text: &str) -> Option<js_sys::Promise> {
    call_navigator_with(path, &text.into())
}

/// Whether the browser has a share sheet.
pub fn has_share_sheet() -> bool {
    navigator_member(&["share"]).is_some()
}

fn select_field(id: &str) {
    let input = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlInputElement>().ok());
    if let Some(input) = input {
        let _ = input.focus();
        input.select();
    }
}
