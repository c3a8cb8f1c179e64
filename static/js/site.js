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

// The place picker: suggestions from the list of Dutch places while typing.
(function () {
    "use strict";
    var list = document.getElementById("place-options");
    if (!list || !window.fetch) {
        return;
    }
    var timer = null;
    document.querySelectorAll("input[data-place-picker]").forEach(function (input) {
        input.addEventListener("input", function () {
            window.clearTimeout(timer);
            var query = input.value.trim();
            if (query.length < 2) {
                return;
            }
            timer = window.setTimeout(function () {
                fetch(list.dataset.source + "?q=" + encodeURIComponent(query), {
                    headers: { Accept: "application/json" },
                })
                    .then(function (response) {
                        return response.ok ? response.json() : [];
                    })
                    .then(function (places) {
                        list.replaceChildren.apply(
                            list,
                            places.map(function (place) {
                                var option = document.createElement("option");
                                option.value = place.label;
                                return option;
                            })
                        );
                    })
                    .catch(function () {
                        // Without suggestions the field still accepts a typed place name.
                    });
            }, 200);
        });
    });
})();
