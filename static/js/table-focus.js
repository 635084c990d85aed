// Tables that scroll sideways on phones (.table-wrapper): the browser scrolls a focused link
// only until some of it shows, which can leave it and its focus ring cut at the frame's edge.
// Scroll it fully into view instead (the frame's scroll-padding keeps room for the ring).
document.addEventListener("focusin", (event) => {
  const target = event.target;
  if (!(target instanceof Element) || !target.closest(".table-wrapper")) return;
  target.scrollIntoView({ block: "nearest", inline: "nearest" });
});
