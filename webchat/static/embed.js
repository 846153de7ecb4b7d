/* Heupcheck on a clinic's own page, with one script tag:
     <script src="https://heupcheck.example.nl/embed.js" data-region="NL"
             data-clinic-name="Huisartsenpraktijk De Linde" data-clinic-phone="030 123 45 67"></script>
   The chat opens in a frame from the Heupcheck server (data-bot-url, by default the address this
   script came from), so it keeps its own Content-Security-Policy and talks only to that server. */
(function () {
  'use strict';
  var script = document.currentScript;
  if (!script || !script.src) return;
  var base = new URL(script.getAttribute('data-bot-url') || script.src, document.baseURI);
  var params = new URLSearchParams();
  var region = (script.getAttribute('data-region') || '').toUpperCase();
  if (region === 'NL' || region === 'BE') params.set('region', region);
  if (script.getAttribute('data-clinic-name')) params.set('clinic', script.getAttribute('data-clinic-name'));
  if (script.getAttribute('data-clinic-phone')) params.set('phone', script.getAttribute('data-clinic-phone'));
  var frame = document.createElement('iframe');
  frame.src = base.origin + '/chat/?' + params.toString();
  frame.title = 'Heupcheck: zelfcheck bij klachten aan lies, heup of bil';
  frame.setAttribute('referrerpolicy', 'no-referrer');
  frame.style.width = '100%';
  frame.style.maxWidth = script.getAttribute('data-max-width') || '46rem';
  frame.style.height = script.getAttribute('data-height') || '44rem';
  frame.style.border = '1px solid #6b7280';
  frame.style.borderRadius = '0.5rem';
  script.parentNode.insertBefore(frame, script.nextSibling);
}());
