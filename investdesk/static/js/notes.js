// @mentions in notes: after "@" and a letter, offer colleagues' usernames (from /notes/users/)
// as buttons under the text; a click completes the name. Loaded with each thread panel, and
// htmx runs it again after a swap, hence the guard; listeners are delegated to the document.
(function () {
  if (window.investdeskNoteMentions) return;
  window.investdeskNoteMentions = true;
  let timer = null;

  function typedName(area) {
    const match = /(^|\s)@([\w.+-]*)$/.exec(area.value.slice(0, area.selectionStart));
    return match ? match[2] : null;
  }

  function offer(area, list, users) {
    list.replaceChildren();
    users.forEach((user) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "btn btn-sm btn-outline-secondary me-1 mb-1 note-mention";
      button.textContent = "@" + user.username + (user.name ? " · " + user.name : "");
      button.addEventListener("click", () => {
        const caret = area.selectionStart;
        const before = area.value.slice(0, caret).replace(/@[\w.+-]*$/, "@" + user.username + " ");
        area.value = before + area.value.slice(caret);
        area.focus();
        area.setSelectionRange(before.length, before.length);
        list.replaceChildren();
      });
      list.appendChild(button);
    });
  }

  document.addEventListener("input", (event) => {
    const area = event.target;
    if (!(area instanceof HTMLTextAreaElement) || !area.dataset.mentionsUrl) return;
    const list = document.getElementById(area.dataset.mentionsList);
    if (!list) return;
    const name = typedName(area);
    clearTimeout(timer);
    if (!name) {
      list.replaceChildren();
      return;
    }
    timer = setTimeout(async () => {
      const url = area.dataset.mentionsUrl + "?q=" + encodeURIComponent(name);
      const response = await fetch(url, { headers: { Accept: "application/json" } });
      if (response.ok) offer(area, list, (await response.json()).results);
    }, 200);
  });
})();
