// Click-to-load video: nothing is fetched from the video service before the visitor asks for it.
document.addEventListener("click", (event) => {
  const button = event.target.closest(".block-video__load");
  if (!button) return;
  const figure = button.closest("[data-video-embed]");
  const src = figure && figure.dataset.videoEmbed;
  if (!src) return;
  event.preventDefault();
  const iframe = document.createElement("iframe");
  iframe.src = src;
  iframe.title = button.textContent.trim();
  iframe.allow = "autoplay; fullscreen; picture-in-picture";
  iframe.allowFullscreen = true;
  iframe.className = "block-video__frame";
  button.replaceWith(iframe);
  iframe.focus();
});
