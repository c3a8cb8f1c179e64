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

    function countDown() {
        // The timer as the server set it: its end, with the clock's offset measured from the
        // seconds left when the page was drawn (a phone's clock may be off by minutes).
        var timer = root.querySelector("[data-live-timer]");
        if (!timer) {
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
                window.setTimeout(tick, 1000 - (Date.now() % 1000));
            } else if (timer.getAttribute("data-label-done")) {
                text.textContent = timer.getAttribute("data-label-done");
            }
        }
        tick();
    }
    countDown();

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
        var field = form.querySelector("[name=form]");
        if (!field) {
            return null; // the console's own forms
        }
        var kind = field.value;
        var data = new FormData(form);
        if (kind === "dots_place") {
            var dots = {};
            data.forEach(function (value, name) {
                if (name.indexOf("dots_") === 0 && Number(value) > 0) {
                    dots[name.slice(5)] = Number(value);
                }
            });
            return { kind: kind, payload: { dots: dots } };
        }
        if (kind === "note_post") {
            return {
                kind: kind,
                payload: { column: Number(data.get("column")), text: String(data.get("text") || "") },
            };
        }
        if (kind === "poll_answer") {
            return { kind: kind, payload: { options: data.getAll("options").map(Number) } };
        }
        if (kind === "note_upvote") {
            return { kind: kind, payload: { note: Number(data.get("note")) } };
        }
        return null;
    }

    function send(message) {
        if (socket && socket.readyState === WebSocket.OPEN) {
            socket.send(JSON.stringify(message));
        }
    }

    function summary(state) {
        // The results as one sentence for screen readers (a polite live region).
        if (!state.results || !state.step) {
            return "";
        }
        var parts = [];
        if (state.step.kind === "dot_vote") {
            state.step.config.elements.forEach(function (element) {
                parts.push(element.title + ": " + (state.results.dots[String(element.id)] || 0));
            });
        } else if (state.step.kind === "poll") {
            state.step.config.options.forEach(function (option, index) {
                parts.push(option + ": " + state.results.counts[index]);
            });
        } else if (state.step.kind === "idea_wall") {
            state.step.config.columns.forEach(function (column, index) {
                parts.push(column + ": " + state.results.columns[index].length);
            });
        }
        return parts.join("; ");
    }

    function refreshResults() {
        // The results as the server renders them, swapped in without a reload.
        fetch(window.location.href, { credentials: "same-origin" })
            .then(function (response) {
                return response.text();
            })
            .then(function (html) {
                var fresh = new DOMParser().parseFromString(html, "text/html");
                ["[data-live-results]", "[data-live-present]"].forEach(function (selector) {
                    var from = fresh.querySelector(selector);
                    var into = root.querySelector(selector);
                    if (from && into) {
                        into.innerHTML = from.innerHTML;
                    }
                });
            });
    }

    function onState(state) {
        if (state.seq < seq) {
            return; // older than what the page shows
        }
        seq = state.seq;
        var step = state.step ? String(state.step.id) : "";
        var timer = state.timer && state.timer.ends_at ? state.timer.ends_at : "";
        if (
            step !== page.step ||
            timer !== page.timer ||
            state.workshop.status !== root.getAttribute("data-live-status") ||
            (state.step && (state.step.open !== page.open || state.step.results_shown !== page.shown))
        ) {
            window.location.reload(); // a new step, form or timer: the server draws it
            return;
        }
        var presence = state.present !== page.present && page.present !== null;
        page.present = state.present;
        if (state.results || presence) {
            refreshResults();
        }
        if (state.results) {
            region.textContent = summary(state);
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
        var message = { type: "action", kind: action.kind, payload: action.payload, client_id: id };
        pending[id] = { form: form, message: message };
        send(message);
    });

    connect();
})();
