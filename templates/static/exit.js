// Quick exit (the GOV.UK "Exit this page" pattern): the button, or the Shift key pressed three times
// within two seconds, replaces this page with a neutral one. `location.replace` swaps the history entry,
// so "back" does not return here. Without JavaScript the button is an ordinary link.
(function () {
  "use strict";
  var link = document.querySelector("a.quick-exit");
  if (!link) { return; }
  function leave(event) {
    if (event) { event.preventDefault(); }
    document.documentElement.style.visibility = "hidden";
    document.title = "";
    window.location.replace(link.href);
  }
  link.addEventListener("click", leave);
  var presses = [];
  document.addEventListener("keyup", function (event) {
    if (event.key !== "Shift") { presses = []; return; }
    var now = Date.now();
    presses = presses.filter(function (t) { return now - t < 2000; });
    presses.push(now);
    if (presses.length >= 3) { leave(); }
  });
})();
