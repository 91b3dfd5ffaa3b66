// "Create claim from selection": turns a text selection in the article body into body offsets.
// Every run of text in the body sits in an element whose data-s attribute holds the run's offset in the stored
// body, so a DOM position maps to an offset without guessing; the server checks it against the quote again.
(function () {
  "use strict";
  var body = document.getElementById("article-body");
  var form = document.getElementById("selection-form");
  if (!body || !form) {
    return;
  }
  var button = form.querySelector("button[type=submit]");
  var hint = document.getElementById("selection-hint");
  var idleHint = hint ? hint.textContent : "";

  function runOf(node) {
    var el = node.nodeType === 3 ? node.parentNode : node;
    while (el && el !== body) {
      if (el.hasAttribute && el.hasAttribute("data-s")) {
        return el;
      }
      el = el.parentNode;
    }
    return null;
  }

  function runs(node) {
    if (node.nodeType === 1 && node.hasAttribute("data-s")) {
      return [node];
    }
    return node.querySelectorAll ? Array.prototype.slice.call(node.querySelectorAll("[data-s]")) : [];
  }

  function startOfRun(run) {
    return parseInt(run.getAttribute("data-s"), 10);
  }

  function endOfRun(run) {
    return startOfRun(run) + run.textContent.length;
  }

  // Offset in the stored body of a DOM boundary point (container, offset).
  function position(container, offset, isStart) {
    if (container.nodeType === 3) {
      var run = runOf(container);
      return run ? startOfRun(run) + offset : null;
    }
    var children = container.childNodes;
    var i;
    if (isStart) {
      for (i = offset; i < children.length; i++) {
        var after = runs(children[i]);
        if (after.length) {
          return startOfRun(after[0]);
        }
      }
    } else {
      for (i = offset - 1; i >= 0; i--) {
        var before = runs(children[i]);
        if (before.length) {
          return endOfRun(before[before.length - 1]);
        }
      }
    }
    var own = runOf(container);
    if (own) {
      return isStart ? startOfRun(own) : endOfRun(own);
    }
    return null;
  }

  function reset() {
    button.disabled = true;
    if (hint) {
      hint.textContent = idleHint;
    }
  }

  function update() {
    var selection = window.getSelection();
    if (!selection || selection.rangeCount === 0 || selection.isCollapsed) {
      reset();
      return;
    }
    var range = selection.getRangeAt(0);
    if (!body.contains(range.startContainer) || !body.contains(range.endContainer)) {
      reset();
      return;
    }
    var start = position(range.startContainer, range.startOffset, true);
    var end = position(range.endContainer, range.endOffset, false);
    var quote = selection.toString();
    if (start === null || end === null || end <= start || !quote.trim()) {
      reset();
      return;
    }
    form.elements.start.value = String(start);
    form.elements.end.value = String(end);
    form.elements.quote.value = quote;
    button.disabled = false;
    if (hint) {
      var shown = quote.trim().replace(/\s+/g, " ");
      hint.textContent = "Selected: “" + (shown.length > 80 ? shown.slice(0, 79) + "…" : shown) + "”";
    }
  }

  document.addEventListener("selectionchange", update);
  body.addEventListener("mouseup", update);
  body.addEventListener("keyup", update);
})();
