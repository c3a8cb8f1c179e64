// Progressive enhancement only: every page works without this script.
(function () {
    "use strict";

    function revealScriptedControls() {
        document.querySelectorAll("[data-requires-js]").forEach(function (element) {
            element.hidden = false;
        });
    }

    function setUpMenuToggle() {
        var toggle = document.querySelector(".main-nav__toggle");
        var list = document.getElementById("main-nav-list");
        if (!toggle || !list) {
            return;
        }
        toggle.hidden = false;
        list.dataset.collapsed = "true";
        toggle.addEventListener("click", function () {
            var open = toggle.getAttribute("aria-expanded") === "true";
            toggle.setAttribute("aria-expanded", String(!open));
            list.dataset.collapsed = String(open);
        });
    }

    function setUpPrintButtons() {
        document.querySelectorAll("[data-print]").forEach(function (button) {
            button.addEventListener("click", function () {
                window.print();
            });
        });
    }

    // Ticks on a route map's checklists are remembered in this browser only.
    function setUpChecklists() {
        document.querySelectorAll("[data-checklist]").forEach(function (container) {
            var key = "breder-belang:" + container.dataset.checklist;
            var saved = {};
            try {
                saved = JSON.parse(window.localStorage.getItem(key) || "{}");
            } catch (error) {
                saved = {};
            }
            var boxes = container.querySelectorAll("input[data-checklist-item]");
            boxes.forEach(function (box) {
                box.checked = Boolean(saved[box.dataset.checklistItem]);
                box.addEventListener("change", function () {
                    saved[box.dataset.checklistItem] = box.checked;
                    try {
                        window.localStorage.setItem(key, JSON.stringify(saved));
                    } catch (error) {
                        // Storage may be full or disabled; the tick still shows on the page.
                    }
                });
            });
            document.querySelectorAll("[data-checklist-reset]").forEach(function (button) {
                button.addEventListener("click", function () {
                    saved = {};
                    window.localStorage.removeItem(key);
                    boxes.forEach(function (box) {
                        box.checked = false;
                    });
                });
            });
        });
    }

    revealScriptedControls();
    setUpMenuToggle();
    setUpPrintButtons();
    setUpChecklists();
})();

// Suggestions while typing, filled into a <datalist>: places for the place picker, titles for
// the search box. Without JavaScript both fields still accept whatever is typed.
(function () {
    "use strict";
    if (!window.fetch) {
        return;
    }

    function suggest(selector, listId, valueOf) {
        var list = document.getElementById(listId);
        if (!list) {
            return;
        }
        var timer = null;
        document.querySelectorAll(selector).forEach(function (input) {
            input.addEventListener("input", function () {
                window.clearTimeout(timer);
                var query = input.value.trim();
                if (query.length < 2) {
                    return;
                }
                timer = window.setTimeout(function () {
                    fetch(list.dataset.source + "?q=" + encodeURIComponent(query), {
                        headers: { Accept: "application/json" },
                        credentials: "same-origin",
                    })
                        .then(function (response) {
                            return response.ok ? response.json() : [];
                        })
                        .then(function (items) {
                            list.replaceChildren.apply(
                                list,
                                items.map(function (item) {
                                    var option = document.createElement("option");
                                    option.value = valueOf(item);
                                    return option;
                                })
                            );
                        })
                        .catch(function () {
                            // No suggestions; the field works as a plain text field.
                        });
                }, 200);
            });
        });
    }

    suggest("input[data-place-picker]", "place-options", function (place) {
        return place.label;
    });
    suggest("input[data-suggest]", "search-suggestions", function (item) {
        return item.title;
    });
})();

// Live notifications: the unread count in the header follows the person's websocket, and a
// new notification is read out by screen readers. Without a websocket the page still shows
// the count it was served with.
(function () {
    "use strict";
    var link = document.querySelector("[data-live-notifications]");
    if (!link || !window.WebSocket) {
        return;
    }
    var badge = link.querySelector(".notification-count");
    var value = link.querySelector("[data-count-value]");
    var live = document.getElementById("live-notification");
    var retries = 0;

    function show(count) {
        value.textContent = String(count);
        badge.hidden = count < 1;
    }

    function connect() {
        var scheme = window.location.protocol === "https:" ? "wss://" : "ws://";
        var socket = new WebSocket(scheme + window.location.host + "/ws/meldingen/");
        socket.addEventListener("open", function () {
            retries = 0;
        });
        socket.addEventListener("message", function (event) {
            var message = JSON.parse(event.data);
            if (message.type === "unread") {
                show(message.count);
            } else if (message.type === "notification") {
                show(Number(value.textContent || "0") + 1);
                if (live) {
                    live.textContent = message.title;
                }
            } else {
                // Other live messages (a round's progress) are for the page's own scripts.
                document.dispatchEvent(new CustomEvent("live-message", { detail: message }));
            }
        });
        socket.addEventListener("close", function (event) {
            // 4401: not logged in; otherwise reconnect with a growing pause.
            if (event.code !== 4401 && retries < 6) {
                retries += 1;
                window.setTimeout(connect, 1000 * Math.pow(2, retries));
            }
        });
    }
    connect();
})();

// After a failed submit, focus goes to the error summary, so keyboard and screen-reader users
// start at the list of what to correct; its links move focus to the field in question.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) {
        return;
    }
    summary.focus();
    summary.addEventListener("click", function (event) {
        var link = event.target.closest("a[href^='#']");
        var target = link && document.getElementById(link.getAttribute("href").slice(1));
        if (!target) {
            return;
        }
        var focusable = target.matches("input, select, textarea, button, [tabindex]")
            ? target
            : target.querySelector(
                  "[tabindex='0'], input:not([type=hidden]):not([tabindex='-1']), select, textarea"
              );
        if (focusable) {
            event.preventDefault();
            (target.closest(".field, fieldset") || focusable).scrollIntoView({ block: "start" });
            focusable.focus({ preventScroll: true });
        }
    });
})();
