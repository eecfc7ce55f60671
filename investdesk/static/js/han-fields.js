/* Form fields holding Chinese characters take the bundled Chinese font first (fonts.css,
   [data-script="han"]). Chromium lays out a field's text without loading the unicode-range
   slices of a web font further down the stack, so a name typed or shown in characters (the
   search box after a search for "泽光电") was drawn as empty boxes on a device with no CJK
   font, while the same text elsewhere on the page was drawn. Runs on the page, on every
   keystroke and on content htmx adds. */
(function () {
  "use strict";
  // CJK punctuation, ideographs (extension B and beyond too) and full-width forms
  const HAN = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u{20000}-\u{2ffff}]/u;
  const FIELDS = "input, textarea";

  function mark(field) {
    if (HAN.test(field.value || "")) {
      field.dataset.script = "han";
    } else if (field.dataset.script === "han") {
      delete field.dataset.script;
    }
  }

  function markAll(root) {
    if (!root || !root.querySelectorAll) { return; }
    if (root.matches && root.matches(FIELDS)) { mark(root); }
    root.querySelectorAll(FIELDS).forEach(mark);
  }

  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches(FIELDS)) { mark(event.target); }
  });
  document.addEventListener("htmx:afterSwap", function (event) { markAll(event.target); });
  // a form's reset sets values back without an input event
  document.addEventListener("reset", function (event) {
    setTimeout(function () { markAll(event.target); }, 0);
  });
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", function () { markAll(document); });
  } else {
    markAll(document);
  }
})();
