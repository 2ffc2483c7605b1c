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

// Share (issue 10): where the browser has the Web Share API, the offer page's "share" button opens the
// phone's own share sheet. Without it the button stays hidden; the plain share links work anyway.
(function () {
  "use strict";
  var button = document.querySelector("button.share-native");
  if (!button || !navigator.share) { return; }
  button.hidden = false;
  button.addEventListener("click", function () {
    navigator.share({ title: button.dataset.title, url: button.dataset.url }).catch(function () {});
  });
})();
