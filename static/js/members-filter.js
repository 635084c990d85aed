// /medlemmer/: filter the member list and the map as the visitor types. Without JavaScript the
// same search form is submitted to the server, which gives the same result.
(() => {
  const input = document.getElementById("members-q");
  const heading = document.getElementById("members-count");
  if (!input || !heading) return;
  const none = document.getElementById("members-none");
  const groups = [...document.querySelectorAll(".members-group")];
  const markers = [...document.querySelectorAll(".members-map__marker")];
  const normalise = (text) => text.normalize("NFC").toLocaleLowerCase("nb").trim().replace(/\s+/g, " ");
  const fill = (template, values) => template.replace(/\{(\w+)\}/g, (_, key) => values[key]);
  // data-one / data-other, or with a prefix data-match-one (dataset key matchOne).
  const plural = (element, prefix, values) => {
    const form = values.n === 1 ? "one" : "other";
    const key = prefix ? prefix + form[0].toUpperCase() + form.slice(1) : form;
    return fill(element.dataset[key], values);
  };
  let announce;

  function apply() {
    const query = normalise(input.value);
    const shown = new Set();
    for (const group of groups) {
      let count = 0;
      for (const item of group.querySelectorAll("li[data-name]")) {
        const match = normalise(item.dataset.name).includes(query);
        item.hidden = !match;
        if (match) {
          count += 1;
          shown.add(item.dataset.name);
        }
      }
      group.hidden = count === 0;
      const counter = group.querySelector(".members-group__count");
      if (counter) counter.textContent = plural(counter, "", { n: count }).trim();
    }
    for (const marker of markers) {
      const match = normalise(marker.dataset.name).includes(query);
      marker.style.display = match ? "" : "none";
    }
    if (none) none.hidden = shown.size > 0 || !query;
    // Announced once the visitor pauses, not on every key press.
    clearTimeout(announce);
    announce = setTimeout(() => {
      heading.textContent = query
        ? plural(heading, "match", { n: shown.size, q: input.value.trim() })
        : plural(heading, "all", { n: shown.size });
    }, 400);
  }

  input.addEventListener("input", apply);
})();

// /medlemmer/ on phones: the map is wider than the screen and scrolls sideways; start with the
// middle of the region (where most members are) in view rather than its western edge.
(() => {
  const frame = document.querySelector(".members-map__frame");
  if (!frame || frame.scrollWidth <= frame.clientWidth) return;
  frame.scrollLeft = (frame.scrollWidth - frame.clientWidth) * 0.62;
})();
