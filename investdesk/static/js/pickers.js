/* Pickers on every page (loaded by base.html).

   1. Server-side autocomplete (core/widgets.py AutocompleteSelect): a search box above a
      <select> that holds only the chosen records. Typing asks data-autocomplete-url
      (/autocomplete/<kind>/?q=...) for at most 20 matches as JSON and lists them; chosen
      options stay (the answer's "selected" names those that match, so a chosen record that
      matches is not "nothing found"). A single choice takes the first match until the user
      picks another. A search that fails says so under the box: an expired session (the
      request was sent to the login page) asks to log in again, any other failure to reload.
      The texts come translated from data attributes of <body> (base.html).
   2. Every other multi-select (a filter's kinds, statuses, directions): Tom Select makes it
      searchable with removable chips. Its options are few and already on the page.
   Both run again on content htmx adds (a new formset row). */
(function () {
  "use strict";
  const DELAY = 250;

  function option(value, text, selected) {
    const node = document.createElement("option");
    node.value = value;
    node.textContent = text;
    if (selected) { node.selected = true; }
    return node;
  }

  function setUpAutocomplete(box) {
    if (box.dataset.ready) { return; }
    box.dataset.ready = "1";
    const input = box.querySelector("[data-autocomplete-search]");
    const select = box.querySelector("select");
    const multiple = select.multiple;
    const texts = document.body.dataset;
    const nothing = texts.nothingFound || "—";
    let timer = null;
    let controller = null;
    // The text of the search sent last. Enter after the typing pause must not send it again:
    // the repeated search would abort the first one (its answer lost if it was on the way)
    // or, answered already, leave out as "chosen" the match it picked and say "nothing found".
    let searched = null;

    // Under the search box: why a search failed (role=alert, so it is read out).
    const problem = document.createElement("div");
    problem.className = "small text-danger mb-1";
    problem.setAttribute("role", "alert");
    problem.dataset.autocompleteProblem = "";
    problem.hidden = true;
    input.insertAdjacentElement("afterend", problem);

    function say(message, loginUrl) {
      problem.replaceChildren();
      problem.hidden = !message;
      if (!message) { return; }
      problem.append(message);
      if (loginUrl) {
        const link = document.createElement("a");
        link.href = loginUrl;
        link.textContent = texts.logIn || "Log in";
        link.className = "ms-1";
        problem.append(" ", link);
      }
    }

    // Leave the chosen options, drop the rest (matches of an earlier text, "nothing found").
    function clearMatches() {
      Array.from(select.options).forEach(function (o) {
        if (!o.selected && o.value) { select.removeChild(o); }
        if (!o.value && o.disabled) { select.removeChild(o); }
      });
    }

    function failed(expired) {
      searched = null;  // a failed search may be sent again
      clearMatches();
      if (expired) {
        const login = new URL(texts.loginUrl || "/accounts/login/", window.location.href);
        login.searchParams.set("next", window.location.pathname + window.location.search);
        say(texts.sessionExpired || "Session expired", login.href);
      } else {
        say(texts.searchFailed || "Search failed");
      }
      select.dispatchEvent(new Event("change", {bubbles: true}));
      box.removeAttribute("aria-busy");
    }

    function search() {
      const text = input.value.trim();
      if (text === searched) { return; }
      searched = text;
      const chosen = Array.from(select.selectedOptions).filter(function (o) { return o.value; });
      const url = new URL(box.dataset.autocompleteUrl, window.location.href);
      url.searchParams.set("q", text);
      chosen.forEach(function (o) { url.searchParams.append("selected", o.value); });
      if (controller) { controller.abort(); }
      controller = new AbortController();
      box.setAttribute("aria-busy", "true");  // until the answer is shown
      fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin", signal: controller.signal})
        .then(function (response) {
          const json = (response.headers.get("Content-Type") || "").indexOf("application/json") === 0;
          if (response.ok && json) { return response.json(); }
          // login_required sends an expired session to the login page, which fetch follows.
          failed(response.status === 401 || (response.redirected && !json));
          return null;
        })
        .then(function (data) {
          if (!data) { return; }
          say("");
          // Keep the chosen options, replace the rest with the matches.
          clearMatches();
          const preselect = !multiple && chosen.length === 0;
          data.results.forEach(function (row, index) {
            select.appendChild(option(String(row.id), row.text, preselect && index === 0));
          });
          const chosenMatch = (data.selected || []).length > 0;
          if (text && data.results.length === 0 && !chosenMatch) {
            const empty = option("", nothing, false);
            empty.disabled = true;
            select.appendChild(empty);
          }
          select.dispatchEvent(new Event("change", {bubbles: true}));
          box.removeAttribute("aria-busy");
        })
        .catch(function (error) {
          // An aborted search gave way to a newer one; any other error (the network, an
          // answer that is not JSON) is a failed search.
          if (error.name !== "AbortError") { failed(false); }
        });
    }

    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(search, DELAY);
    });
    input.addEventListener("keydown", function (event) {
      // Enter searches now instead of submitting the form half-filled.
      if (event.key === "Enter") { event.preventDefault(); clearTimeout(timer); search(); }
    });
  }

  function setUpSearchable(select) {
    if (select.tomselect || select.closest(".autocomplete") || !window.TomSelect) { return; }
    new window.TomSelect(select, {
      plugins: ["remove_button"],
      maxOptions: null,
      // The options are on the page, so filter at each key: with Tom Select's default pause
      // (300 ms) an Enter typed sooner picked the option active before the filter, and the
      // late filter took the focus back from the field the user had moved on to.
      refreshThrottle: 0,
      hidePlaceholder: true,
      render: {
        no_results: function () {
          return "<div class=\"no-results\">" + (document.body.dataset.nothingFound || "—") + "</div>";
        },
      },
    });
  }

  function setUp(root) {
    root.querySelectorAll(".autocomplete[data-autocomplete-url]").forEach(setUpAutocomplete);
    root.querySelectorAll("select[multiple]").forEach(setUpSearchable);
  }

  if (window.htmx) {
    window.htmx.onLoad(setUp);
  } else {
    document.addEventListener("DOMContentLoaded", function () { setUp(document); });
  }
})();
