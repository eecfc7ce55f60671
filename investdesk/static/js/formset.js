/* Inline formsets: "add a row" asks the server for a new row (htmx) and counts it in
   TOTAL_FORMS; "remove" ticks the row's DELETE box and hides it, or drops a new row.
   Markup: <div class="formset" data-prefix="P"> management form, <div class="formset-rows">,
   <button data-add-row="URL">. The server renders row number ?index=N of prefix P. */
document.addEventListener("click", function (event) {
  const add = event.target.closest("[data-add-row]");
  if (add) {
    const box = add.closest(".formset");
    const total = box.querySelector("input[name='" + box.dataset.prefix + "-TOTAL_FORMS']");
    const index = Number(total.value);
    total.value = index + 1;
    const url = add.dataset.addRow + (add.dataset.addRow.includes("?") ? "&" : "?") + "index=" + index;
    htmx.ajax("GET", url, {target: box.querySelector(".formset-rows"), swap: "beforeend"}).then(function () {
      const rows = box.querySelectorAll(".formset-row");
      const row = rows[rows.length - 1];
      const first = row && row.querySelector("select, input:not([type=hidden]):not([type=search]), textarea");
      if (first) first.focus();
    });
    return;
  }
  const remove = event.target.closest("[data-remove-row]");
  if (remove) {
    const row = remove.closest(".formset-row");
    const box = row.querySelector("input[name$='-DELETE']");
    if (box) box.checked = true;
    row.classList.add("d-none");
  }
});
