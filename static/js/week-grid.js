// The week grid of the availability form as an ARIA grid: one Tab stop (a roving tabindex
// over the checkboxes), arrow keys, Home/End and Page Up/Down to move, space to tick, Shift
// with a movement key or a drag (mouse, pen or finger) to tick a range. Without this script
// the grid is a table of plain checkboxes, and it is still those checkboxes that are sent.
(function () {
    "use strict";

    var PAGE_ROWS = 4;
    var START_ROW = 8; // Without ticks, focus starts at Monday 8:00, not at midnight.

    function setUp(table) {
        var rows = Array.prototype.map.call(table.tBodies[0].rows, function (row) {
            return Array.prototype.slice.call(row.querySelectorAll("input[type=checkbox]"));
        });
        if (!rows.length || !rows[0].length) {
            return;
        }
        var boxes = [].concat.apply([], rows);
        var position = new Map();
        rows.forEach(function (row, r) {
            row.forEach(function (box, c) {
                position.set(box, { row: r, col: c });
            });
        });

        table.setAttribute("role", "grid");
        table.classList.add("week-grid__table--enhanced");
        var help = document.querySelector("[data-week-grid-help]");
        if (help) {
            help.hidden = false;
            table.setAttribute("aria-describedby", help.id);
        }
        Array.prototype.forEach.call(table.rows, function (row) {
            row.setAttribute("role", "row");
            Array.prototype.forEach.call(row.cells, function (cell) {
                if (cell.tagName === "TD") {
                    cell.setAttribute("role", "gridcell");
                } else {
                    cell.setAttribute("role", cell.scope === "row" ? "rowheader" : "columnheader");
                }
            });
        });

        var current = boxes.filter(function (box) {
            return box.checked;
        })[0] || rows[Math.min(START_ROW, rows.length - 1)][0];
        boxes.forEach(function (box) {
            box.tabIndex = box === current ? 0 : -1;
        });

        function moveTo(box) {
            if (box === current) {
                return;
            }
            current.tabIndex = -1;
            box.tabIndex = 0;
            current = box;
            box.focus();
        }

        // A range runs from an anchor to the current cell; cells outside it keep the state
        // they had when the range began.
        var range = null;

        function startRange(anchor, value) {
            range = {
                anchor: anchor,
                value: value,
                before: boxes.map(function (box) {
                    return box.checked;
                }),
            };
        }

        function paintRange(to) {
            var a = position.get(range.anchor);
            var b = position.get(to);
            var top = Math.min(a.row, b.row);
            var bottom = Math.max(a.row, b.row);
            var left = Math.min(a.col, b.col);
            var right = Math.max(a.col, b.col);
            boxes.forEach(function (box, index) {
                var at = position.get(box);
                var inside = at.row >= top && at.row <= bottom && at.col >= left && at.col <= right;
                box.checked = inside ? range.value : range.before[index];
            });
        }

        // Shift+arrows tick, except right after space unticked the starting cell.
        var toggledByKey = null;
        var dragging = false;
        var pointerTicked = false;

        function target(event) {
            var at = position.get(current);
            var last = rows.length - 1;
            var width = rows[at.row].length - 1;
            switch (event.key) {
                case "ArrowUp":
                    return rows[Math.max(at.row - 1, 0)][at.col];
                case "ArrowDown":
                    return rows[Math.min(at.row + 1, last)][at.col];
                case "ArrowLeft":
                    return rows[at.row][Math.max(at.col - 1, 0)];
                case "ArrowRight":
                    return rows[at.row][Math.min(at.col + 1, width)];
                case "PageUp":
                    return rows[Math.max(at.row - PAGE_ROWS, 0)][at.col];
                case "PageDown":
                    return rows[Math.min(at.row + PAGE_ROWS, last)][at.col];
                case "Home":
                    return event.ctrlKey ? rows[0][0] : rows[at.row][0];
                case "End":
                    return event.ctrlKey ? rows[last][rows[last].length - 1] : rows[at.row][width];
                default:
                    return null;
            }
        }

        table.addEventListener("keydown", function (event) {
            if (!position.has(event.target)) {
                return;
            }
            pointerTicked = false;
            if (event.key === " ") {
                toggledByKey = current;
                range = null;
                return; // The checkbox toggles itself.
            }
            var next = target(event);
            if (!next) {
                return;
            }
            event.preventDefault();
            if (event.shiftKey) {
                if (!range) {
                    var untick = toggledByKey === current && !current.checked;
                    startRange(current, !untick);
                }
                moveTo(next);
                paintRange(next);
            } else {
                range = null;
                moveTo(next);
            }
            toggledByKey = null;
        });

        // Focus may also arrive by a click or by a link of the error summary.
        table.addEventListener("focusin", function (event) {
            if (position.has(event.target) && event.target !== current) {
                current.tabIndex = -1;
                current = event.target;
                current.tabIndex = 0;
            }
        });

        function boxAt(x, y) {
            var element = document.elementFromPoint(x, y);
            var cell = element && element.closest("td");
            var box = cell && table.contains(cell) ? cell.querySelector("input[type=checkbox]") : null;
            return box && position.has(box) ? box : null;
        }

        table.addEventListener("pointerdown", function (event) {
            if (event.button !== 0) {
                return;
            }
            var box = boxAt(event.clientX, event.clientY);
            if (!box) {
                return;
            }
            event.preventDefault(); // No text selection; focus is set below.
            dragging = true;
            pointerTicked = true;
            toggledByKey = null;
            startRange(box, !box.checked);
            moveTo(box);
            box.focus();
            paintRange(box);
        });

        table.addEventListener("pointermove", function (event) {
            if (!dragging) {
                return;
            }
            var box = boxAt(event.clientX, event.clientY);
            if (box && box !== current) {
                moveTo(box);
                paintRange(box);
            }
        });

        function endDrag() {
            if (dragging) {
                dragging = false;
                range = null;
            }
        }
        document.addEventListener("pointerup", endDrag);
        document.addEventListener("pointercancel", endDrag);

        // A pointer already set the state; the click that follows must not toggle it back.
        // Space also sends a click, which is the checkbox's own toggle and is kept.
        table.addEventListener("click", function (event) {
            if (pointerTicked && (position.has(event.target) || event.target.closest("td"))) {
                event.preventDefault();
            }
            pointerTicked = false;
        });
    }

    document.querySelectorAll("table[data-week-grid]").forEach(setUp);
})();
