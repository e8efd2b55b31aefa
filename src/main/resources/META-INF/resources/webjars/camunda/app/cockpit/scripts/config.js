// Medvirk's single sign-on: "Logg ut" ends the session at the identity provider too (scripts/medvirk-sso.js).
export default {
  customScripts: ['scripts/medvirk-sso']
};
