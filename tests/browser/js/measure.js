// What a reader would miss on a page, as a list of sentences (see test_every_page.py).
() => {
    const problems = [];
    const describe = (element) => {
        const classes = [...element.classList].map((name) => "." + name).join("");
        const text = (element.innerText || element.textContent || "").trim().replace(/\s+/g, " ");
        return `<${element.tagName.toLowerCase()}${classes}> "${text.slice(0, 50)}"`;
    };
    const viewport = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > viewport) {
        const wide = [...document.body.querySelectorAll("*")]
            .filter((element) => element.getBoundingClientRect().right > viewport + 1)
            .filter((element) => !element.closest(".visually-hidden"))
            .slice(-3)
            .map(describe);
        problems.push(
            `scrolls sideways (${document.documentElement.scrollWidth} px wide): ` + wide.join(", ")
        );
    }
    const skip = new Set(["INPUT", "SELECT", "TEXTAREA", "OPTION", "svg", "IMG"]);
    for (const element of document.body.querySelectorAll("*")) {
        if (skip.has(element.tagName) || element.closest(".visually-hidden")) continue;
        if (element.clientWidth <= 1 || !element.textContent.trim()) continue;
        const style = getComputedStyle(element);
        const clipsX = ["hidden", "clip"].includes(style.overflowX) || style.textOverflow === "ellipsis";
        const clipsY = ["hidden", "clip"].includes(style.overflowY);
        if (clipsX && element.scrollWidth > element.clientWidth + 1) {
            problems.push(`cuts off text sideways: ${describe(element)}`);
        } else if (clipsY && element.scrollHeight > element.clientHeight + 1) {
            problems.push(`cuts off text at the bottom: ${describe(element)}`);
        }
    }
    // Text keeps some room from the window's edges (a wrap's side padding); text inside a box
    // that scrolls sideways (a wide table on a phone) is measured by that box instead.
    const inScroller = (element) => {
        for (let box = element.parentElement; box && box !== document.body; box = box.parentElement) {
            if (["auto", "scroll"].includes(getComputedStyle(box).overflowX)) return true;
        }
        return false;
    };
    for (const element of document.body.querySelectorAll("h1, h2, h3, p, li, dt, dd, td, label")) {
        if (element.closest(".visually-hidden, .skip-link") || !element.textContent.trim()) continue;
        if (inScroller(element)) continue;
        const box = element.getBoundingClientRect();
        if (box.width === 0 || box.height === 0) continue;
        if (box.left < 8 || box.right > viewport - 8) {
            problems.push(`text against the window's edge: ${describe(element)}`);
        }
    }
    const canvas = document.createElement("canvas").getContext("2d");
    for (const field of document.querySelectorAll("input[placeholder]")) {
        if (field.value || !field.offsetParent) continue;
        const style = getComputedStyle(field);
        canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        const room = field.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
        if (canvas.measureText(field.placeholder).width > room + 1) {
            problems.push(`cuts off its placeholder: <input id="${field.id}"> "${field.placeholder}"`);
        }
    }
    return problems;
}
