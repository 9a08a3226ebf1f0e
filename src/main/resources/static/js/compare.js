// Offers product names while a reader types into a "Compare with…" field. The form works without this
// script: the server matches the typed name itself. Suggestions come from the site's own JSON endpoint.
(function () {
  'use strict';
  var fields = document.querySelectorAll('input[data-suggest]');
  Array.prototype.forEach.call(fields, function (field) {
    var list = field.list;
    var endpoint = field.getAttribute('data-suggest');
    var timer = null;
    var last = '';
    if (!list || !endpoint || !window.fetch) {
      return;
    }
    field.addEventListener('input', function () {
      var typed = field.value.trim();
      window.clearTimeout(timer);
      if (typed.length < 2 || typed === last) {
        return;
      }
      timer = window.setTimeout(function () {
        last = typed;
        window.fetch(endpoint + '?q=' + encodeURIComponent(typed), { credentials: 'same-origin', headers: { Accept: 'application/json' } })
          .then(function (response) { return response.ok ? response.json() : { products: [] }; })
          .then(function (answer) {
            while (list.firstChild) {
              list.removeChild(list.firstChild);
            }
            (answer.products || []).forEach(function (product) {
              var option = document.createElement('option');
              option.value = product.name;
              option.label = product.sector;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional; the form still works */ });
      }, 150);
    });
  });
}());
