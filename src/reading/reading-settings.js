// Runs before first paint (a classic script in <head>): marks JS support and restores the reader's text size and contrast.
document.documentElement.dataset.js = '';
try {
  var reading = JSON.parse(localStorage.getItem('reading') || '{}');
  if (reading.size) document.documentElement.dataset.textSize = reading.size;
  if (reading.contrast) document.documentElement.dataset.contrast = reading.contrast;
} catch (e) {
  // Storage can be disabled; the defaults then apply.
}
