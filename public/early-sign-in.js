/*
 * Loaded before the console's own script. Until that script has taken the pre-rendered sign-in form
 * over, a submit (Enter, or a click on Sign in) is remembered on the form — and the form says
 * "Starting…" — then carried out as soon as the console is ready (src/features/session/SignInForm.tsx).
 * The form's method="dialog" keeps the password out of any URL either way.
 */
(function () {
  document.addEventListener(
    'submit',
    function (event) {
      var form = event.target;
      if (!(form instanceof HTMLFormElement) || !form.classList.contains('sign-in__form')) return;
      if (form.hasAttribute('data-console-ready')) return;
      event.preventDefault();
      form.setAttribute('data-early-submit', '');
    },
    true,
  );
})();
