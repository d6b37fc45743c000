/**
 * Nothing steals focus (issue 14 item 1). The navbar search (@easyops-cn/docusaurus-search-local
 * 0.55, SearchBar.jsx) remembers that its input was once focused and calls `input.focus()` when
 * its index finishes loading, even after the person has tabbed on: on the run page that pulled
 * focus out of the step being worked on. A client module, so it holds on every page: the search
 * input may take focus only from a key press or a pointer press (Tab, a click, its shortcut);
 * focus given to it from anywhere else goes back where it was.
 */
const SEARCH_INPUT = '.navbar input.navbar__search-input, .navbar input[type="search"]';

if (typeof window !== 'undefined') {
  let gesture = false;
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
      if (gesture || !(target instanceof HTMLElement) || !target.matches(SEARCH_INPUT)) return;
      const previous = event.relatedTarget;
      target.blur();
      if (previous instanceof HTMLElement) previous.focus({ preventScroll: true });
    },
    true,
  );
}

export {};
