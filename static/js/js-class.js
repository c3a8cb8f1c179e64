// Loaded in <head> without `defer`, so it runs before the page is drawn: styles that need
// JavaScript (the collapsed menu, ...) apply from the first paint, without a flash. A file
// and not an inline script, because the Content-Security-Policy allows no inline script.
document.documentElement.classList.replace("no-js", "js");
