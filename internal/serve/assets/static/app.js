// resumekit serve: drag and drop for the upload form, and live validation
// with a debounced PDF preview for the editor. Every form works without it.
"use strict";
(function () {
  var form = document.getElementById("upload");
  var drop = document.getElementById("drop");
  var file = document.getElementById("file");
  if (form && drop && file) {
    ["dragenter", "dragover"].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add("over"); });
    });
    ["dragleave", "drop"].forEach(function (t) {
      drop.addEventListener(t, function () { drop.classList.remove("over"); });
    });
    drop.addEventListener("drop", function (e) {
      e.preventDefault();
      if (!e.dataTransfer || !e.dataTransfer.files.length) return;
      file.files = e.dataTransfer.files;
      form.requestSubmit();
    });
  }
  // After an upload, take the keyboard to the results.
  var results = document.getElementById("results");
  var err = document.getElementById("error");
  if (err) { err.setAttribute("tabindex", "-1"); err.focus(); }
  else if (results && results.children.length) { results.focus(); }

  var editor = document.getElementById("editor");
  var eform = document.getElementById("editor-form");
  var problems = document.getElementById("problems");
  var previewButton = document.getElementById("preview-button");
  if (!editor || !eform || !problems) return;
  var timer = null, seq = 0;

  function goToLine(n) {
    var lines = editor.value.split("\n");
    var start = 0;
    for (var i = 0; i < n - 1 && i < lines.length; i++) start += lines[i].length + 1;
    var end = start + (lines[n - 1] || "").length;
    editor.focus();
    editor.setSelectionRange(start, end);
    var lh = parseFloat(getComputedStyle(editor).lineHeight) || 18;
    editor.scrollTop = Math.max(0, (n - 4) * lh);
  }

  function show(res) {
    problems.textContent = "";
    if (res.ok) {
      var ok = document.createElement("p");
      ok.className = "ok-note";
      ok.textContent = "Valid.";
      problems.appendChild(ok);
      return;
    }
    var head = document.createElement("p");
    head.className = "bad-note";
    head.textContent = res.problems.length + (res.problems.length === 1 ? " problem:" : " problems:");
    problems.appendChild(head);
    var ul = document.createElement("ul");
    ul.className = "problems";
    res.problems.forEach(function (p) {
      var li = document.createElement("li");
      if (p.line) {
        var b = document.createElement("button");
        b.type = "button";
        b.className = "at";
        b.textContent = "line " + p.line + (p.column ? ":" + p.column : "");
        b.addEventListener("click", function () { goToLine(p.line); });
        li.appendChild(b);
        li.appendChild(document.createTextNode(" "));
      }
      if (p.path) {
        var c = document.createElement("code");
        c.textContent = p.path;
        li.appendChild(c);
        li.appendChild(document.createTextNode(" "));
      }
      li.appendChild(document.createTextNode(p.message));
      ul.appendChild(li);
    });
    problems.appendChild(ul);
  }

  function check() {
    var mine = ++seq;
    var body = new FormData();
    body.append("resume", editor.value);
    fetch("/api/validate", { method: "POST", body: body, credentials: "same-origin" })
      .then(function (r) {
        if (!r.ok) throw new Error(r.status + " " + r.statusText);
        return r.json();
      })
      .then(function (res) {
        if (mine !== seq) return; // a newer edit is on its way
        show(res);
        if (res.ok && previewButton) eform.requestSubmit(previewButton);
      })
      .catch(function (e) {
        if (mine !== seq) return;
        problems.textContent = "Could not validate: " + e.message;
      });
  }

  editor.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(check, 500);
  });
  // The first preview, for the text the page came with.
  check();
})();
