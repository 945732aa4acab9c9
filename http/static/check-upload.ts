/**
 * The one piece of script on the web page, served from our own package at /static/check-upload.js
 * (well under 1 KB): on /check it adds a file chooser that loads a JSON or NDJSON file into the
 * `transaction` box. Without script the page works the same, by pasting.
 */
export const CHECK_UPLOAD_JS = `document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById('transaction');
  if (!box) return;
  var label = document.createElement('label');
  label.htmlFor = 'transaction-file';
  label.textContent = 'Or load a file (.json or .ndjson) into the box';
  var input = document.createElement('input');
  input.type = 'file';
  input.id = 'transaction-file';
  input.accept = '.json,.ndjson,application/json';
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (file) file.text().then(function (t) { box.value = t; box.focus(); });
  });
  box.after(label, input);
});
`;
