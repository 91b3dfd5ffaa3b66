// FactDesk's small enhancements. Every page works without this file.
(function () {
  "use strict";
  // Ask before destructive actions that carry data-confirm="question".
  document.addEventListener("submit", function (event) {
    var form = event.target;
    var question = form.getAttribute && form.getAttribute("data-confirm");
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });
})();
