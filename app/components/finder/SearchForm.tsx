import { Form, useNavigate, useSubmit } from "@remix-run/react";
import { useEffect, useRef, useState, type FormEvent } from "react";
import type { TagOption } from "~/modules/cafe";
import { filterParams, WHEN_VALUES, type FinderPage, type FinderQuery, type When } from "~/modules/finder";
import { t, tagLabel, type MessageKey, localePath } from "~/lib/i18n";
import { TagName } from "~/components/shell/Languages";
import { ft } from "./text";


export function whenLabel(when: When): string {
  switch (when) {
    case "any":
      return ft("finder.filters.when.any");
    case "now":
      return ft("finder.filters.when.now");
    case "evening":
      return ft("finder.filters.when.evening");
    default:
      // The weekday from the catalogue directly: the opening-hours text module is not needed in the browser here.
      return ft("finder.filters.when.day", { day: t(`hours.weekday.${when}` as MessageKey) });
  }
}

function optionLabel(tag: TagOption) {
  return tag.retired ? ft("finder.filters.retired", { label: tagLabel(tag) }) : <TagName tag={tag} />;
}

/**
 * A group of filter checkboxes in the NHS.UK markup (small checkboxes in a fieldset with a legend and a
 * hint). Written here rather than with ~/components/forms so the finder page does not load every form
 * component: this page's weight is counted.
 */
function FilterChoices({ name, legend, hint, options, selected }: { name: string; legend: string; hint: string; options: TagOption[]; selected: string[] }) {
  return (
    <div className="nhsuk-form-group">
      <fieldset className="nhsuk-fieldset" aria-describedby={`filter-${name}-hint`}>
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">{legend}</legend>
        <div className="nhsuk-hint" id={`filter-${name}-hint`}>
          {hint}
        </div>
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          {options.map((tag) => (
            <div className="nhsuk-checkboxes__item" key={tag.slug}>
              <input className="nhsuk-checkboxes__input" id={`filter-${name}-${tag.slug}`} name={name} type="checkbox" value={tag.slug} defaultChecked={selected.includes(tag.slug)} />
              <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor={`filter-${name}-${tag.slug}`}>
                {optionLabel(tag)}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
    </div>
  );
}

/** True after hydration: parts that need JavaScript render only then. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/**
 * The finder's search box and filters: one GET form, so every search is a shareable address and works
 * without JavaScript. With JavaScript, "Use my location" appears and the results follow the filters as
 * they change (the "Apply filters" button still works).
 */
export function SearchForm({ query, options }: { query: FinderQuery; options: FinderPage["options"] }) {
  const submit = useSubmit();
  const hydrated = useHydrated();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const chosen = filterParams(query).length;
  // After a navigation (a filter removed by a link, back and forward), show the address's filters without
  // re-creating the form, so focus stays where it is.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const chosenBy: Record<string, string[]> = { lang: query.languages, for: query.audiences, access: query.access };
    for (const element of Array.from(form.elements)) {
      if (element instanceof HTMLInputElement && element.type === "checkbox" && element.name in chosenBy) {
        element.checked = chosenBy[element.name]!.includes(element.value);
      } else if (element instanceof HTMLSelectElement && element.name === "when") {
        element.value = query.when;
      }
    }
  }, [query]);
  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  const onFilterChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLElement;
    if (!target.closest("[data-live-filter]")) return;
    const form = event.currentTarget;
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => submit(form, { replace: true, preventScrollReset: true }), 250);
  };

  // Where the results are measured from, kept when only the filters change.
  const hidden: [string, string][] =
    query.mode === "practice" && query.practice
      ? [["practice", query.practice]]
      : query.mode === "location" && query.location
        ? [
            ["lat", String(query.location.lat)],
            ["lng", String(query.location.lng)],
          ]
        : [];

  return (
    <>
      <Form ref={formRef} method="get" action={localePath("/")} className="finder-form" role="search" aria-label={ft("finder.search.region")} onChange={onFilterChange}>
        {hidden.map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="nhsuk-form-group finder-form__search">
          <label className="nhsuk-label nhsuk-label--s" htmlFor="finder-q">
            {ft("finder.search.label")}
          </label>
          <div className="nhsuk-hint" id="finder-q-hint">
            {ft("finder.search.hint")}
          </div>
          <div className="finder-form__row">
            <input
              className="nhsuk-input finder-form__input"
              id="finder-q"
              name="q"
              type="search"
              autoComplete="postal-code"
              spellCheck={false}
              maxLength={200}
              defaultValue={query.q}
              aria-describedby="finder-q-hint"
            />
            <button type="submit" className="nhsuk-button finder-form__submit">
              {ft("finder.search.button")}
            </button>
          </div>
          {hydrated ? <LocationButton keep={filterParams(query)} /> : null}
        </div>

        <details className="nhsuk-details finder-filters" open={chosen > 0 ? true : undefined}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {chosen > 0 ? ft("finder.filters.summaryChosen", { count: chosen }) : ft("finder.filters.summary")}
            </span>
          </summary>
          <div className="nhsuk-details__text finder-filters__body" data-live-filter="">
            {hydrated ? <p className="nhsuk-body-s finder-filters__live">{ft("finder.filters.live")}</p> : null}
            <div className="nhsuk-form-group">
              <label className="nhsuk-label nhsuk-label--s" htmlFor="filter-when">
                {ft("finder.filters.when")}
              </label>
              <select className="nhsuk-select" id="filter-when" name="when" defaultValue={query.when}>
                {WHEN_VALUES.map((value) => (
                  <option key={value} value={value}>
                    {whenLabel(value)}
                  </option>
                ))}
              </select>
            </div>
            {options.language.length > 0 ? (
              <FilterChoices name="lang" legend={ft("finder.filters.language")} hint={ft("finder.filters.languageHint")} options={options.language} selected={query.languages} />
            ) : null}
            {options.audience.length > 0 ? (
              <FilterChoices name="for" legend={ft("finder.filters.audience")} hint={ft("finder.filters.audienceHint")} options={options.audience} selected={query.audiences} />
            ) : null}
            {options.access.length > 0 ? (
              <FilterChoices name="access" legend={ft("finder.filters.access")} hint={ft("finder.filters.accessHint")} options={options.access} selected={query.access} />
            ) : null}
            <button type="submit" className="nhsuk-button nhsuk-button--secondary finder-filters__apply">
              {ft("finder.filters.apply")}
            </button>
          </div>
        </details>
      </Form>

      <details className="nhsuk-details finder-gp" open={query.mode === "gp" ? true : undefined}>
        <summary className="nhsuk-details__summary">
          <span className="nhsuk-details__summary-text">{ft("finder.gp.summary")}</span>
        </summary>
        <div className="nhsuk-details__text">
          <p>{ft("finder.gp.intro")}</p>
          <Form method="get" action={localePath("/")} role="search" aria-label={ft("finder.gp.summary")}>
            {filterParams(query).map(([name, value], i) => (
              <input key={`${name}-${value}-${i}`} type="hidden" name={name} value={value} />
            ))}
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="finder-gp">
                {ft("finder.gp.label")}
              </label>
              <div className="nhsuk-hint" id="finder-gp-hint">
                {ft("finder.gp.hint")}
              </div>
              <input
                className="nhsuk-input nhsuk-input--width-20"
                id="finder-gp"
                name="gp"
                type="search"
                autoComplete="off"
                maxLength={200}
                defaultValue={query.gp}
                aria-describedby="finder-gp-hint"
              />
            </div>
            <button type="submit" className="nhsuk-button nhsuk-button--secondary">
              {ft("finder.gp.button")}
            </button>
          </Form>
        </div>
      </details>
    </>
  );
}

/**
 * "Use my location": only with JavaScript (it needs the browser's geolocation). Searches `path` (the finder,
 * or /partners) from the position as `lat` and `lng`, keeping the filters in `keep`.
 */
export function LocationButton({ path = "/", keep }: { path?: string; keep: readonly (readonly [string, string])[] }) {
  const navigate = useNavigate();
  const [state, setState] = useState<"idle" | "working" | "failed" | "unsupported">("idle");
  const locate = () => {
    if (!("geolocation" in navigator)) {
      setState("unsupported");
      return;
    }
    setState("working");
    navigator.geolocation.getCurrentPosition(
      (position) => {
        const params = new URLSearchParams();
        params.set("lat", position.coords.latitude.toFixed(3));
        params.set("lng", position.coords.longitude.toFixed(3));
        for (const [name, value] of keep) params.append(name, value);
        setState("idle");
        navigate(localePath(`${path}?${params.toString()}`));
      },
      () => setState("failed"),
      { enableHighAccuracy: false, timeout: 15_000, maximumAge: 300_000 },
    );
  };
  return (
    <div className="finder-location">
      <button type="button" className="nhsuk-button nhsuk-button--secondary finder-location__button" onClick={locate} disabled={state === "working"}>
        {ft("finder.location.button")}
      </button>
      <p className="finder-location__message" role="status">
        {state === "working" ? ft("finder.location.working") : state === "failed" ? ft("finder.location.failed") : state === "unsupported" ? ft("finder.location.unsupported") : ""}
      </p>
    </div>
  );
}
