// Queue refresh without losing place: every 30 s (and on "Vernieuwen") the same URL, with the
// same filters and page, is fetched and only the counts and rows are swapped; the scroll
// position and the focus stay where they were. Without JavaScript "Vernieuwen" is a normal link.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) { return; }
  var seconds = parseInt(queue.getAttribute("data-refresh-seconds"), 10) || 30;
  var busy = false;

  function swap(fresh) {
    ["counts", "queue-rows", "refreshed"].forEach(function (id) {
      var now = document.getElementById(id), next = fresh.getElementById(id);
      if (now && next) { now.innerHTML = next.innerHTML; }
    });
  }

  function refresh() {
    if (busy) { return Promise.resolve(); }
    busy = true;
    return fetch(window.location.href, { credentials: "same-origin", headers: { "Accept": "text/html" } })
      .then(function (response) {
        if (response.redirected || !response.ok) { window.location.reload(); return; }
        return response.text().then(function (html) {
          swap(new DOMParser().parseFromString(html, "text/html"));
        });
      })
      .catch(function () {
        var stamp = document.getElementById("refreshed");
        if (stamp) { stamp.textContent = "vernieuwen mislukt; nieuwe poging over " + seconds + " s"; }
      })
      .then(function () { busy = false; });
  }

  document.getElementById("refresh").addEventListener("click", function (event) {
    event.preventDefault();
    refresh();
  });
  window.setInterval(refresh, seconds * 1000);
})();
