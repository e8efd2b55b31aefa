// Medvirk's desk in Tasklist 7.24, loaded through config.js customScripts: the header's links to Medvirk's
// own pages, each message task's link to its case page, the most urgent tasks first, no links into
// Cockpit for those who may not open it, the way back to a page that sent the user here to log in,
// and names for the controls Tasklist leaves unnamed (axe-core: button-name, link-name, aria-allowed-attr).
// Tasklist redraws with AngularJS as data arrives, so everything is looked at again after each change,
// and only elements not yet seen to are touched.

// --- Back to the page that asked for a login -------------------------------------------------------------
// /sak/26/2, /rapport or /saker without a session send the browser to Tasklist's login with the page in the
// cookie medvirkNext (web.ApiAuthentication; Tasklist loads this script anew after a login, so the page
// cannot wait in the script). Once the user is in, they go on there. Only Medvirk's own pages are taken.
const NEXT = 'medvirkNext';
const NEXT_PATH = '/camunda/app/tasklist/';
const OWN_PAGE = /^\/(sak\/\d{2}\/\d+|rapport|saker)(\?[\w=&%.+-]*)?$/;
let askingWhoIsIn = false;

function askedFor() {
  const cookie = document.cookie.split(';').map((c) => c.trim()).find((c) => c.startsWith(`${NEXT}=`));
  try {
    return cookie ? decodeURIComponent(cookie.slice(NEXT.length + 1)) : null;
  } catch (malformed) {
    return null;
  }
}

// Only once Tasklist knows the user: the header is drawn on the login page too, and going on from there would
// only come back to the login. Looked at as the page changes (the list drawn after the login), one ask at a time.
function goOnIfAsked() {
  const next = askedFor();
  if (askingWhoIsIn || !next || window.location.hash.startsWith('#/login')) {
    return;
  }
  if (!OWN_PAGE.test(next)) {
    document.cookie = `${NEXT}=; Max-Age=0; Path=${NEXT_PATH}`;
    return;
  }
  askingWhoIsIn = true;
  fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' }).then((response) => {
    if (response.ok && askedFor() === next) {
      document.cookie = `${NEXT}=; Max-Age=0; Path=${NEXT_PATH}`;
      window.location.replace(next);
    }
  }).finally(() => {
    askingWhoIsIn = false;
  });
}

// --- The header: "Saker" for everyone, "Statistikk" for those who may read the report --------------------
function headerLink(menu, startAction, className, href, text) {
  let item = menu.querySelector(`li.${className}`);
  if (!item) {
    item = document.createElement('li');
    item.className = className;
    const link = document.createElement('a');
    link.href = href;
    link.textContent = text;
    item.appendChild(link);
    menu.insertBefore(item, startAction);
  }
  return item;
}

// Tasklist draws the header's actions anew at each login, so each new drawing asks who is in now: whether
// they may read the statistics (/rapport) and whether they may open Cockpit.
function newHeader(startAction) {
  startAction.dataset.medvirkHeader = 'yes';
  const menu = startAction.parentElement;
  if (!menu) {
    return;
  }
  headerLink(menu, startAction, 'medvirk-cases-action', '/saker', 'Saker');
  fetch('/api/statistics/reader', { credentials: 'same-origin' }).then((response) => {
    const present = menu.querySelector('li.medvirk-report-action');
    if (!response.ok) {
      if (present) {
        present.remove();
      }
      return;
    }
    headerLink(menu, startAction, 'medvirk-report-action', '/rapport', 'Statistikk');
  });
  fetch('/camunda/api/admin/auth/user/default', { credentials: 'same-origin' })
    .then((response) => (response.ok ? response.json() : {}))
    .then((user) => {
      // Links into Cockpit (a task's process instance) are hidden by user-styles.css unless this is set.
      const cockpit = Array.isArray(user.authorizedApps) && user.authorizedApps.includes('cockpit');
      document.documentElement.classList.toggle('medvirk-cockpit', cockpit);
    });
  goOnIfAsked();
}

// --- A message task's card links to its case page -------------------------------------------------------
const CASE_NUMBER = /^(\d{2})\/(\d+)$/;

function caseLink(item) {
  const label = item.querySelector('.variable-label');
  const value = item.querySelector('.variable-value');
  if (!label || !value || label.textContent.trim() !== 'Saksnummer:') {
    return;
  }
  const number = value.textContent.trim().match(CASE_NUMBER);
  let link = item.querySelector('a.medvirk-case-link');
  if (!number) {
    if (link) {
      link.remove();
    }
    return;
  }
  const href = `/sak/${number[1]}/${number[2]}`;
  if (!link) {
    link = document.createElement('a');
    link.className = 'medvirk-case-link';
    link.target = '_blank';
    link.rel = 'noopener';
    // Opening the case does not also choose the task.
    link.addEventListener('click', (event) => event.stopPropagation());
    value.parentElement.appendChild(link);
  }
  if (link.getAttribute('href') !== href) {
    link.href = href;
    link.textContent = `Åpne sak ${number[0]}`;
  }
}

// --- Most urgent first ----------------------------------------------------------------------------------
// The filters list by due date (organisation.TasklistFilters), but Tasklist sends its own default sorting,
// newest first, with every list. Once per visit the list starts with the earliest due date instead; a
// sorting the user chooses afterwards stays.
const TASKLIST_DEFAULT = JSON.stringify([{ sortBy: 'created', sortOrder: 'desc' }]);
const URGENT_FIRST = JSON.stringify([{ sortBy: 'dueDate', sortOrder: 'asc' }]);
let sortedOnce = false;

function urgentFirst() {
  const hash = window.location.hash;
  if (sortedOnce || !hash.startsWith('#/') || hash.startsWith('#/login')) {
    return;
  }
  const query = hash.indexOf('?');
  const params = new URLSearchParams(query < 0 ? '' : hash.slice(query + 1));
  if (!params.has('filter')) {
    return;
  }
  sortedOnce = true;
  const sorting = params.get('sorting');
  if (sorting === null || sorting === TASKLIST_DEFAULT) {
    params.set('sorting', URGENT_FIRST);
    window.location.replace(`${hash.slice(0, query < 0 ? hash.length : query)}?${params.toString()}`);
  }
}

// --- Names for the controls Tasklist leaves unnamed --------------------------------------------------------
// A control with a Norwegian tooltip (nb.json) is named by it; the others by what they do.
const NAMES = [
  ['button.region-toggle[data-region="filters"]', 'Vis eller skjul filtrene'],
  ['button.region-toggle[data-region="list"]', 'Vis eller skjul oppgavelisten'],
  ['button.region-toggle[data-region="task"]', 'Vis eller skjul oppgaven'],
  ['button.maximize[data-region="task"]', 'Vis oppgaven over hele bredden'],
  ['button.dropdown-toggle[ng-disabled^="!searches.length"]', 'Lagrede søk'],
  ['.new-sort > .dropdown-toggle', 'Legg til en sortering'],
  ['.task-card-details .shutter a', 'Vis mer om oppgaven'],
  ['a.instance-link', 'Åpne prosessinstansen i Cockpit'],
];

function unnamed(element) {
  return !element.getAttribute('aria-label') && !element.textContent.trim() && !element.getAttribute('title');
}

// A link without an address that Tasklist makes act on a click (copy the link to this page) is a button,
// and is reached and pressed with the keyboard like one.
function asButton(element) {
  element.setAttribute('role', 'button');
  element.setAttribute('tabindex', '0');
  element.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      element.click();
    }
  });
}

function nameControls() {
  for (const [selector, name] of NAMES) {
    document.querySelectorAll(selector).forEach((element) => {
      if (!element.getAttribute('aria-label')) {
        element.setAttribute('aria-label', name);
      }
    });
  }
  document.querySelectorAll('a:not([href]):not([role])').forEach((link) => {
    if (link.hasAttribute('ng-click') || link.hasAttribute('uib-tooltip')) {
      asButton(link);
    }
  });
  // The filter dialog: its labels name fields without the id they point to, and its sections are an accordion
  // marked as tabs around links (tabs may not hold controls); the links alone open and close the sections.
  document.querySelectorAll('.modal-dialog .form-group label[for]').forEach((label) => {
    const input = label.parentElement.querySelector('input, select, textarea');
    if (input && !input.id && !document.getElementById(label.htmlFor)) {
      input.id = label.htmlFor;
    }
  });
  document.querySelectorAll('.modal-dialog [role="tablist"], .modal-dialog [role="tab"]').forEach((element) => {
    element.removeAttribute('role');
    element.removeAttribute('aria-selected');
  });
  document.querySelectorAll('a[uib-tooltip], button[uib-tooltip]').forEach((element) => {
    const tooltip = element.getAttribute('uib-tooltip');
    // Tooltips change (ascending, descending): the name follows.
    if (tooltip && !tooltip.includes('{{') && (unnamed(element) || element.dataset.medvirkNamed === 'yes')) {
      element.setAttribute('aria-label', tooltip);
      element.dataset.medvirkNamed = 'yes';
    }
  });
  document.querySelectorAll('.task-filter .actions a[ng-click^="openModal"]').forEach((element) => {
    const filter = element.closest('.task-filter');
    const name = filter && filter.querySelector('h4.name a');
    if (name) {
      element.setAttribute('aria-label', `Filterdetaljer for ${name.textContent.replace(/\s*\(\d+\)\s*$/, '').trim()}`);
    }
  });
  // The search field is a typeahead (aria-expanded, aria-owns): a combobox, by role and by name.
  document.querySelectorAll('input[uib-typeahead]:not([role])').forEach((input) => {
    input.setAttribute('role', 'combobox');
    if (!input.getAttribute('aria-label')) {
      input.setAttribute('aria-label', input.getAttribute('placeholder') || 'Søk');
    }
  });
}

new MutationObserver(() => {
  document.querySelectorAll('li.start-process-action:not([data-medvirk-header])').forEach(newHeader);
  document.querySelectorAll('ol.tasks-list li.task .variable-item').forEach(caseLink);
  nameControls();
  urgentFirst();
  goOnIfAsked();
}).observe(document.body, { childList: true, subtree: true, characterData: true });

window.addEventListener('hashchange', () => {
  if (window.location.hash.startsWith('#/login')) {
    sortedOnce = false;
  } else {
    goOnIfAsked();
  }
});
