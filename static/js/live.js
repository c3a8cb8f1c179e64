// The participant's page of a live workshop, upgraded to the websocket. Without this script
// (or when the socket will not connect) the page's forms post as usual. With it, a form is
// sent as an action with a client id; the server stores it and acknowledges it, and a retry
// after a dropped connection carries the same id, so it counts once. Every state carries the
// workshop's sequence number: a gap, or a reconnect, asks the server for the current state.
//
// The same script follows the room on the presenter screen and the facilitator's console
// (pages with their own forms, which post as usual), and counts down a step's timer.
(function () {
    "use strict";
    var root = document.querySelector("[data-live]");
    if (!root) {
        return;
    }

    var ticking = null;

    function countDown() {
        // The timer as the server set it: its end, with the clock's offset measured from the
        // seconds left when the server wrote it (a phone's clock may be off by minutes).
        var timer = root.querySelector("[data-live-timer]");
        window.clearTimeout(ticking);
        if (!timer || !timer.getAttribute("data-ends-at")) {
            return;
        }
        var text = timer.querySelector("[data-live-timer-text]");
        var ends = Date.parse(timer.getAttribute("data-ends-at"));
        var left = Number(timer.getAttribute("data-left"));
        var offset = isNaN(left) ? 0 : ends - Date.now() - left * 1000;
        function tick() {
            var seconds = Math.max(0, Math.ceil((ends - offset - Date.now()) / 1000));
            text.textContent = Math.floor(seconds / 60) + ":" + String(seconds % 60).padStart(2, "0");
            if (seconds > 0) {
                ticking = window.setTimeout(tick, 1000 - (Date.now() % 1000));
            } else {
                text.textContent = timer.getAttribute("data-label-done");
            }
        }
        tick();
    }
    countDown();

    function timerFrom(state) {
        // A started or stopped timer is set in place: no reload of every phone at once.
        var timer = root.querySelector("[data-live-timer]");
        if (!timer) {
            return;
        }
        var running = state.timer && state.timer.ends_at;
        timer.hidden = !running;
        timer.setAttribute("data-ends-at", running ? state.timer.ends_at : "");
        timer.setAttribute("data-left", running ? String(state.timer.left) : "");
        countDown();
    }

    if (!window.WebSocket) {
        return;
    }
    var region = root.querySelector("[data-live-region]");
    var seq = Number(root.getAttribute("data-live-seq"));
    var page = {
        step: root.getAttribute("data-live-step"),
        open: root.getAttribute("data-live-open") === "1",
        shown: root.getAttribute("data-live-shown") === "1",
        timer: root.getAttribute("data-live-timer-at") || "",
        present: null,
    };
    var pending = {}; // client id -> message, until acknowledged
    var socket = null;
    var delay = 500;

    function clientId() {
        if (window.crypto && window.crypto.randomUUID) {
            return window.crypto.randomUUID().replace(/-/g, "");
        }
        return String(Date.now()) + String(Math.random()).slice(2);
    }

    function say(form, text) {
        var box = form && form.querySelector("[data-live-ack]");
        if (box) {
            box.textContent = text;
        }
    }

    function payloadOf(form) {
        // The form's own fields, as the plain form would post them: the server reads them
        // with the same form it uses without JavaScript, so no kind of step needs code here.
        var kind = form.querySelector("[name=form]");
        if (!kind) {
            return null;
        }
        var fields = {};
        new FormData(form).forEach(function (value, name) {
            if (name === "csrfmiddlewaretoken" || name === "form" || name === "client_id") {
                return;
            }
            (fields[name] = fields[name] || []).push(String(value));
        });
        return { kind: kind.value, fields: fields };
    }

    function freshIds(within) {
        // Each form its own client id: two forms on one page never share one.
        within.querySelectorAll("form [name=client_id]").forEach(function (input) {
            input.value = clientId();
        });
    }

    function send(message) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(message));
        }
    }

    function refreshResults() {
        // The results as the server renders them, swapped in without a reload.
        fetch(window.location.href, { credentials: "same-origin" })
            .then(function (response) {
                return response.text();
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, "text/html");
                var from = fresh.querySelector("[data-live-results]");
                var into = root.querySelector("[data-live-results]");
                if (from && into) {
                    into.innerHTML = from.innerHTML;
                    freshIds(into);
                    var text = into.querySelector("[data-live-summary]");
                    region.textContent = text ? text.textContent : "";
                }
                // The count of people present (the presenter screen and the console).
                var count = fresh.querySelector("[data-live-present]");
                var shown = root.querySelector("[data-live-present]");
                if (count && shown) {
                    shown.textContent = count.textContent;
                }
            });
    }

    function onState(state) {
        if (state.seq < seq) {
            return; // older than what the page shows
        }
        seq = state.seq;
        var step = state.step ? String(state.step.id) : "";
        if (
            step !== page.step ||
            state.workshop.status !== root.getAttribute("data-live-status") ||
            (state.step && (state.step.open !== page.open || state.step.results_shown !== page.shown))
        ) {
            window.location.reload(); // a new step or a changed form: the server draws it
            return;
        }
        var timer = state.timer && state.timer.ends_at ? state.timer.ends_at : "";
        if (timer !== page.timer) {
            page.timer = timer;
            timerFrom(state);
        }
        // Only the presenter screen and the console show the count live: a thousand phones
        // do not fetch their page for every one who comes or goes.
        var counted = root.querySelector("[data-live-present]");
        var presence = counted && page.present !== null && state.present !== page.present;
        page.present = state.present;
        if (state.results || presence) {
            refreshResults();
        }
    }

    function onMessage(event) {
        var message = JSON.parse(event.data);
        if (message.type === "state") {
            onState(message);
        } else if (message.type === "ack") {
            var sent = pending[message.client_id];
            delete pending[message.client_id];
            if (message.seq > seq + 1) {
                send({ type: "resync" }); // a change went by that this page did not see
            }
            if (sent) {
                say(sent.form, root.getAttribute("data-label-counted"));
                sent.form.querySelector("[name=client_id]").value = clientId();
            }
        } else if (message.type === "error") {
            var failed = pending[message.client_id];
            delete pending[message.client_id];
            var texts = [];
            Object.keys(message.errors || {}).forEach(function (field) {
                texts = texts.concat(message.errors[field]);
            });
            say(failed ? failed.form : root.querySelector("[data-live-form]"), texts.join(" "));
        }
    }

    function connect() {
        var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
        socket = new WebSocket(scheme + window.location.host + root.getAttribute("data-live-socket"));
        socket.addEventListener("open", function () {
            delay = 500;
            // The server sends the current state on connect; resend what was not acknowledged.
            Object.keys(pending).forEach(function (id) {
                send(pending[id].message);
            });
        });
        socket.addEventListener("message", onMessage);
        socket.addEventListener("close", function () {
            socket = null;
            window.setTimeout(connect, delay);
            delay = Math.min(delay * 2, 15000);
        });
    }

    root.addEventListener("submit", function (event) {
        var form = event.target;
        var action = payloadOf(form);
        if (!action || !socket || socket.readyState !== WebSocket.OPEN) {
            return; // the plain form posts as usual
        }
        event.preventDefault();
        var id = form.querySelector("[name=client_id]").value || clientId();
        var message = { type: "action", kind: action.kind, fields: action.fields, client_id: id };
        pending[id] = { form: form, message: message };
        send(message);
    });

    freshIds(root);
    connect();
})();
