// Counts the characters of every limited field while it is typed in. Without this script the hint next to the field
// still says the limit, and the server names the field and says how much is too long; the browser never cuts text.
(function () {
  'use strict';
  var format = new Intl.NumberFormat('en');
  var fields = document.querySelectorAll('input[data-limit], textarea[data-limit]');
  if (fields.length === 0) {
    return;
  }
  // Announced only when a field crosses its limit, not at every key.
  var announcer = document.createElement('p');
  announcer.className = 'visually-hidden';
  announcer.setAttribute('aria-live', 'polite');
  document.body.appendChild(announcer);

  Array.prototype.forEach.call(fields, function (field) {
    var limit = parseInt(field.getAttribute('data-limit'), 10);
    var counter = document.getElementById(field.id + '-count');
    if (!counter || !(limit > 0)) {
      return;
    }
    var label = document.querySelector('label[for="' + field.id + '"]');
    var name = label ? label.textContent.trim() : 'This field';
    var wasOver = false;
    function update() {
      // Counted as the server checks the limit (UTF-16 units), so both always agree.
      var used = field.value.length;
      var over = used > limit;
      counter.textContent = over
        ? format.format(used) + ' characters: ' + format.format(used - limit) + ' too many (the limit is '
          + format.format(limit) + ').'
        : format.format(used) + ' of ' + format.format(limit) + ' characters.';
      counter.classList.toggle('over-limit', over);
      if (over !== wasOver) {
        announcer.textContent = over ? name + ': ' + format.format(used - limit) + ' characters too many.'
          : name + ': within the limit again.';
        wasOver = over;
      }
    }
    field.addEventListener('input', update);
    update();
  });
}());
