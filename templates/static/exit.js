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

// Near me (issue 11): where the browser can tell its position, the "Entfernung ab" form gains a button
// that sorts by the distance from here. The position goes only to this site, as `near=LAT,LON` rounded
// to about 100 m (finer would say more about the reader and not help: most offers are located no finer
// than a district's centre); it is never stored. Without JavaScript, or if the reader says no, the list
// of places works as before.
(function () {
  "use strict";
  var box = document.querySelector("form.near .near-me");
  if (!box || !navigator.geolocation) { return; }
  var form = box.closest("form");
  var button = box.querySelector("button");
  var failed = form.querySelector(".near-me-failed");
  box.hidden = false;
  button.addEventListener("click", function () {
    button.disabled = true;
    failed.textContent = "";
    navigator.geolocation.getCurrentPosition(function (position) {
      var select = form.querySelector("select[name=near_place]");
      if (select) { select.disabled = true; }
      var near = form.querySelector("input[name=near]");
      if (!near) {
        near = document.createElement("input");
        near.type = "hidden";
        near.name = "near";
        form.appendChild(near);
      }
      near.value = position.coords.latitude.toFixed(3) + "," + position.coords.longitude.toFixed(3);
      form.submit();
    }, function () {
      button.disabled = false;
      failed.textContent = failed.dataset.text;
    }, { enableHighAccuracy: false, timeout: 15000, maximumAge: 600000 });
  });
})();
