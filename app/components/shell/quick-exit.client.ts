import { QUICK_EXIT_URL } from "./QuickExit";

/**
 * With JavaScript, the quick-exit link replaces the current page in the history (so "back" does not
 * return here), and pressing Escape twice within a second does the same.
 */
export function installQuickExit() {
  const leave = () => window.location.replace(QUICK_EXIT_URL);
  document.addEventListener("click", (event) => {
    const target = event.target instanceof Element ? event.target.closest("[data-quick-exit]") : null;
    if (!target) return;
    event.preventDefault();
    leave();
  });
  let lastEscape = 0;
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    const at = Date.now();
    if (at - lastEscape < 1000) leave();
    lastEscape = at;
  });
}
