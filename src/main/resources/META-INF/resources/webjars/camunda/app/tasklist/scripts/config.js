// Medvirk's Tasklist: Norwegian bokmål for everyone (locales/nb.json), Medvirk's name and logo.
export default {
  app: {
    name: 'Oppgaver',
    vendor: 'Medvirk'
  },
  locales: {
    availableLocales: ['nb'],
    fallbackLocale: 'nb'
  },
  dateFormat: {
    monthName: 'MMMM',
    day: 'DD',
    abbr: 'lll',
    normal: 'L [kl.] LT',
    long: 'LLLL',
    short: 'L'
  },
  disableWelcomeMessage: true,
  // Norwegian words for what Camunda Forms writes in English (validation messages, 'Select'); the desk:
  // header links, case links on the cards, the most urgent first, names for unnamed controls; with single
  // sign-on, "Logg ut" ends the session at the identity provider too.
  customScripts: ['scripts/medvirk-forms', 'scripts/medvirk-desk', 'scripts/medvirk-sso'],
  shortcuts: {
    claimTask: {
      key: 'ctrl+alt+c',
      description: 'tar den valgte oppgaven'
    },
    focusFilter: {
      key: 'ctrl+shift+f',
      description: 'flytter fokus til det første filteret i listen'
    },
    focusList: {
      key: 'ctrl+alt+l',
      description: 'flytter fokus til den første oppgaven i listen'
    },
    focusForm: {
      key: 'ctrl+alt+f',
      description: 'flytter fokus til det første feltet i oppgaveskjemaet'
    },
    startProcess: {
      key: 'ctrl+alt+p',
      description: 'åpner dialogen for å starte en prosess'
    }
  }
};
