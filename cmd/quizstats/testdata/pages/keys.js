// Test pages record the keys their document received, so a test can tell
// which frame a key press reached.
addEventListener("keydown", function (e) {
  document.documentElement.dataset.keys = (document.documentElement.dataset.keys || "") + e.code + " ";
});
