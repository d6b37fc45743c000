/**
 * Nothing steals focus (issue 14 item 1). The navbar search (@easyops-cn/docusaurus-search-local
 * 0.55, SearchBar.jsx) remembers that its input was once focused and calls `input.focus()` when
 * its index finishes loading, even after the person has tabbed on: on the run page that pulled
 * focus out of the step being worked on. A client module, so it holds on every page: the search
 * input may take focus from a key or pointer press (Tab, a click, its shortcut), or when it was
 * the last thing focused (the autocomplete re-attaching the input the person is typing in); focus
 * given to it when the person is elsewhere goes back where it was.
 */
const SEARCH_INPUT = '.navbar input.navbar__search-input, .navbar input[type="search"]';

if (typeof window !== 'undefined') {
  let gesture = false;
  // The element that last had focus, by the person or by the page's own focus moves.
  let last: EventTarget | null = null;
  // Focus moves in the default action of the key or pointer event, within the same task: the
  // flag lasts until the next task.
  const mark = () => {
    gesture = true;
    setTimeout(() => (gesture = false), 0);
  };
  window.addEventListener('keydown', mark, true);
  window.addEventListener('pointerdown', mark, true);
  document.addEventListener(
    'focusin',
    (event) => {
      const target = event.target;
      const search = target instanceof HTMLElement && target.matches(SEARCH_INPUT);
      if (!search || gesture || last === target) {
        last = target;
        return;
      }
      target.blur();
      if (last instanceof HTMLElement && last.isConnected) last.focus({ preventScroll: true });
    },
    true,
  );
}

export {};
