/**
 * The web page's one kind of script (served from our own package, well under 1 KB): a file chooser beside a
 * text box that loads the chosen file into the box. Without script the page works the same, by pasting.
 */
export function fileIntoBoxScript(boxId: string, label: string, accept: string): string {
  return `document.addEventListener('DOMContentLoaded', function () {
  var box = document.getElementById(${JSON.stringify(boxId)});
  if (!box) return;
  var label = document.createElement('label');
  label.htmlFor = ${JSON.stringify(`${boxId}-file`)};
  label.textContent = ${JSON.stringify(label)};
  var input = document.createElement('input');
  input.type = 'file';
  input.id = ${JSON.stringify(`${boxId}-file`)};
  input.accept = ${JSON.stringify(accept)};
  input.addEventListener('change', function () {
    var file = input.files && input.files[0];
    if (file) file.text().then(function (t) { box.value = t; box.focus(); });
  });
  box.after(label, input);
});
`;
}

/** On /check: a JSON or NDJSON file into the `transaction` box. */
export const CHECK_UPLOAD_JS = fileIntoBoxScript('transaction', 'Or load a file (.json or .ndjson) into the box', '.json,.ndjson,application/json');
