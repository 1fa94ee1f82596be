// A Squarespace-style AJAX page loader: fetches "the next page" (here: a <template> on this
// page), parses it with DOMParser and swaps it into <main>, without reloading the document
// and without running any script the new content contains.
window.ajaxLoad = (id) => {
  const markup = id ? document.getElementById(id).innerHTML : '';
  const next = new DOMParser().parseFromString(`<!doctype html><body>${markup}`, 'text/html');
  document.getElementById('content').replaceChildren(...next.body.childNodes);
};
