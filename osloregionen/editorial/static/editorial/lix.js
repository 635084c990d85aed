// Wagtail's content metrics (the «Kontroller» panel) compute LIX, the readability index used for
// Norwegian (words per sentence + the share of words longer than six letters, in per cent), but
// show only its label. Add the number, so editors see «Middels (LIX 41)».
document.addEventListener("w-preview:content", (event) => {
  const metrics = event.detail && event.detail.metrics;
  if (!metrics || typeof metrics.lixScore !== "number") {
    return;
  }
  // Wagtail writes its label right after dispatching this event: write ours after it.
  window.setTimeout(() => {
    const target = document.querySelector("[data-content-readability-score]");
    if (target && metrics.lixScore > 0) {
      target.textContent = `${metrics.readabilityScore} (LIX ${Math.round(metrics.lixScore)})`;
    }
  }, 0);
});
