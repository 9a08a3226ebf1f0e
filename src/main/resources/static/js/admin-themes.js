// Offers the existing themes while a theme is typed on the product form: an "Add a theme" box suggests them (from the
// page's datalist) and adds the chosen one to the list. Without this script the list is typed by hand and the themes in
// use are listed under it; either way, saving asks before a theme that does not exist yet is made.
(function () {
  'use strict';
  var list = document.getElementById('themes');
  var options = document.getElementById('theme-options');
  if (!list || !options) {
    return;
  }
  var known = {};
  Array.prototype.forEach.call(options.options, function (option) {
    known[option.value] = true;
  });

  var box = document.createElement('div');
  box.className = 'field theme-adder';
  box.innerHTML = '<label for="theme-add">Add a theme</label>'
    + '<p class="hint" id="theme-add-hint">Type to see matching themes; choose one or press Enter to add it to the list.</p>'
    + '<div class="theme-adder-row"><input type="text" id="theme-add" list="theme-options" autocomplete="off"'
    + ' aria-describedby="theme-add-hint theme-add-status">'
    + '<button type="button" class="button button-secondary">Add</button></div>'
    + '<p class="hint" id="theme-add-status" aria-live="polite"></p>';
  list.closest('.field').insertAdjacentElement('afterend', box);
  var input = box.querySelector('input');
  var status = box.querySelector('#theme-add-status');

  function slugOf(text) {
    return text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
  }
  function listed() {
    return list.value.split(/[,\n\r]+/).map(function (part) {
      return part.trim();
    }).filter(function (part) {
      return part !== '';
    });
  }
  function add() {
    var slug = slugOf(input.value);
    if (slug === '') {
      return;
    }
    if (listed().indexOf(slug) >= 0) {
      status.textContent = '“' + slug + '” is in the list already.';
    } else {
      list.value = list.value.replace(/\s+$/, '') + (list.value.trim() === '' ? '' : '\n') + slug;
      list.dispatchEvent(new Event('input'));
      status.textContent = known[slug] ? 'Added “' + slug + '”.'
        : 'Added “' + slug + '”. It is not a theme yet: saving will ask you to confirm making it.';
    }
    input.value = '';
  }
  input.addEventListener('keydown', function (event) {
    if (event.key === 'Enter') {
      event.preventDefault();
      add();
    }
  });
  // A suggestion picked from the list arrives as one replacement, not as typing.
  input.addEventListener('input', function (event) {
    if ((event.inputType === 'insertReplacementText' || event.inputType === undefined) && known[input.value]) {
      add();
    }
  });
  box.querySelector('button').addEventListener('click', add);
}());
