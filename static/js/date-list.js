// "Add another date" for a list of date inputs: a new empty input from the list's template,
// focused. Without this script the form shows a few empty inputs and more after saving.
(function () {
    "use strict";

    function fill(text, index) {
        return text.split("__index__").join(String(index)).split("__number__").join(String(index + 1));
    }

    document.querySelectorAll("[data-date-list]").forEach(function (list) {
        var items = list.querySelector("ul");
        var template = list.querySelector("template[data-date-list-item]");
        var button = list.querySelector("[data-date-list-add]");
        if (!items || !template || !button) {
            return;
        }
        button.hidden = false;
        button.addEventListener("click", function () {
            var index = items.children.length;
            var item = template.content.firstElementChild.cloneNode(true);
            var label = item.querySelector("label");
            var input = item.querySelector("input");
            label.htmlFor = fill(label.htmlFor, index);
            label.textContent = fill(label.textContent, index);
            input.id = fill(input.id, index);
            items.appendChild(item);
            input.focus();
        });
    });
})();
