// The page's landmarks as "role: name" (see test_every_page.py).
() => {
    const sectioning = "article, aside, main, nav, section";
    const nameOf = (element) => {
        const label = element.getAttribute("aria-label");
        if (label) return label.trim();
        const ids = (element.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
        return ids
            .map((id) => document.getElementById(id))
            .filter(Boolean)
            .map((labeller) => labeller.textContent.trim().replace(/\s+/g, " "))
            .join(" ");
    };
    const roleOf = (element) => {
        const explicit = element.getAttribute("role");
        if (explicit) return explicit;
        const named = Boolean(nameOf(element));
        switch (element.tagName) {
            case "MAIN": return "main";
            case "NAV": return "navigation";
            case "ASIDE":
                return !element.parentElement.closest(sectioning) || named ? "complementary" : null;
            case "SECTION": return named ? "region" : null;
            case "FORM": return named ? "form" : null;
            case "HEADER": return element.parentElement.closest(sectioning) ? null : "banner";
            case "FOOTER": return element.parentElement.closest(sectioning) ? null : "contentinfo";
        }
        return null;
    };
    const landmarkRoles = new Set([
        "banner", "complementary", "contentinfo", "form", "main", "navigation", "region", "search",
    ]);
    return [...document.querySelectorAll("main, nav, aside, section, form, header, footer, [role]")]
        .filter((element) => !element.closest("[hidden], [aria-hidden='true']"))
        .map((element) => [roleOf(element), nameOf(element)])
        .filter(([role]) => landmarkRoles.has(role))
        .map(([role, name]) => `${role}: ${name}`);
}
