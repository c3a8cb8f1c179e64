// The participant's page of a live workshop, upgraded to the websocket. Without this script
// (or when the socket will not connect) the page's forms post as usual. With it, a form is
// sent as an action with a client id; the server stores it and acknowledges it, and a retry
// after a dropped connection carries the same id, so it counts once. Every state carries the
// workshop's sequence number; an acknowledged change that no state brings within a few
// seconds asks the server for the current state, and a reconnect gets it anyway. With the
// results shown, a phone's states carry the results as the server draws them, once for the
// whole room: the page swaps them in, and marks what the participant did, without a fetch.
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

    // What this participant did on the step (from the server's state on connect, and from
    // each acknowledged action since): their own questions, and what they upvoted.
    var own = { upvoted: [], questions: [] };
    var participantPage = root.hasAttribute("data-live-participant");

    function markOwn(within) {
        // The room's results are drawn once for everyone: a note or question this person
        // upvoted, or a question they asked, gets no upvote button here.
        within.querySelectorAll("form.live__upvote").forEach(function (form) {
            var target = form.querySelector("[name=note], [name=question]");
            var id = target ? Number(target.value) : NaN;
            var upvoted = (own.upvoted || []).indexOf(id) !== -1;
            var asked = target && target.name === "question" && (own.questions || []).indexOf(id) !== -1;
            if (!upvoted && !asked) {
                return;
            }
            if (target.name === "note") {
                var done = document.createElement("p");
                done.className = "muted";
                done.textContent = root.getAttribute("data-label-upvoted");
                form.replaceWith(done);
            } else {
                form.remove();
            }
        });
    }

    function resultsInsert(html) {
        var into = root.querySelector("[data-live-results]");
        if (!into) {
            return;
        }
        // A keyboard user on an upvote button keeps their place when the results change.
        var focused = into.contains(document.activeElement) && document.activeElement.form;
        var target = focused && focused.querySelector("[name=note], [name=question]");
        var keep = target ? "[name=" + target.name + '][value="' + target.value + '"]' : null;
        into.innerHTML = html;
        var token = root.getAttribute("data-csrf");
        into.querySelectorAll("form").forEach(function (form) {
            // The plain form still posts when the socket is down: it needs the page's token.
            if (token && !form.querySelector("[name=csrfmiddlewaretoken]")) {
                var input = document.createElement("input");
                input.type = "hidden";
                input.name = "csrfmiddlewaretoken";
                input.value = token;
                form.appendChild(input);
            }
        });
        freshIds(into);
        markOwn(into);
        var again = keep && into.querySelector(keep);
        if (again && again.form.querySelector("button")) {
            again.form.querySelector("button").focus();
        }
        var text = into.querySelector("[data-live-summary]");
        region.textContent = text ? text.textContent : "";
    }

    // The presenter screen and the console fetch their page for the results (one or two
    // pages a room): one fetch at a time, at most one a second.
    var fetching = false;
    var fetchAgain = false;

    function refreshResults() {
        if (fetching) {
            fetchAgain = true;
            return;
        }
        fetching = true;
        fetchAgain = false;
        var started = Date.now();
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
            })
            .catch(function () {})
            .then(function () {
                window.setTimeout(function () {
                    fetching = false;
                    if (fetchAgain) {
                        refreshResults();
                    }
                }, Math.max(0, 1000 - (Date.now() - started)));
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
        if (state.mine) {
            own = state.mine;
        }
        if (participantPage && typeof state.results_html === "string") {
            resultsInsert(state.results_html);
        } else if (state.results || presence) {
            refreshResults();
        }
    }

    function ownAdd(sent, id) {
        // An acknowledged upvote or question is this participant's from now on.
        var kind = sent.message.kind;
        var fields = sent.message.fields || {};
        if (kind === "note_upvote" || kind === "question_upvote") {
            var target = (fields.note || fields.question || [])[0];
            (own.upvoted = own.upvoted || []).push(Number(target));
        } else if (kind === "question_ask" && id) {
            (own.questions = own.questions || []).push(Number(id));
        }
        var into = root.querySelector("[data-live-results]");
        if (into) {
            markOwn(into);
        }
    }

    function onMessage(event) {
        var message = JSON.parse(event.data);
        if (message.type === "state") {
            onState(message);
        } else if (message.type === "ack") {
            var sent = pending[message.client_id];
            delete pending[message.client_id];
            var wanted = message.seq;
            if (wanted > seq) {
                // The room's next state brings it; if none has within a few seconds (a
                // message lost on the way), ask for the current state.
                window.setTimeout(function () {
                    if (seq < wanted) {
                        send({ type: "resync" });
                    }
                }, 3000);
            }
            if (sent) {
                say(sent.form, root.getAttribute("data-label-counted"));
                sent.form.querySelector("[name=client_id]").value = clientId();
                // A note or question that counted is gone from its box, ready for the next.
                sent.form.querySelectorAll("textarea").forEach(function (box) {
                    box.value = "";
                });
                ownAdd(sent, message.id);
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
