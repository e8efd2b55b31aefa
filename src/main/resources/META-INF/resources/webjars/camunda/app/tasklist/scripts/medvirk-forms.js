// Camunda Forms (form-js) in Tasklist 7.24 has its own English texts and no way to translate them.
// This module, loaded through config.js customScripts, puts the Norwegian words in as forms render.
// A field's message names the field ({label} below) and says what to write; a pattern's fix is known by the
// pattern (the forms in processes/forms use these), any other pattern gets a general sentence.
const PATTERN_FIXES = [
  [/^\^\\\+\?\[0-9\]/, 'skriv telefonnummeret med sifre, for eksempel 900 00 000.'],
  [/\[:\.\]\[0-5\]\[0-9\]\$$/, 'skriv klokkeslettet som 18.00.'],
];
const TEXTS = [
  [/^Field is required\.$/, (m, label) => (label ? `Fyll ut «${label}».` : 'Feltet må fylles ut.')],
  [/^Field must match pattern (.*)\.$/, (m, label) => {
    const fix = PATTERN_FIXES.find(([pattern]) => pattern.test(m[1]));
    const what = fix ? fix[1] : 'verdien har ikke riktig form.';
    return label ? `${label}: ${what}` : what.charAt(0).toUpperCase() + what.slice(1);
  }],
  [/^Field must have maximum length of (\d+)\.$/, (m, label) => `${label || 'Feltet'} kan ha høyst ${m[1]} tegn.`],
  [/^Field must have minimum length of (\d+)\.$/, (m, label) => `${label || 'Feltet'} må ha minst ${m[1]} tegn.`],
  [/^Field must have maximum value of (.+)\.$/, (m, label) => `${label || 'Verdien'} kan være høyst ${m[1]}.`],
  [/^Field must have minimum value of (.+)\.$/, (m, label) => `${label || 'Verdien'} må være minst ${m[1]}.`],
  [/^Field must be a valid email\.$/, (m, label) => `${label ? `${label}: s` : 'S'}kriv en e-postadresse som navn@eksempel.no.`],
  [/^Field must be a valid\s+international phone number\..*$/,
    (m, label) => `${label ? `${label}: s` : 'S'}kriv telefonnummeret med sifre, for eksempel 900 00 000.`],
  [/^Value is not a number\.$/, (m, label) => `${label ? `${label}: s` : 'S'}kriv et tall med sifre.`],
  [/^No options available$/, () => 'Ingen valg'],
  [/^Select$/, () => 'Velg'],
  [/^Search$/, () => 'Søk'],
  [/^Add new$/, () => 'Legg til'],
  [/^Remove list item(?: (\d+))?$/, (m) => (m[1] ? `Fjern rad ${m[1]}` : 'Fjern')],
];
const ATTRIBUTES = ['placeholder', 'aria-label', 'title'];

// form-js takes the date fields' format from the browser's language (Intl's default locale): in an
// English browser "23.11.2026" was read as month 23. Medvirk's Tasklist is Norwegian only, so the
// default is Norwegian bokmål whatever the browser's language, with the day and month in two
// digits as Norwegians write dates: dd.mm.yyyy.
const BrowserDateTimeFormat = Intl.DateTimeFormat;
const NORWEGIAN_DAY = { day: '2-digit', month: '2-digit', year: 'numeric' };
function NorwegianDateTimeFormat(locales, options) {
  if (locales === undefined || locales === 'default') {
    return new BrowserDateTimeFormat('nb-NO', options === undefined ? NORWEGIAN_DAY : options);
  }
  return new BrowserDateTimeFormat(locales, options);
}
NorwegianDateTimeFormat.prototype = BrowserDateTimeFormat.prototype;
NorwegianDateTimeFormat.supportedLocalesOf = BrowserDateTimeFormat.supportedLocalesOf;
Intl.DateTimeFormat = NorwegianDateTimeFormat;

// The calendar under a date field (flatpickr) speaks English and starts the week on Sunday.
const CALENDAR = {
  weekdays: {
    shorthand: ['søn', 'man', 'tir', 'ons', 'tor', 'fre', 'lør'],
    longhand: ['søndag', 'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag'],
  },
  months: {
    shorthand: ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des'],
    longhand: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober',
      'november', 'desember'],
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' til ',
  weekAbbreviation: 'Uke',
  scrollTitle: 'Rull for å endre',
  toggleTitle: 'Klikk for å veksle',
  amPM: ['AM', 'PM'],
  yearAriaLabel: 'År',
  monthAriaLabel: 'Måned',
  hourAriaLabel: 'Time',
  minuteAriaLabel: 'Minutt',
  time_24hr: true,
  ordinal: () => '.',
};

function norwegianCalendar(input) {
  const calendar = input._flatpickr;
  if (calendar && !calendar.medvirkNorwegian) {
    calendar.medvirkNorwegian = true;
    calendar.set({ locale: CALENDAR, ariaDateFormat: 'j. F Y' });
  }
}

// The label of the field a message belongs to, without the required marker.
function labelOf(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  const field = element && element.closest('.fjs-form-field');
  const label = field && field.querySelector('.fjs-form-field-label');
  return label ? label.textContent.replace(/\*\s*$/, '').trim() : '';
}

function translate(text, node) {
  const trimmed = text.trim();
  for (const [pattern, norwegian] of TEXTS) {
    const match = trimmed.match(pattern);
    if (match) {
      return text.replace(trimmed, norwegian(match, node ? labelOf(node) : ''));
    }
  }
  return null;
}

function visit(node) {
  if (node.nodeType === Node.TEXT_NODE) {
    const norwegian = translate(node.nodeValue, node.parentElement && node.parentElement.closest('.fjs-form-field-error')
      ? node : null);
    if (norwegian !== null) {
      node.nodeValue = norwegian;
    }
    return;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) {
    return;
  }
  for (const attribute of ATTRIBUTES) {
    const value = node.getAttribute(attribute);
    const norwegian = value && translate(value);
    if (norwegian) {
      node.setAttribute(attribute, norwegian);
    }
  }
  node.childNodes.forEach(visit);
}

new MutationObserver((mutations) => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      visit(mutation.target);
    } else if (mutation.type === 'attributes') {
      visit(mutation.target);
    } else {
      mutation.addedNodes.forEach(visit);
    }
  }
}).observe(document.body, { childList: true, subtree: true, characterData: true, attributes: true,
  attributeFilter: ATTRIBUTES });

// form-js 1.x keeps an empty entry in its errors for every field of a dynamic list once it was
// validated ({"Field_meetings_place": []}); Tasklist 7.24 counts the entries, so a form with a
// dynamic list stays invalid and "Fullfør" disabled however well it is filled in. Each form is
// found through the tree preact keeps on the form's element (.fjs-container), and its state is
// kept free of entries that hold no message.
function withMessages(errors) {
  const kept = {};
  for (const [field, messages] of Object.entries(errors || {})) {
    if ([messages].flat(Infinity).some((m) => m)) {
      kept[field] = messages;
    }
  }
  return kept;
}

function formOf(vnode, depth = 0) {
  if (!vnode || depth > 80) {
    return null;
  }
  const value = vnode.props && vnode.props.value;
  if (value && typeof value.getService === 'function') {
    return value.getService('form');
  }
  for (const child of vnode.__k || []) {
    const form = formOf(child, depth + 1);
    if (form) {
      return form;
    }
  }
  return null;
}

function cleanErrorsOf(container) {
  const form = container && formOf(container.__k);
  if (!form || form.medvirkCleansErrors || typeof form._setState !== 'function') {
    return;
  }
  const setState = form._setState.bind(form);
  form._setState = (state) => setState(state && state.errors ? { ...state, errors: withMessages(state.errors) } : state);
  form.medvirkCleansErrors = true;
  form._setState({ errors: form._getState().errors });
}

// A link in a form (a contact card, a report) opens beside Tasklist instead of replacing it.
function opensBeside(link) {
  link.target = '_blank';
  link.rel = 'noopener';
}

// Forms come and go with the task shown; the few on the page are looked at after each change.
new MutationObserver(() => {
  document.querySelectorAll('.fjs-container').forEach(cleanErrorsOf);
  document.querySelectorAll('.fjs-container .fjs-form-field-text a[href]:not([target])').forEach(opensBeside);
  document.querySelectorAll('.fjs-container .flatpickr-input').forEach(norwegianCalendar);
}).observe(document.body, { childList: true, subtree: true });

// "Fullfør" and "Start" with a field missing or wrong. form-js checks a field as it is left, so a required
// field that appears after a choice (the reaction, once the submitter was reached) was never checked, and
// Tasklist sent the form to its own notice "Det oppstod en feil da oppgaveskjemaet skulle sendes inn". The
// click checks every field first (before Tasklist's handler, in the capture phase); when one fails, nothing
// is sent, each failing field says why under it, and the first of them gets the focus.
function firstRefusedField(container) {
  return container.querySelector('.fjs-has-errors input:not([type="hidden"]), .fjs-has-errors textarea, '
    + '.fjs-has-errors select, .fjs-has-errors [tabindex]');
}

document.addEventListener('click', (event) => {
  const button = event.target instanceof Element
    && event.target.closest('button[ng-click="complete()"], button[ng-click="startProcessInstance()"]');
  const scope = button && button.closest('.task-details, .modal-dialog');
  const container = scope && scope.querySelector('.fjs-container');
  const form = container && formOf(container.__k);
  if (!form || typeof form.validate !== 'function') {
    return;
  }
  if (Object.keys(withMessages(form.validate())).length === 0) {
    return;
  }
  event.preventDefault();
  event.stopImmediatePropagation();
  setTimeout(() => {
    const field = firstRefusedField(container);
    if (field) {
      field.scrollIntoView({ block: 'center' });
      field.focus();
    }
  }, 50);
}, true);
