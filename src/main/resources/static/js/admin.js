// Shows the slug a new product, sector or theme will get while its name is typed (the server derives the
// same one when the field is left empty, so everything works without this script).
(function () {
  'use strict';
  var name = document.getElementById('name');
  var slug = document.getElementById('slug');
  if (!name || !slug || slug.value !== '') {
    return;
  }
  function suggest(text) {
    var folded = text.replace(/ß/g, 'ss').replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').replace(/[łŁ]/g, 'l')
      .replace(/[đĐ]/g, 'd').replace(/[œŒ]/g, 'oe').replace(/&/g, ' and ').normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
    var result = folded.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
    if (result.length > 60) {
      var cut = result.substring(0, 60);
      var lastDash = cut.lastIndexOf('-');
      if (result.charAt(60) !== '-' && lastDash > 0) {
        cut = cut.substring(0, lastDash);
      }
      result = cut.replace(/-+$/, '');
    }
    return result;
  }
  name.addEventListener('input', function () {
    slug.placeholder = suggest(name.value);
  });
}());
