/* File inputs with a size limit (the attachments panel, the portal's inquiry): a file over
   the limit is refused in the browser before it is sent (the server refuses it too, while it
   arrives). Markup: <input type="file"
   data-max-bytes="N" data-too-large="message">. The panel includes this script; htmx runs it
   again after each swap, hence the guard. */
(function () {
  if (window.investdeskAttachments) return;
  window.investdeskAttachments = true;
  document.addEventListener("change", function (event) {
    const input = event.target;
    if (!input.matches || !input.matches("input[type=file][data-max-bytes]")) return;
    const file = input.files && input.files[0];
    const tooLarge = file && file.size > Number(input.dataset.maxBytes);
    input.setCustomValidity(tooLarge ? input.dataset.tooLarge : "");
    if (tooLarge) input.reportValidity();
  });
  // Forms marked novalidate still must not send a file the server would refuse unread.
  document.addEventListener("submit", function (event) {
    const refused = event.target.querySelector("input[type=file][data-max-bytes]:invalid");
    if (!refused) return;
    event.preventDefault();
    refused.reportValidity();
    refused.focus();
  }, true);
})();
