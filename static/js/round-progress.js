// A matching round's page while the worker computes it: the status and progress follow the
// round's live messages over the site's websocket (site.js passes them on), and the page
// reloads to show the proposals once the round is done. Where no message can arrive (the
// embedded default's in-memory channel layer does not reach the worker's process), the page
// asks the API every few seconds instead.
(function () {
    "use strict";
    var box = document.querySelector("[data-round-progress]");
    if (!box) {
        return;
    }
    var roundId = Number(box.getAttribute("data-round-id"));
    var status = box.querySelector("[data-round-status]");
    var percent = box.querySelector("[data-round-percent]");
    var bar = box.querySelector("[data-round-bar]");
    var template = percent.textContent.replace(/\d+/, "{progress}");
    var done = false;

    function show(round) {
        if (done) {
            return;
        }
        if (round.status === "done" || round.status === "failed") {
            done = true;
            window.location.reload();
            return;
        }
        status.textContent =
            round.status_label || box.getAttribute("data-label-" + round.status) || round.status;
        bar.value = round.progress;
        bar.textContent = round.progress + "%";
        percent.textContent = template.replace("{progress}", String(round.progress));
    }

    document.addEventListener("live-message", function (event) {
        var message = event.detail;
        if (message.type === "round" && message.id === roundId) {
            show(message);
        }
    });

    function ask() {
        if (done) {
            return;
        }
        fetch(box.getAttribute("data-round-api"), {
            credentials: "same-origin",
            headers: { Accept: "application/json" },
        })
            .then(function (response) {
                return response.ok ? response.json() : null;
            })
            .then(function (round) {
                if (round) {
                    show(round);
                }
            })
            .catch(function () {})
            .then(function () {
                window.setTimeout(ask, 3000);
            });
    }
    window.setTimeout(ask, 3000);
})();
