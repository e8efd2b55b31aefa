// Single sign-on is on (Medvirk serves this script in place of the empty one beside config.js).
// "Logg ut" goes through Medvirk's /logout, which ends the session at the identity provider too,
// and Camunda's own login page, which has no use now, reloads the app: the provider logs in.
const appRoot = document.querySelector('base').getAttribute('app-root');
const root = window.location.href.substring(0, window.location.href.indexOf(appRoot));

function ssoLogout() {
  document.querySelectorAll('li.logout a').forEach((link) => {
    if (link.dataset.medvirkSso) {
      return;
    }
    // A copy carries none of the listeners that would log out of Camunda alone.
    const copy = link.cloneNode(true);
    copy.dataset.medvirkSso = 'true';
    copy.href = root + '/logout';
    link.replaceWith(copy);
  });
  if (window.location.hash.startsWith('#/login')) {
    window.location.replace(window.location.pathname);
  }
}

new MutationObserver(ssoLogout).observe(document, { childList: true, subtree: true });
ssoLogout();
