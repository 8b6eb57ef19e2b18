use leptos::prelude::*;

use crate::ui::files::download_text;

/// A chart as a `<figure>`: the finding in words as its caption, the SVG drawn by our own
/// chart code, the same numbers as a table (the children), and `Download SVG`. With no SVG
/// (too few readings) the caption alone says why.
#[component]
pub fn ChartFigure(
    /// Unique on the page: names the caption, so the picture is labelled by it.
    #[prop(into)]
    id: String,
    /// The chart's name, as the figure's heading.
    #[prop(into)]
    heading: Signal<String>,
    /// The SVG, or `None` when there is nothing to draw yet.
    #[prop(into)]
    svg: Signal<Option<String>>,
    /// The finding in words.
    #[prop(into)]
    caption: Signal<String>,
    /// The name of the file `Download SVG` saves.
    #[prop(into)]
    file_name: Signal<String>,
    /// Its heading sits under an `<h3>` (`<h4>`) rather than an `<h2>` (`<h3>`, the default).
    #[prop(optional)]
    nested: bool,
    /// What the chart is for, when its heading alone repeats on the page (one chart per
    /// target on the dashboard): added to the name of the table's region, so that every
    /// region has a name of its own.
    #[prop(optional, into)]
    of: Option<String>,
    /// The table of the chart's numbers.
    children: Children,
) -> impl IntoView {
    let caption_id = format!("{id}-caption");
    let problem = RwSignal::new(None::<String>);
    let download = move |_| {
        if let Some(svg) = svg.get_untracked() {
            let result = download_text(&file_name.get_untracked(), &svg, "image/svg+xml");
            problem.set(result.err());
        }
    };
    let label = move || format!("Download SVG: {}", heading.get());
    let numbers = move || match &of {
        Some(of) => format!("{} ({of}): the numbers", heading.get()),
        None => format!("{}: the numbers", heading.get()),
    };
    view! {
        <figure class="chart">
            {match nested {
                true => view! { <h4 class="chart-heading">{heading}</h4> }.into_any(),
                false => view! { <h3 class="chart-heading">{heading}</h3> }.into_any(),
            }}
            <figcaption id=caption_id.clone()>{caption}</figcaption>
            {move || svg.get().map(|svg| view! {
                // The SVG is our own chart code's output, every user string in it escaped;
                // this is the only `inner_html` in the app. It is an image named by its
                // title (which holds the caption); the table below holds its numbers.
                <div class="chart-image" inner_html=svg></div>
            })}
            // Focusable, so a keyboard can scroll a table wider than a phone.
            <div class="chart-data" tabindex="0" role="region" aria-label=numbers>
                {children()}
            </div>
            {move || svg.get().is_some().then(|| view! {
                <div class="actions chart-actions">
                    <button type="button" class="button-secondary" aria-label=label on:click=download>
                        "Download SVG"
                    </button>
                </div>
            })}
            <div role="alert">
                {move || problem.get().map(|message| view! { <p class="notice notice-error">{message}</p> })}
            </div>
        </figure>
    }
}

/// The width to draw charts at: the room a figure has on this screen, so their text is drawn
/// at its real size (a phone gets a narrow layout rather than a shrunken wide one).
pub fn chart_width() -> u32 {
    let viewport = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(640.0);
    // The page's 48rem column, less its padding and the figure's padding and border.
    let room = viewport.min(768.0) - 2.0 * 16.0 - 2.0 * 17.0;
    room.clamp(260.0, 640.0) as u32
}

/// The width of a chart that shares a row with another in the report. On paper a row is
/// A4 between the report's margins (`@page` in style/app.css): 182 mm, two columns 6 mm
/// apart of about 333 CSS pixels each, so a chart drawn this wide prints at about its own
/// size and its 14-pixel text stays above 9 pt (12 pixels). On a wide screen it is half of
/// the page's 48rem column, less a figure's padding.
const PAIRED_CHART: u32 = 326;

/// The width to draw a chart that shares a row in the report at: [`PAIRED_CHART`], or less
/// on a narrower screen.
pub fn paired_chart_width() -> u32 {
    chart_width().min(PAIRED_CHART)
}
